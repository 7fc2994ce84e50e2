"""Times full rebuilds of the generated project with the ProxyConnect analyzers and squid.conf check on and off.

    python3 bench/analyzer_build.py RUNS WORK FEED VERSION FILES SQUID_CONF     (called by bench/analyzer-build.sh)

Three sides, same restore, same build servers, one untimed build each first, then alternated in rounds whose order
flips every round (A B C, C B A, ...) so that drift on a shared machine falls on every side alike:
  on          the package as users get it: PXC0001-PXC0007 and the squid.conf check run, with the SDK's own analyzers
  pxc-off     the same build without the ProxyConnect package's analyzers (the SDK's analyzers still run)
  all-off     -p:RunAnalyzers=false: no analyzer at all (the package's and the SDK's)
The overhead of ProxyConnect is on vs pxc-off; on vs all-off is the cost of all analyzers together. Then one more
build with -p:ReportAnalyzer=true prints the compiler's own per-analyzer times.

Two clocks per build: wall time, and the CPU time (user + system) of every process the build started or used. This
script becomes the reaper of the build's processes (PR_SET_CHILD_SUBREAPER), so that orphaned ones are its own.
Two modes, each with all three sides, printed next to each other:
  no build servers  UseSharedCompilation=false, no MSBuild node reuse, no MSBuild server: each build's compiler and
                    MSBuild nodes are processes of their own, whose CPU time is read when they exit. The analyzers'
                    loading and JIT are paid in every build: the dearer case for the analyzers.
  build servers     what `dotnet build` users get by default: the compiler server (VBCSCompiler) and MSBuild's nodes
                    stay up between builds, so the analyzers stay loaded and JIT-compiled after the first build. The
                    servers are this run's own (their own pipe name and node handshake salt, so no one else's server
                    is used or disturbed); their CPU time is read from /proc before and after each build, and they
                    are ended, by process id, when the mode is done.
The CPU figure holds on a loaded machine where the wall time does not."""

import ctypes
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyzer_build_project import write_project  # noqa: E402

SIDES = [
    ("on", []),
    ("pxc-off", ["-p:BenchProxyConnectAnalyzers=false"]),
    ("all-off", ["-p:RunAnalyzers=false"]),
]

NO_BUILD_SERVERS = {"UseSharedCompilation": "false", "MSBUILDDISABLENODEREUSE": "1", "DOTNET_CLI_USE_MSBUILD_SERVER": "0"}

# The build-server mode's own servers: a compiler server pipe and an MSBuild node handshake of this run alone.
OWN_SERVERS_ID = f"proxyconnect-analyzer-build-{os.getpid()}"
BUILD_SERVERS = {"MSBUILDNODEHANDSHAKESALT": OWN_SERVERS_ID}
BUILD_SERVER_ARGS = [f"-p:SharedCompilationId={OWN_SERVERS_ID}"]

BUILD = ["dotnet", "build", "--no-restore", "--no-incremental", "-nologo"]


def main() -> int:
    runs, work, feed, version, files, squid_conf = int(sys.argv[1]), *sys.argv[2:4], sys.argv[4], int(sys.argv[5]), sys.argv[6]
    app = os.path.join(work, "app")
    become_reaper()
    write_project(app, feed, version, files, squid_conf)
    print(f"analyzer-build: {files} C# files ({(files - 1 + 4) // 5} use the ProxyConnect API) and deploy/squid.conf in {app}", file=sys.stderr)
    run(["dotnet", "restore", "-nologo", "-v:q"], app)

    results = []
    for mode, servers in (("no build servers", False), ("build servers", True)):
        results.append((mode, servers) + measure(app, runs, servers))

    print(f"\nFull rebuilds (dotnet build --no-incremental), {runs} alternated runs each, medians (min-max), load now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    print(f"  {'':8} {'':18} {'wall':>24}   {'CPU (all build processes)':>26}")
    for mode, _, wall, cpu, _ in results:
        for name, _ in SIDES:
            print(f"  {name:8} {mode:18} {median_range(wall[name]):>24}   {median_range(cpu[name]):>26}")
    for mode, _, wall, cpu, _ in results:
        print(f"{mode}:")
        print(overhead("  ProxyConnect analyzers + squid.conf check (on vs pxc-off)", wall, cpu, "pxc-off"))
        print(overhead("  All analyzers, the SDK's too (on vs all-off)             ", wall, cpu, "all-off"))
    print("  (issue 18's target: ProxyConnect's share under 2 % of the build)")

    for mode, servers, _, _, report in results:
        print(f"\nThe compiler's analyzer report, {mode} (one more 'on' build, -p:ReportAnalyzer=true): stopwatch time summed")
        print("over callbacks that run concurrently, so it grows with the machine's load; compare the rows with each other:")
        for line in analyzer_lines(report):
            print("  " + line)
    return 0


def measure(app: str, runs: int, servers: bool) -> tuple:
    """One mode: an untimed build per side, the alternated rounds, then one build with the analyzer report. Returns
    the wall and CPU times per side and the report's log."""
    env = build_environment(servers)
    extra_args = BUILD_SERVER_ARGS if servers else []
    mode = "build servers" if servers else "no build servers"
    try:
        for name, extra in SIDES:
            output = run(BUILD + ["-v:m"] + extra + extra_args, app, env)
            warnings = re.search(r"(\d+) Warning\(s\)", output)
            print(f"analyzer-build: {mode}: untimed build '{name}': {warnings.group(1) if warnings else '?'} warning(s)", file=sys.stderr)

        wall = {name: [] for name, _ in SIDES}
        cpu = {name: [] for name, _ in SIDES}
        for r in range(runs):
            order = SIDES if r % 2 == 0 else list(reversed(SIDES))
            for name, extra in order:
                seconds, cpu_seconds = timed(BUILD + ["-v:q"] + extra + extra_args, app, env, servers)
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
            print(f"analyzer-build: {mode}: round {r + 1}/{runs} (wall / CPU): "
                  + ", ".join(f"{n} {wall[n][-1]:.1f} / {cpu[n][-1]:.1f} s" for n, _ in SIDES), file=sys.stderr)

        report = run(BUILD + ["-v:d", "-p:ReportAnalyzer=true"] + extra_args, app, env)
    finally:
        if servers:
            end_own_servers()
    return wall, cpu, report


def build_environment(servers: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in NO_BUILD_SERVERS and k not in BUILD_SERVERS}
    env.update(BUILD_SERVERS if servers else NO_BUILD_SERVERS)
    return env


def analyzer_lines(log: str) -> list:
    """The totals and the ProxyConnect rows of csc's analyzer report, each once."""
    wanted = re.compile(r"^(Total (analyzer|generator) execution time|\d+\.\d+\s+(\d+|<1)\s+(ProxyConnect\S*|Microsoft\.CodeAnalysis\.(CSharp\.)?NetAnalyzers)(\s|$))")
    seen, lines = set(), []
    for raw in log.splitlines():
        line = re.sub(r"^\s*(\d+>)?\s*", "", raw).rstrip()
        line = re.sub(r", Version=\S*|\s+Culture=neutral, PublicKeyToken=\S*", "", line)
        if wanted.search(line) and line not in seen:
            seen.add(line)
            lines.append(line)
    return lines


def median_range(values: list) -> str:
    return f"{statistics.median(values):.2f} s ({min(values):.2f}-{max(values):.2f})"


def overhead(label: str, wall: dict, cpu: dict, base: str) -> str:
    """The difference of the medians, and the median of the differences within each round (the two builds of a round
    run next to each other, so a change of the machine's load between rounds cancels out of those)."""
    parts = []
    for clock, values in (("wall", wall), ("CPU", cpu)):
        on, off = statistics.median(values["on"]), statistics.median(values[base])
        paired = statistics.median([100 * (a - b) / b for a, b in zip(values["on"], values[base])])
        parts.append(f"{clock} {on - off:+.2f} s = {100 * (on - off) / off:+.1f} % (paired: {paired:+.1f} %)")
    return f"{label}: " + ", ".join(parts)


def become_reaper() -> None:
    """Orphaned build processes (MSBuild nodes outliving their parent) are re-parented here, so their CPU time is
    counted in RUSAGE_CHILDREN once they are reaped."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        raise SystemExit(f"analyzer-build: prctl(PR_SET_CHILD_SUBREAPER) failed: errno {ctypes.get_errno()}")


def timed(command: list, cwd: str, env: dict, servers: bool) -> tuple:
    """Wall time of the command, and the CPU time of it and every process it started or used. Processes that end
    are reaped here (RUSAGE_CHILDREN); with build servers, the servers that stay up are read from /proc."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    live_before = descendant_ticks() if servers else {}
    start = time.perf_counter()
    run(command, cwd, env)
    seconds = time.perf_counter() - start
    if servers:
        time.sleep(0.2)  # let a node that is not kept finish exiting
        reap_exited()
    else:
        reap_all()
    live_after = descendant_ticks() if servers else {}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    live = (sum(live_after.values()) - sum(live_before.values())) / os.sysconf("SC_CLK_TCK")
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime) + live


def reap_all() -> None:
    """Waits for every process of the build, orphans included (there is no server to outlive it)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if time.monotonic() > deadline:
                raise SystemExit("analyzer-build: a build process still runs a minute after its build ended")
            time.sleep(0.05)


def reap_exited() -> None:
    """Reaps the processes that have ended, leaving the servers that stay up."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def descendant_ticks() -> dict:
    """CPU clock ticks (user + system, and of their reaped children) of every live process below this one."""
    parents, ticks = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command name: state, ppid, ..., utime (14th field of the line), stime, cutime, cstime.
        parents[int(entry)] = int(fields[1])
        ticks[int(entry)] = sum(int(v) for v in fields[11:15])
    mine, frontier = {}, [os.getpid()]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in mine:
                mine[pid] = ticks[pid]
                frontier.append(pid)
    return mine


def end_own_servers() -> None:
    """Ends the compiler server and MSBuild nodes this run started (its descendants, by process id), then reaps them."""
    for pid in descendant_ticks():
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 30
    while descendant_ticks() and time.monotonic() < deadline:
        reap_exited()
        time.sleep(0.1)
    reap_exited()


def run(command: list, cwd: str, env: dict = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:])
        raise SystemExit(f"analyzer-build: '{' '.join(command)}' failed with exit code {result.returncode}")
    return result.stdout


if __name__ == "__main__":
    sys.exit(main())
