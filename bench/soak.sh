#!/usr/bin/env bash
# Soak check of the web server (by hand, not in CI): wrk -t2 -c64 -d60s rotating over the API
# routes of bench/soak.lua against `kgraph serve` of the seeds on loopback, 64 connections on
# the 32 workers. Reports requests/s, errors and the server's resident memory (start, end,
# peak). Pass: no socket errors, no non-2xx answer, and the server still answers afterwards.
# Usage: bench/soak.sh [path/to/kgraph]   (default: build/cli/kgraph); SOAK_SECONDS (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
KGRAPH=${1:-build/cli/kgraph}
SECONDS_RUN=${SOAK_SECONDS:-60}
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
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$out/serve.txt")
rss() { awk -v key="$1:" '$1 == key { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }
start_rss=$(rss VmRSS)
for path in $(grep -o '"/[^"]*"' bench/soak.lua | tr -d '"'); do
  curl -fsS -o /dev/null "$url$path" || { echo "FAIL: $path does not answer 200"; exit 1; }
done
warm_rss=$(rss VmRSS)
wrk -t2 -c64 -d"${SECONDS_RUN}s" --latency -s bench/soak.lua "$url" | tee "$out/wrk.txt"
end_rss=$(rss VmRSS)
peak_rss=$(rss VmHWM)
curl -fsS -o /dev/null "$url/api/stats" || { echo "FAIL: the server stopped answering"; exit 1; }
echo "server RSS: start $start_rss MB, after one request per route $warm_rss MB, end $end_rss MB, peak $peak_rss MB"
if grep -qE 'Socket errors|Non-2xx' "$out/wrk.txt"; then echo "FAIL: errors during the run"; exit 1; fi
echo "ok: $(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$out/wrk.txt") requests/s, 0 errors"
