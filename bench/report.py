#!/usr/bin/env python3
"""Reads BenchmarkDotNet's JSON reports and the kept-memory JSON, prints one line per target.

Usage: report.py ARTIFACTS_DIR   (the folder given to --artifacts; kept.json in it)
Times are BenchmarkDotNet medians (the machine is shared: medians resist noise better than means).
MB is 10^6 bytes; file sizes are bytes on disk (the inputs are ASCII)."""
import glob
import json
import os
import sys

art = sys.argv[1]
rows = {}
for path in glob.glob(os.path.join(art, "results", "*-report*.json")):
    with open(path, encoding="utf-8-sig") as f:
        data = json.load(f)
    for b in data.get("Benchmarks", []):
        stats = b.get("Statistics") or {}
        if not stats:
            continue
        title = (b.get("MethodTitle") or b.get("Method")).strip("'")
        params = b.get("Parameters", "")
        value = params.split("=", 1)[1] if "=" in params else params
        rows[(b.get("Type"), title, value)] = {
            "median_ns": stats.get("Median"),
            "mean_ns": stats.get("Mean"),
            "alloc": (b.get("Memory") or {}).get("BytesAllocatedPerOperation"),
        }

kept = []
kept_path = os.path.join(art, "kept.json")
if os.path.exists(kept_path):
    with open(kept_path, encoding="utf-8") as f:
        kept = json.load(f)
sizes = {k["input"]: k["fileBytes"] for k in kept}

failures = 0


def get(kind, title, value):
    return rows.get((kind, title, value))


def verdict(ok):
    global failures
    if ok is None:
        return "n/a"
    if not ok:
        failures += 1
    return "ok" if ok else "MISSED"


def alloc_text(r):
    return "" if r is None or r["alloc"] is None else f", allocates {r['alloc'] / 1e6:.2f} MB/op"


def ms_line(label, r, target_ms):
    if r is None:
        print(f"{label}: not measured (target < {target_ms} ms)")
        return
    ms = r["median_ns"] / 1e6
    print(f"{label}: {ms:.2f} ms (target < {target_ms} ms) {verdict(ms < target_ms)}{alloc_text(r)}")


def mbs_line(label, r, size, target):
    if r is None or size is None:
        print(f"{label}: not measured (target >= {target} MB/s)")
        return
    mbs = size / 1e6 / (r["median_ns"] / 1e9)
    print(f"{label}: {mbs:.0f} MB/s (target >= {target} MB/s) {verdict(mbs >= target)}"
          f" [{r['median_ns'] / 1e6:.2f} ms for {size / 1e6:.2f} MB{alloc_text(r)}]")


D = "DocumentBenchmarks"
E = "EvaluateBenchmarks"
for name, label in (("20k-sensors", "20k"), ("100k-sensors", "100k")):
    mbs_line(f"parse+write {label}", get(D, "parse+write", name), sizes.get(name), 100)
# Issue 18: lint at parse speed, in a warm process (JIT done), reading the text each time as the tool does.
mbs_line("parse+lint 20k (warm process)", get(D, "parse+lint", "20k-sensors"), sizes.get("20k-sensors"), 50)
ms_line("parse stock", get(D, "parse", "stock"), 5)
ms_line("add sensor + write stock (parse included, as the tool does)", get(D, "parse+add sensor+write", "stock"), 5)
ms_line("add sensor + write stock (document already read)", get(D, "add sensor+write (warm)", "stock"), 5)

for k in kept:
    ratio = k["keptParsed"] / k["fileBytes"]
    tok = k["keptTokenized"] / k["fileBytes"]
    print(f"memory kept / file size {k['input']}: {ratio:.2f} (target <= 4) {verdict(ratio <= 4)}"
          f" [{k['keptParsed'] / 1e6:.1f} MB for {k['fileBytes'] / 1e6:.2f} MB; {tok:.2f} once every directive is tokenized, no target]")

r = get(E, "evaluate (denied, walks every rule)", "stock+10")
if r:
    dps = 1e9 / r["median_ns"]
    print(f"evaluate stock+10: {dps:,.0f} decisions/s (target >= 5,000,000) {verdict(dps >= 5e6)}"
          f" [worst case: a non-sensor walks every rule to 'deny all'{alloc_text(r)}]")
r2 = get(E, "evaluate (last sensor allowed)", "stock+10")
if r2:
    print(f"evaluate stock+10, last sensor allowed: {1e9 / r2['median_ns']:,.0f} decisions/s (target >= 5,000,000) {verdict(1e9 / r2['median_ns'] >= 5e6)}")

# Scale (EvaluateScaleBenchmarks): the cost per rule at 100k rules within 2x of the cost at 1k, for the indexed sensor
# pairs and for rules every decision walks ("walked": a second ACL on each sensor rule).
for shape in ("indexed", "walked"):
    per_rule = []
    for n in (1000, 10000, 100000):
        r = get("EvaluateScaleBenchmarks", "evaluate (denied after every rule)", f"{n}&Shape={shape}")
        if r:
            per_rule.append((n, r["median_ns"], r["median_ns"] / n))
    if len(per_rule) == 3:
        parts = ", ".join(f"{n // 1000}k rules {ns / 1e3:,.1f} us ({pr:.2f} ns/rule)" for n, ns, pr in per_rule)
        growth = per_rule[2][2] / per_rule[0][2]
        print(f"evaluate per rule, {shape}: {parts}; 100k/1k {growth:.2f} (target <= 2) {verdict(growth <= 2.0)}")

# Context, no targets.
for title in ("parse", "write", "parse+add sensor+write", "add sensor+write (warm)", "parse+lint", "lint (warm)"):
    for name in ("20k-sensors", "100k-sensors"):
        r = get(D, title, name)
        if r:
            print(f"info {title} {name}: {r['median_ns'] / 1e6:.1f} ms{alloc_text(r)}")

if not rows:
    print("no BenchmarkDotNet results found under " + art, file=sys.stderr)
    sys.exit(2)
print(f"targets missed: {failures}")
