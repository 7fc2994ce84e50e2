"""Runs bench/analyzer-cold RUNS times per mode, each a fresh process, and prints the median of every phase.

    python3 bench/analyzer_cold.py RUNS HARNESS_DLL ANALYZER_FOLDER SQUID_CONF     (called by bench/analyzer-cold.sh)"""

import re
import statistics
import subprocess
import sys

ROW = re.compile(r"^(\S.*?)\s+(\d+\.\d)\s+(\d+\.\d)\s+(\d+\.\d)\s+(\d+)$")


def main() -> int:
    runs, harness, folder, config = int(sys.argv[1]), *sys.argv[2:5]
    for mode in ("phases", "analyzers"):
        rows = {}
        for r in range(runs):
            output = subprocess.run(["dotnet", harness, folder, config, mode], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    text=True, check=True).stdout
            for line in output.splitlines():
                match = ROW.match(line)
                if match:
                    rows.setdefault(match.group(1), []).append([float(v) for v in match.groups()[1:]])
            print(f"analyzer-cold: {mode} run {r + 1}/{runs}", file=sys.stderr)
        print(f"\n{mode}: medians of {runs} fresh processes (wall, CPU and JIT time in ms; methods JIT-compiled)")
        print(f"  {'phase':40} {'wall':>8} {'CPU':>8} {'JIT':>8} {'methods':>8}")
        for name, values in rows.items():
            medians = [statistics.median(column) for column in zip(*values)]
            print(f"  {name:40} {medians[0]:8.1f} {medians[1]:8.1f} {medians[2]:8.1f} {medians[3]:8.0f}")
        first = [statistics.median(v[1] for v in values) for name, values in rows.items() if name.startswith("#1 ") and "compile" not in name]
        if first:
            print(f"  {'first run, all phases (CPU)':40} {'':8} {sum(first):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
