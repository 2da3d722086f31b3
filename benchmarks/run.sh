#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures parse throughput per format over ../shared/corpus and prints MB/s per format.
# Usage: benchmarks/run.sh [extra JMH options]   (default: 1 fork, 3 warm-up and 5 measured 2 s iterations)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -pl benchmarks -am package
out=$(mktemp -d)
java -Dipseclint.corpus="${IPSECLINT_CORPUS:-../shared/corpus}" -jar benchmarks/target/benchmarks.jar \
  ParseThroughputBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 -rf json -rff "$out/result.json" "$@" 2>&1 \
  | tee "$out/log.txt" | grep -E '^(# corpus|Benchmark|ParseThroughput)' || true
python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
sizes = {}
for line in open(f"{out}/log.txt"):
    m = re.search(r"# corpus (\S+): (\d+) files, (\d+) bytes", line)
    if m:
        sizes[m.group(1)] = (int(m.group(2)), int(m.group(3)))
print(f"{'format':32} {'files':>6} {'bytes':>9} {'ops/s':>9} {'MB/s':>8} (1 thread)")
for result in json.load(open(f"{out}/result.json")):
    fmt = result["params"]["format"]
    ops = result["primaryMetric"]["score"]
    err = result["primaryMetric"]["scoreError"]
    files, size = sizes.get(fmt, (0, 0))
    print(f"{fmt:32} {files:6} {size:9} {ops:9.2f} {ops*size/1e6:8.1f}  (±{err*size/1e6:.1f})")
PY
