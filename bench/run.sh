#!/usr/bin/env bash
# Runs the ProxyConnect benchmarks in Release with a short job (a few minutes on 2 cores), then prints each figure
# against its target (bench/report.py reads BenchmarkDotNet's JSON export and the kept-memory measurement).
#
#   bench/run.sh                  everything
#   bench/run.sh '*Evaluate*'     only the benchmarks whose full name matches (BenchmarkDotNet --filter)
#
# Output: BenchmarkDotNet.Artifacts/bench/ (results/*.json, *.md, logs, kept.json).
# Numbers on a shared machine are noisy: the report uses medians; run it twice before believing a change.
set -euo pipefail
cd "$(dirname "$0")/.."

filter="${1:-*}"
art="$PWD/BenchmarkDotNet.Artifacts/bench"
project=tests/ProxyConnect.Benchmarks
dll="$project/bin/Release/net10.0/ProxyConnect.Benchmarks.dll"

rm -rf "$art"
mkdir -p "$art"
echo "bench: building $project (Release)" >&2
dotnet build "$project" -c Release -nologo -v quiet >&2

if [[ "$filter" == "*" || "$filter" == *Memory* ]]; then
  echo "bench: memory kept by a loaded document" >&2
  dotnet "$dll" --kept-memory "$art/kept.json" "$art/inputs" >&2
fi

echo "bench: BenchmarkDotNet, short job (1 launch, 3 warm-ups, 3 iterations of 250 ms)" >&2
dotnet "$dll" --filter "$filter" --job short --iterationTime 250 --exporters json github \
  --artifacts "$art" --join >&2

echo
echo "== ProxyConnect benchmarks vs targets (BenchmarkDotNet medians; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)) =="
python3 bench/report.py "$art"
