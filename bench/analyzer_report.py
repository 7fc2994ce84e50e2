"""Runs full rebuilds of the generated project with -p:ReportAnalyzer=true and prints the compiler's time of each
ProxyConnect analyzer, per run and as the median.

    python3 bench/analyzer_report.py RUNS WORK FEED VERSION FILES SQUID_CONF     (called by bench/analyzer-report.sh)"""

import os
import re
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from analyzer_build import NO_BUILD_SERVERS, BUILD, run  # noqa: E402
from analyzer_build_project import write_project  # noqa: E402

TOTAL = re.compile(r"Total analyzer execution time:\s*(\d+\.\d+)")
ROW = re.compile(r"^\s*(?:\d+>)?\s*(\d+\.\d+|<0\.001)\s+(?:\d+|<1)\s+(ProxyConnect\.[^\s,]+)")


def main() -> int:
    runs, work, feed, version, files, squid_conf = int(sys.argv[1]), *sys.argv[2:4], sys.argv[4], int(sys.argv[5]), sys.argv[6]
    app = os.path.join(work, "app")
    for variable, value in NO_BUILD_SERVERS.items():
        os.environ[variable] = value
    write_project(app, feed, version, files, squid_conf)
    run(["dotnet", "restore", "-nologo", "-v:q"], app)
    run(BUILD + ["-v:q"], app)  # untimed: first build warms the disk cache
    times = {}
    for r in range(runs):
        seen = {}
        for line in run(BUILD + ["-v:d", "-p:ReportAnalyzer=true"], app).splitlines():
            total = TOTAL.search(line)
            if total and "all analyzers" not in seen:
                seen["all analyzers"] = float(total.group(1))
            match = ROW.match(line)
            if match and match.group(2) not in seen:
                value = match.group(1)
                seen[match.group(2)] = 0.0 if value.startswith("<") else float(value)
        for name, seconds in seen.items():
            times.setdefault(name, []).append(seconds)
        print(f"analyzer-report: run {r + 1}/{runs}, load {os.getloadavg()[0]:.1f}: "
              + ", ".join(f"{n.split('.')[-1]} {s:.3f} s" for n, s in seen.items()), file=sys.stderr)
    if "all analyzers" in times and "ProxyConnect.Analyzers.ValueAnalyzer" in times:
        shares = [100 * v / t for v, t in zip(times["ProxyConnect.Analyzers.ValueAnalyzer"], times["all analyzers"]) if t > 0]
        print(f"ValueAnalyzer's share of all analyzer time (same build, so the machine's load cancels): median "
              f"{statistics.median(shares):.1f} % ({min(shares):.1f}-{max(shares):.1f})")
    print(f"Compiler's per-analyzer time (ReportAnalyzer), {runs} full rebuilds, medians (min-max):")
    for name, values in times.items():
        print(f"  {name:60} {statistics.median(values):.3f} s ({min(values):.3f}-{max(values):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
