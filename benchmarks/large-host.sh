#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Usage: benchmarks/large-host.sh [CONNECTIONS...]   (default: 2500 5000 10000)
# Times `ipseclint` with every rule on over one gateway that holds a connection and a secret per
# peer in one swanctl.conf: the case where per-finding or per-connection work that walks the whole
# file or host turns quadratic. Three runs per size, the median is printed, with the growth
# against the smallest size. Process start and JIT warm-up are included: this is what a user waits
# for. See benchmarks/README.md for the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2500 5000 10000)
jar=cli/target/ipseclint.jar
mvn -q -B -DskipTests -pl cli -am package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-12s %10s %10s %10s\n' connections 'median s' 'us/conn' growth
first_size=""
first_time=""
for n in "${sizes[@]}"; do
  mkdir -p "$work/$n/gateway/swanctl"
  python3 - "$n" "$work/$n/gateway/swanctl/swanctl.conf" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
out = ["connections {"]
for i in range(1, n + 1):
    peer = f"198.18.{i >> 8}.{i & 255}"
    out.append(f"""  peer-{i} {{
    local_addrs = 192.0.2.1
    remote_addrs = {peer}
    proposals = aes256-sha256-ecp256
    local {{
      auth = psk
      id = @gateway
    }}
    remote {{
      auth = psk
      id = @peer-{i}
    }}
    children {{
      net {{
        local_ts = 172.16.0.0/16
        remote_ts = 10.{i >> 8}.{i & 255}.0/24
        esp_proposals = aes256gcm16
      }}
    }}
  }}""")
out.append("}\nsecrets {")
for i in range(1, n + 1):
    out.append(f"""  ike-{i} {{
    id-1 = @gateway
    id-2 = @peer-{i}
    secret = "large-host-{i}-psk-0123456789"
  }}""")
out.append("}")
open(path, "w").write("\n".join(out) + "\n")
PY
  times=()
  for run in 1 2 3; do
    start=$(date +%s%N)
    java -jar "$jar" --format text "$work/$n" > /dev/null 2>&1 || [ $? -eq 1 ]
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  if [ -z "$first_size" ]; then
    first_size=$n
    first_time=$median
  fi
  awk -v n="$n" -v ms="$median" -v n0="$first_size" -v ms0="$first_time" \
    'BEGIN { printf "%-12s %10.2f %10.0f %10s\n", n, ms / 1000, ms * 1000 / n, sprintf("x%.1f -> x%.1f", n / n0, ms / ms0) }'
done
