"""Times full rebuilds of the generated project with the ProxyConnect analyzers and squid.conf check on and off.

    python3 bench/analyzer_build.py RUNS WORK FEED VERSION FILES SQUID_CONF     (called by bench/analyzer-build.sh)

Three sides, same restore, same build servers, one untimed build each first, then alternated in rounds whose order
flips every round (A B C, C B A, ...) so that drift on a shared machine falls on every side alike:
  on          the package as users get it: PXC0001-PXC0007 and the squid.conf check run, with the SDK's own analyzers
  pxc-off     the same build without the ProxyConnect package's analyzers (the SDK's analyzers still run)
  all-off     -p:RunAnalyzers=false: no analyzer at all (the package's and the SDK's)
The overhead of ProxyConnect is on vs pxc-off; on vs all-off is the cost of all analyzers together. Then one more
build with -p:ReportAnalyzer=true prints the compiler's own per-analyzer times.

Two clocks per build: wall time, and the CPU time (user + system) of every process the build started. No build
servers (no compiler server, no MSBuild node reuse, no MSBuild server), so that each build's compiler and MSBuild
nodes are its own processes: this script becomes their reaper (PR_SET_CHILD_SUBREAPER) and reads their CPU time
when they exit. The CPU figure holds on a loaded machine where the wall time does not; the analyzers' loading and
JIT are paid in every build (a compiler server would keep them warm), so it is the dearer case for the analyzers."""

import ctypes
import os
import re
import resource
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

BUILD = ["dotnet", "build", "--no-restore", "--no-incremental", "-nologo"]


def main() -> int:
    runs, work, feed, version, files, squid_conf = int(sys.argv[1]), *sys.argv[2:4], sys.argv[4], int(sys.argv[5]), sys.argv[6]
    app = os.path.join(work, "app")
    for variable, value in NO_BUILD_SERVERS.items():
        os.environ[variable] = value
    become_reaper()
    write_project(app, feed, version, files, squid_conf)
    print(f"analyzer-build: {files} C# files ({(files - 1 + 4) // 5} use the ProxyConnect API) and deploy/squid.conf in {app}", file=sys.stderr)
    run(["dotnet", "restore", "-nologo", "-v:q"], app)

    for name, extra in SIDES:
        output = run(BUILD + ["-v:m"] + extra, app)
        warnings = re.search(r"(\d+) Warning\(s\)", output)
        print(f"analyzer-build: untimed build '{name}': {warnings.group(1) if warnings else '?'} warning(s)", file=sys.stderr)

    wall = {name: [] for name, _ in SIDES}
    cpu = {name: [] for name, _ in SIDES}
    for r in range(runs):
        order = SIDES if r % 2 == 0 else list(reversed(SIDES))
        for name, extra in order:
            seconds, cpu_seconds = timed(BUILD + ["-v:q"] + extra, app)
            wall[name].append(seconds)
            cpu[name].append(cpu_seconds)
        print(f"analyzer-build: round {r + 1}/{runs} (wall / CPU): "
              + ", ".join(f"{n} {wall[n][-1]:.1f} / {cpu[n][-1]:.1f} s" for n, _ in SIDES), file=sys.stderr)

    print(f"\nFull rebuilds (dotnet build --no-incremental), {runs} alternated runs each, medians (min-max), load now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores:")
    print(f"  {'':8} {'wall':>24}   {'CPU (all build processes)':>26}")
    for name, _ in SIDES:
        print(f"  {name:8} {median_range(wall[name]):>24}   {median_range(cpu[name]):>26}")
    print(overhead("ProxyConnect analyzers + squid.conf check (on vs pxc-off)", wall, cpu, "pxc-off"))
    print(overhead("All analyzers, the SDK's too (on vs all-off)             ", wall, cpu, "all-off"))
    print("  (issue 18's target: ProxyConnect's share under 2 % of the build)")

    report = run(BUILD + ["-v:d", "-p:ReportAnalyzer=true"], app)
    print("\nThe compiler's analyzer report (one more 'on' build, -p:ReportAnalyzer=true): stopwatch time summed over")
    print("callbacks that run concurrently, so it grows with the machine's load; compare the rows with each other:")
    for line in analyzer_lines(report):
        print("  " + line)
    return 0


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


def timed(command: list, cwd: str) -> tuple:
    """Wall time of the command, and the CPU time of it and every process it started, all of them reaped."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run(command, cwd)
    seconds = time.perf_counter() - start
    deadline = time.monotonic() + 60
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == 0:
            if time.monotonic() > deadline:
                raise SystemExit("analyzer-build: a build process still runs a minute after its build ended")
            time.sleep(0.05)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def run(command: list, cwd: str) -> str:
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:])
        raise SystemExit(f"analyzer-build: '{' '.join(command)}' failed with exit code {result.returncode}")
    return result.stdout


if __name__ == "__main__":
    sys.exit(main())
