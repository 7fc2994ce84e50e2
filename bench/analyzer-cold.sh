#!/usr/bin/env bash
# First-run cost of the build-time analyzers, phase by phase: packs src/ProxyConnect as it is now, builds
# bench/analyzer-cold (not in ProxyConnect.sln) and runs it RUNS times, each in a fresh process, on the package's
# analyzer folder (analyzers/dotnet/cs: the analyzers, ProxyConnect.dll and Sprache.dll as the compiler loads them).
# Prints, per phase, the medians of wall, CPU and JIT time and of the methods JIT-compiled, first and second run:
#   phases     SquidTarget.TryParse, SquidConfig.Parse, SquidKnowledge.For, Binder.Bind, Linter.Run on the stock config
#   analyzers  the three analyzers through CompilationWithAnalyzers on a small compilation (this process's Roslyn is
#              the NuGet copy, JIT-compiled, where the SDK's compiler is precompiled: read the ProxyConnect rows)
#
#   bench/analyzer-cold.sh [RUNS] [LABEL=FOLDER...]     (default 5; other analyzer folders, e.g. an older package's
#                                                      analyzers/dotnet/cs, alternate with this one run by run)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift $(( $# > 0 ? 1 : 0 ))
work="$PWD/BenchmarkDotNet.Artifacts/analyzer-cold"
rm -rf "$work"
mkdir -p "$work/package"
. bench/pack-library.sh
pack_library "$work" analyzer-cold
unzip -q "$work/feed/ProxyConnect.$version.nupkg" 'analyzers/*' -d "$work/package"
dotnet build -c Release bench/analyzer-cold -o "$work/harness" -nologo -v quiet >&2
echo "== $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); .NET SDK $(dotnet --version) =="
python3 bench/analyzer_cold.py "$runs" "$work/harness/AnalyzerCold.dll" "$PWD/../shared/squid/debian-5.7/squid.conf" "current=$work/package/analyzers/dotnet/cs" "$@"
