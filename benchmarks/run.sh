#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Usage: benchmarks/run.sh [extra JMH options]          parse throughput per format over ../shared/corpus (MB/s)
#        benchmarks/run.sh stages [extra JMH options]   the same, plus the lexer alone and lexer + parser
#        benchmarks/run.sh pairing [extra JMH options]  pairing and simulation over generated networks (ms)
# Parse: 3 forks, each 5 warm-up and 10 measured 2 s iterations, with the garbage collector of the
# ./ipseclint launcher (Serial: all the work of a read, collection included, on the one core that
# reads). IPSECLINT_BENCH_JVM_ARGS replaces that choice, e.g. "-XX:+UseG1GC" for the JVM's default
# collector as in the Maven plugin. Pairing: 1 fork per network size, the
# iterations each benchmark method declares (Linter.run takes up to a minute per operation); pass e.g.
# -p spokes=1000,10000 or a benchmark pattern (FullMeshBenchmark.pair) after "pairing" to run fewer.
# See benchmarks/README.md for the figures and how to read them.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=parse
parse_methods=readAll
if [ "${1:-}" = pairing ]; then
  mode=pairing
  shift
elif [ "${1:-}" = stages ]; then
  parse_methods='readAll|parseAll|lexAll'
  shift
fi
mvn -q -B -DskipTests -pl benchmarks -am package
out=$(mktemp -d)
if [ "$mode" = parse ]; then
  java -Dipseclint.corpus="${IPSECLINT_CORPUS:-../shared/corpus}" -jar benchmarks/target/benchmarks.jar \
    "ParseThroughputBenchmark\.($parse_methods)\$" -f 3 -wi 5 -w 2s -i 10 -r 2s -t 1 \
    -jvmArgsAppend "${IPSECLINT_BENCH_JVM_ARGS:--XX:+UseSerialGC}" -rf json -rff "$out/result.json" "$@" 2>&1 \
    | tee "$out/log.txt" | grep -E '^(# corpus|Benchmark|ParseThroughput)' || true
  python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
sizes = {}
for line in open(f"{out}/log.txt"):
    m = re.search(r"# corpus (\S+): (\d+) files, (\d+) bytes", line)
    if m:
        sizes[m.group(1)] = (int(m.group(2)), int(m.group(3)))
print(f"{'format':32} {'method':9} {'files':>6} {'bytes':>9} {'ops/s':>9} {'MB/s':>8} (1 thread)")
for result in json.load(open(f"{out}/result.json")):
    fmt = result["params"]["format"]
    method = result["benchmark"].rsplit(".", 1)[1]
    ops = result["primaryMetric"]["score"]
    err = result["primaryMetric"]["scoreError"]
    files, size = sizes.get(fmt, (0, 0))
    print(f"{fmt:32} {method:9} {files:6} {size:9} {ops:9.2f} {ops*size/1e6:8.1f}  (±{err*size/1e6:.1f})")
PY
  exit 0
fi
pattern='(HubAndSpokesBenchmark|FullMeshBenchmark)'
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  pattern=$1
  shift
fi
java -jar benchmarks/target/benchmarks.jar "$pattern" -f 1 -t 1 \
  -rf json -rff "$out/result.json" "$@" 2>&1 | tee "$out/log.txt" | grep -oE '# network .*|^(Benchmark|HubAnd|FullMesh).*' || true
python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
networks = {}
for line in open(f"{out}/log.txt"):
    m = re.search(r"# network (\S+): (\d+) hosts, (\d+) connections, (\d+) tunnels found \((\d+) built\)", line)
    if m:
        networks[m.group(1)] = tuple(int(g) for g in m.groups()[1:])
rows = []
for result in json.load(open(f"{out}/result.json")):
    name = result["benchmark"].rsplit(".", 1)
    params = result["params"]
    label = f"hub-{params['hub']}/{params['spokes']}" if "spokes" in params else f"mesh/{params['sites']}"
    hosts, conns, tunnels, built = networks.get(label, (0, 0, 0, 0))
    rows.append((name[0].rsplit(".", 1)[1], name[1], label, hosts, conns, tunnels, built,
                 result["primaryMetric"]["score"], result["primaryMetric"]["scoreError"]))
print(f"{'network':18} {'method':16} {'hosts':>6} {'conns':>6} {'tunnels':>8} {'ms/op':>10} {'±':>8} {'us/tunnel':>10} {'growth':>14}")
first = {}
for bench, method, label, hosts, conns, tunnels, built, score, error in rows:
    key = (bench, method, label.split("/")[0])
    size = tunnels or 1
    if key not in first:
        first[key] = (size, score)
    base_size, base_score = first[key]
    growth = f"x{size / base_size:.1f} -> x{score / base_score:.1f}"
    note = "" if tunnels == built else f"  (built {built})"
    print(f"{label:18} {method:16} {hosts:6} {conns:6} {tunnels:8} {score:10.1f} {error:8.1f} "
          f"{1000 * score / size:10.1f} {growth:>14}{note}")
PY
