#!/usr/bin/env bash
# Whole-process timings, ProxyConnect's tool against the tools people use today, on the same input files:
#   lint:       proxyconnect lint CONFIG                            vs  squid -k parse -f CONFIG
#   add-sensor: proxyconnect add-sensor COPY --name N --ip A --in-place  vs  augtool (Squid lens) inserting the same two lines
# Inputs: the stock Debian squid.conf (../shared) and the same file with 20,000 sensors at the marker (generated
# by the benchmarks project). Each comparison runs both commands RUNS times, alternating them, and prints medians.
#
#   bench/compare.sh [RUNS]      (default 7)
#
# Needs: .NET SDK, /usr/sbin/squid (Debian package squid), python3; installs augeas-tools and augeas-lenses with
# apt-get when augtool is missing. Numbers on a shared machine are noisy: read the medians, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
work="$PWD/BenchmarkDotNet.Artifacts/compare"
rm -rf "$work"
mkdir -p "$work"

squid=/usr/sbin/squid
if [ ! -x "$squid" ]; then
  squid=$(command -v squid || true)
fi
if [ -z "$squid" ]; then
  echo "compare: squid is not installed (apt-get install squid); the lint comparison needs it" >&2
  exit 2
fi

if ! command -v augtool >/dev/null 2>&1 || [ ! -f /usr/share/augeas/lenses/dist/squid.aug ]; then
  echo "compare: installing augeas-tools and augeas-lenses" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq augeas-tools augeas-lenses >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null && apt-get install -y -qq augeas-tools augeas-lenses >/dev/null; }; } ||
    { echo "compare: apt-get install augeas-tools augeas-lenses failed" >&2; exit 2; }
fi

echo "compare: building the tool and the benchmarks project (Release)" >&2
dotnet build src/ProxyConnect.Cli -c Release -nologo -v quiet >&2
dotnet build tests/ProxyConnect.Benchmarks -c Release -nologo -v quiet >&2
cli_dll=src/ProxyConnect.Cli/bin/Release/net8.0/ProxyConnect.Cli.dll
[ -f "$cli_dll" ] || { echo "compare: $cli_dll not found" >&2; exit 2; }

# The inputs as files: stock.conf and 20k-sensors.conf (checked with the library: exactly 20,000 sensors).
dotnet tests/ProxyConnect.Benchmarks/bin/Release/net10.0/ProxyConnect.Benchmarks.dll --write-inputs "$work" stock 20k-sensors >/dev/null

echo "compare: Augeas's Squid lens cannot read the stock file's 'include /etc/squid/conf.d/*.conf' line;" \
     "for augtool only, that line is commented out (augtool's input is otherwise the same file)."
sed 's|^include /etc/squid/conf.d/\*\.conf|# include /etc/squid/conf.d/*.conf|' "$work/stock.conf" > "$work/stock-for-augeas.conf"

python3 - "$runs" "$work" "$squid" "$cli_dll" <<'PY'
import os, shutil, statistics, subprocess, sys, time

runs, work, squid, cli = int(sys.argv[1]), sys.argv[2], sys.argv[3], os.path.abspath(sys.argv[4])
marker = "INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS"

def timed(cmd, prepare=None, ok=(0,), stdin=None):
    if prepare:
        prepare()
    t = time.perf_counter()
    io = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **io)
    ms = (time.perf_counter() - t) * 1000
    if p.returncode not in ok:
        raise SystemExit(f"compare: {' '.join(cmd)} exited {p.returncode}: {p.stderr.strip()[:500]}")
    return ms

def compare(name, ours, theirs):
    a, b = [], []
    timed(*ours); timed(*theirs)  # one untimed run each: file cache, first start
    for i in range(runs):
        pairs = [(a, ours), (b, theirs)] if i % 2 == 0 else [(b, theirs), (a, ours)]
        for acc, args in pairs:
            acc.append(timed(*args))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{name}: ours {ma:.0f} ms, theirs {mb:.0f} ms, ratio {mb / ma:.1f}"
          f"  [{runs} runs each, alternated; ours min {min(a):.0f} max {max(a):.0f}, theirs min {min(b):.0f} max {max(b):.0f}]", flush=True)
    return mb / ma

def lint(conf):
    # Exit 0 (clean) or 1 (findings) both mean the tool ran; 2 would be a usage or I/O error.
    return (["dotnet", cli, "lint", conf], None, (0, 1))

def squid_parse(conf):
    return ([squid, "-k", "parse", "-f", conf], None, (0,))

def add_sensor_ours(src):
    dst = os.path.join(work, "ours-" + os.path.basename(src))
    return (["dotnet", cli, "add-sensor", dst, "--name", "bench-new", "--ip", "10.250.0.1", "--in-place"],
            lambda: shutil.copyfile(src, dst), (0,))

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
    cmd = ["augtool", "-A", "-e", "-t", f"Squid.lns incl {dst}"]
    return (cmd, lambda: shutil.copyfile(src, dst), (0,), script)

def check_same_insertion(src_ours, src_aug):
    """Both tools insert the same two lines at the marker (augtool above the '#' frame line, ours below it)."""
    ours = open(os.path.join(work, "ours-" + os.path.basename(src_ours))).read()
    aug = open(os.path.join(work, "augeas-" + os.path.basename(src_aug))).read()
    for text, who in ((ours, "proxyconnect"), (aug, "augtool")):
        if "acl bench-new src 10.250.0.1\nhttp_access allow bench-new\n" not in text:
            raise SystemExit(f"compare: {who} did not insert the sensor lines")

stock = os.path.join(work, "stock.conf")
big = os.path.join(work, "20k-sensors.conf")
stock_aug = os.path.join(work, "stock-for-augeas.conf")

results = {}
results["lint stock"] = compare("lint stock (proxyconnect lint vs squid -k parse)", lint(stock), squid_parse(stock))
results["lint 20k"] = compare("lint 20k sensors (proxyconnect lint vs squid -k parse)", lint(big), squid_parse(big))
results["add-sensor stock"] = compare("add-sensor stock (proxyconnect add-sensor --in-place vs augtool)",
                                      add_sensor_ours(stock), add_sensor_augeas(stock_aug))
check_same_insertion(stock, stock_aug)

print()
for key, target in (("lint 20k", 10), ("add-sensor stock", 5)):
    print(f"target {key}: ratio {results[key]:.1f} (target >= {target}) {'ok' if results[key] >= target else 'MISSED'}")
print(f"info lint stock: ratio {results['lint stock']:.1f} (no target: process start-up dominates a 342 KB file)")
PY
