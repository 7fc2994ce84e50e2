"""Runs bench/analyzer-cold RUNS times per mode, each a fresh process, and prints the median of every phase. With
more than one analyzer folder (LABEL=FOLDER, e.g. two versions of the package), the folders alternate run by run,
so that a change of the machine's load falls on each alike, and are printed next to each other.

    python3 bench/analyzer_cold.py RUNS HARNESS_DLL SQUID_CONF [LABEL=]ANALYZER_FOLDER...     (bench/analyzer-cold.sh)"""

import re
import statistics
import subprocess
import sys

ROW = re.compile(r"^(\S.*?)\s+(\d+\.\d)\s+(\d+\.\d)\s+(\d+\.\d)\s+(\d+)$")


def main() -> int:
    runs, harness, config = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    folders = [(arg.split("=", 1) if "=" in arg else ["", arg]) for arg in sys.argv[4:]]
    for mode in ("phases", "analyzers"):
        rows = {label: {} for label, _ in folders}
        for r in range(runs):
            for label, folder in folders:
                output = subprocess.run(["dotnet", harness, folder, config, mode], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, check=True).stdout
                for line in output.splitlines():
                    match = ROW.match(line)
                    if match:
                        rows[label].setdefault(match.group(1), []).append([float(v) for v in match.groups()[1:]])
            print(f"analyzer-cold: {mode} run {r + 1}/{runs}", file=sys.stderr)
        for label, _ in folders:
            title = f" ({label})" if label else ""
            print(f"\n{mode}{title}: medians of {runs} fresh processes (wall, CPU and JIT time in ms; methods JIT-compiled)")
            print(f"  {'phase':40} {'wall':>8} {'CPU':>8} {'JIT':>8} {'methods':>8}")
            for name, values in rows[label].items():
                medians = [statistics.median(column) for column in zip(*values)]
                print(f"  {name:40} {medians[0]:8.1f} {medians[1]:8.1f} {medians[2]:8.1f} {medians[3]:8.0f}")
            first = [statistics.median(v[1] for v in values) for name, values in rows[label].items()
                     if name.startswith("#1 ") and "compile" not in name]
            print(f"  {'first run, all phases (CPU)':40} {'':8} {sum(first):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
