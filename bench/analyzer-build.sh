#!/usr/bin/env bash
# Build-time cost of the ProxyConnect analyzers (PXC0001-PXC0007) and of the build-time squid.conf check, measured
# the way users consume them: src/ProxyConnect packed into a local feed, a generated console project of 500 C# files
# (one in five uses the ProxyConnect API, the rest is ordinary code) with a <SquidConfig> item (the stock Debian
# squid.conf, SquidVersion 5) referencing that package, restored with a NuGet cache of its own. Times full rebuilds
# (dotnet build --no-incremental) with the analyzers on, with the package's analyzers removed, and with
# RunAnalyzers=false, alternated, medians; prints the overhead and the compiler's per-analyzer times.
#
#   bench/analyzer-build.sh [RUNS] [FILES]     (defaults 5 and 500; each run is three full builds)
#
# Needs: .NET SDK, python3, and ../shared/squid/debian-5.7/squid.conf (the stock config the tests use). Everything is written under BenchmarkDotNet.Artifacts/analyzer-build (not committed).
# Figures on a shared machine are noisy: read the medians, and run it twice before believing a change.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
files="${2:-500}"
work="$PWD/BenchmarkDotNet.Artifacts/analyzer-build"
rm -rf "$work"
mkdir -p "$work"

. bench/pack-library.sh
pack_library "$work" analyzer-build
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version) =="
python3 bench/analyzer_build.py "$runs" "$work" "$work/feed" "$version" "$files" "$PWD/../shared/squid/debian-5.7/squid.conf"
