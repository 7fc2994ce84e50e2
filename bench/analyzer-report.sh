#!/usr/bin/env bash
# The compiler's own per-analyzer times for the ProxyConnect analyzers, in the generated 500-file project of
# bench/analyzer-build.sh: packs src/ProxyConnect as it is now, generates the project (its own feed and NuGet cache
# under BenchmarkDotNet.Artifacts/analyzer-report/LABEL), then RUNS full rebuilds with -p:ReportAnalyzer=true and
# prints each ProxyConnect analyzer's time per run and the median. Far steadier than whole-build time on a shared
# machine, since it counts only the analyzer's own callbacks; use it to compare two versions of an analyzer.
#
#   bench/analyzer-report.sh [RUNS] [LABEL] [FILES]     (defaults 3, "current" and 500)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
label="${2:-current}"
files="${3:-500}"
work="$PWD/BenchmarkDotNet.Artifacts/analyzer-report/$label"
rm -rf "$work"
mkdir -p "$work"
. bench/pack-library.sh
pack_library "$work" analyzer-report
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version); $label =="
python3 bench/analyzer_report.py "$runs" "$work" "$work/feed" "$version" "$files" "$PWD/../shared/squid/debian-5.7/squid.conf"
