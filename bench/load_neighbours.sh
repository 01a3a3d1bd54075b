#!/usr/bin/env bash
# Load check of the web API (not a test): wrk -t2 -c32 -d10s on /api/neighbours?name=DeepSeek
# against `kgraph serve` of the seeds on loopback. Target: >= 20,000 requests/s and no errors.
# Usage: bench/load_neighbours.sh [path/to/kgraph]   (default: build/cli/kgraph)
set -euo pipefail
cd "$(dirname "$0")/.."
KGRAPH=${1:-build/cli/kgraph}
TARGET=20000
[ -x "$KGRAPH" ] || { echo "no kgraph binary at $KGRAPH (build first: scripts/build.sh)"; exit 1; }
if ! command -v wrk > /dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk > /dev/null
fi
out=$(mktemp -d)
"$KGRAPH" serve --port 0 -q > "$out/serve.txt" 2>&1 &
pid=$!
trap 'kill "$pid" 2> /dev/null; wait "$pid" 2> /dev/null; rm -rf "$out"' EXIT
for _ in $(seq 1 300); do grep -q serving "$out/serve.txt" && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$out/serve.txt")
curl -fsS "${url}api/neighbours?name=DeepSeek" > /dev/null
wrk -t2 -c32 -d10s --latency "${url}api/neighbours?name=DeepSeek" | tee "$out/wrk.txt"
rate=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$out/wrk.txt")
if grep -qE 'Socket errors|Non-2xx' "$out/wrk.txt"; then echo "FAIL: errors during the run"; exit 1; fi
[ "$rate" -ge "$TARGET" ] || { echo "FAIL: $rate requests/s, target $TARGET"; exit 1; }
echo "ok: $rate requests/s (target $TARGET), no errors"
