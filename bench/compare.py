#!/usr/bin/env python3
"""Whole-process comparisons for bench/compare.sh: each pair of commands runs alternately (A B, then B A, ...),
after one untimed run of each; per run it records wall time, and CPU time and peak resident memory of the process
as /usr/bin/time reports them ("Maximum resident set size" of -v); it prints medians, minimum-maximum and the ratio of
the medians. Every command, ours and the peers', runs under /usr/bin/time: a process started straight from Python
would report at least Python's own resident size, which Linux carries over into the child's peak across exec.

Usage: compare.py RUNS WORK NATIVE FDD SQUID5 SQUID7_ROOT|-
  NATIVE   the installed tool's command (the native executable on linux-x64)
  FDD      the same tool, framework-dependent (net8.0 copy, as .NET 8 SDKs install it)
  SQUID5   the machine's squid; SQUID7_ROOT a chroot with Squid 7 ("-" when there is none)
Inputs in WORK: stock.conf, 20k-sensors.conf, stock-for-augeas.conf."""
import os
import shutil
import statistics
import subprocess
import sys
import time

runs, work, native, fdd, squid5, squid7_root = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
marker = "INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS"
stock = os.path.join(work, "stock.conf")
big = os.path.join(work, "20k-sensors.conf")
stock_aug = os.path.join(work, "stock-for-augeas.conf")


class Job:
    """One command: argv, an optional step before each run (not timed), accepted exit codes, stdin text."""

    def __init__(self, label, argv, ok=(0,), prepare=None, stdin=None):
        self.label, self.argv, self.ok, self.prepare, self.stdin = label, argv, ok, prepare, stdin


def run_once(job):
    """Runs the job once; returns (wall ms, cpu ms, peak MiB) of that process alone."""
    if job.prepare:
        job.prepare()
    usage = os.path.join(work, "usage.txt")
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", usage, *job.argv],
                            stdin=subprocess.PIPE if job.stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if job.stdin is not None:
        proc.stdin.write(job.stdin.encode())
        proc.stdin.close()
    err = proc.stderr.read()
    _, status, rusage = os.wait4(proc.pid, 0)  # CPU to the microsecond (time's own share is a fraction of a ms)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in job.ok:
        raise SystemExit(f"compare: {' '.join(job.argv)} exited {proc.returncode}: {err.decode(errors='replace').strip()[:600]}")
    # time writes "Command exited with non-zero status N" first when the command failed (lint's exit 1).
    peak_kib = int(open(usage).read().split()[-1])
    return wall, (rusage.ru_utime + rusage.ru_stime) * 1000, peak_kib / 1024


def measure(a, b, n=runs):
    """Alternated runs of a and b; returns their samples."""
    run_once(a), run_once(b)
    sa, sb = [], []
    for i in range(n):
        for job, samples in ((a, sa), (b, sb)) if i % 2 == 0 else ((b, sb), (a, sa)):
            samples.append(run_once(job))
    return sa, sb


def med(samples, k):
    return statistics.median(s[k] for s in samples)


def span(samples, k):
    values = [s[k] for s in samples]
    return f"{min(values):.0f}-{max(values):.0f}"


def line(name, a, sa, b, sb):
    wa, wb = med(sa, 0), med(sb, 0)
    print(f"{name}\n"
          f"    {a.label:<34} {wa:8.1f} ms  [{span(sa, 0)}]  cpu {med(sa, 1):7.1f} ms  peak {med(sa, 2):6.1f} MiB\n"
          f"    {b.label:<34} {wb:8.1f} ms  [{span(sb, 0)}]  cpu {med(sb, 1):7.1f} ms  peak {med(sb, 2):6.1f} MiB\n"
          f"    ratio (time {b.label} / {a.label}): {wb / wa:.2f}", flush=True)
    return wa, wb


def lint(cmd, conf, label):
    # Exit 0 (clean) or 1 (findings) both mean the tool ran; 2 would be a usage or I/O error.
    return Job(label, [*cmd, "lint", conf], ok=(0, 1))


def squid_parse(conf, root=None):
    if root is None:
        return Job("squid 5.7 -k parse", [squid5, "-k", "parse", "-f", conf])
    inside = os.path.join("/tmp", "pxc-compare", os.path.basename(conf))
    os.makedirs(os.path.join(root, "tmp", "pxc-compare"), exist_ok=True)
    shutil.copyfile(conf, root + inside)
    return Job("squid 7 -k parse (chroot)", ["chroot", root, "squid", "-k", "parse", "-f", inside])


def add_sensor_ours(src):
    dst = os.path.join(work, "ours-" + os.path.basename(src))
    return Job("proxyconnect add-sensor --in-place",
               [native, "add-sensor", dst, "--name", "bench-new", "--ip", "10.250.0.1", "--in-place"],
               prepare=lambda: shutil.copyfile(src, dst))


def add_sensor_augeas(src):
    dst = os.path.join(work, "augeas-" + os.path.basename(src))
    at = f'/files{dst}/#comment[. = "{marker}"]'
    script = "\n".join([
        f"ins acl after {at}",
        f"set {at}/following-sibling::acl[1]/bench-new/type src",
        f"set {at}/following-sibling::acl[1]/bench-new/setting 10.250.0.1",
        f"ins http_access after {at}/following-sibling::acl[1]",
        f"set {at}/following-sibling::http_access[1]/allow bench-new",
        "save", ""])
    return Job("augtool (Squid lens)", ["augtool", "-A", "-e", "-t", f"Squid.lns incl {dst}"],
               prepare=lambda: shutil.copyfile(src, dst), stdin=script)


def check_same_insertion():
    """Both tools inserted the same two lines at the marker (augtool above the '#' frame line, ours below it)."""
    for path, who in ((os.path.join(work, "ours-stock.conf"), "proxyconnect"),
                      (os.path.join(work, "augeas-stock-for-augeas.conf"), "augtool")):
        if "acl bench-new src 10.250.0.1\nhttp_access allow bench-new\n" not in open(path).read():
            raise SystemExit(f"compare: {who} did not insert the sensor lines")


def verdict(value, minimum, aim):
    return f"{'ok' if value >= minimum else 'MISSED'} (need >= {minimum}, aim {aim})"


ours = [native]
fdd_cmd = [fdd]
results = []

# The cost of entering the chroot, measured alone so that Squid 7's figures can be read with and without it.
if squid7_root != "-":
    sa, sb = measure(Job("/bin/true", ["/bin/true"]), Job("chroot ROOT /bin/true", ["chroot", squid7_root, "/bin/true"]))
    chroot_ms = med(sb, 0) - med(sa, 0)
    print(f"chroot overhead: {med(sb, 0):.1f} ms for 'chroot ROOT /bin/true' vs {med(sa, 0):.1f} ms for /bin/true"
          f" ({chroot_ms:+.1f} ms); Squid 7 ratios below are given raw and with that overhead taken off Squid's time\n")
else:
    chroot_ms = 0.0
    print("Squid 7: no chroot (run .ci/install-squid-versions sid); only the machine's Squid 5.7 is compared\n")

# Start-up: the native executable against the framework-dependent copy.
na, fa = measure(Job("native --version", [native, "--version"]), Job("framework-dependent --version", [fdd, "--version"]))
line("start-up (--version)", Job("native", []), na, Job("framework-dependent (net8.0 copy)", []), fa)
na, fa = measure(lint(ours, stock, "native lint stock"), lint(fdd_cmd, stock, "framework-dependent lint stock"))
line("lint stock: native vs framework-dependent", Job("native", []), na, Job("framework-dependent (net8.0 copy)", []), fa)
print()

targets = []
for conf, label, minimum, aim in ((stock, "lint stock (342 KB)", 1.5, 2), (big, "lint 20,000 sensors (1.6 MB)", 5, 10)):
    if squid7_root != "-":
        a, b = lint(ours, conf, "proxyconnect lint (native)"), squid_parse(conf, squid7_root)
        sa, sb = measure(a, b)
        wa, wb = line(f"{label} vs Squid 7", a, sa, b, sb)
        print(f"    ratio without the chroot overhead: {(wb - chroot_ms) / wa:.2f}")
        targets.append((f"{label}: faster than Squid 7 by", (wb - chroot_ms) / wa, minimum, aim))
        if conf == big:
            ma, mb = med(sa, 2), med(sb, 2)
            targets.append(("peak memory of the 20k lint: Squid 7 / ours", mb / ma, 0.5, 1))
    # Squid 5.7 takes seconds on the large file: fewer runs there.
    a, b = lint(ours, conf, "proxyconnect lint (native)"), squid_parse(conf)
    sa, sb = measure(a, b, n=runs if conf == stock else max(3, runs // 2))
    line(f"{label} vs Squid 5.7", a, sa, b, sb)
    print()

a, b = add_sensor_ours(stock), add_sensor_augeas(stock_aug)
sa, sb = measure(a, b)
wa, wb = line("add-sensor on the stock config vs augtool", a, sa, b, sb)
check_same_insertion()
targets.append(("add-sensor: faster than augtool by", wb / wa, 10, 20))

print("\n== against issue 18's targets (ratios of medians; higher is better) ==")
for name, value, minimum, aim in targets:
    print(f"{name} {value:.2f}: {verdict(value, minimum, aim)}")
