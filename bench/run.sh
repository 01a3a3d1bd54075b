#!/usr/bin/env bash
# Performance benchmark of kgraph (run by hand, not by CI; bench/RESULTS.md holds the figures).
# Makes synthetic corpora from the seeds (bench/make_corpus.py) and measures, for 1 and 2
# threads: extraction end to end (MB/s and words/s per core), whole builds, peak RSS, graph
# size; then on the 1-thread graph: GraphML read and write, the layout alone, depth-2
# neighbours latency (bench/graph_bench.cpp), and networkx and igraph on the same file.
#
# Usage: bench/run.sh [BUILD_DIR]   (default: build; kgraph and kg_bench are built there)
#   BENCH_DIR=/tmp/kgraph-bench   corpora and outputs (corpora are kept and reused)
#   BENCH_SIZES="10 100"          corpus sizes in MB (10^6 bytes)
#   BENCH_THREADS="1 2"           thread counts
# Prints a Markdown report (also written to $BENCH_DIR/report.md).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:-$ROOT/build}" && pwd)
WORK=${BENCH_DIR:-/tmp/kgraph-bench}
SIZES=${BENCH_SIZES:-"10 100"}
THREADS=${BENCH_THREADS:-"1 2"}
PY=/usr/bin/python3  # Debian's, which has python3-networkx and python3-igraph
KGRAPH=$BUILD/cli/kgraph
BENCH=$BUILD/bench/kg_bench
mkdir -p "$WORK"
RAW=$WORK/raw.txt  # "key value" lines, turned into the report at the end
: > "$RAW"
cmake --build "$BUILD" --target kgraph kg_bench > /dev/null

record() { echo "$1 $2" >> "$RAW"; }

# measure KEY CMD...: runs CMD under /usr/bin/time -v; records KEY_wall, KEY_user, KEY_sys
# (seconds) and KEY_rss (kB). Exit code 2 (some input skipped) counts as success.
measure() {
  local key=$1 log=$WORK/time.txt rc=0
  shift
  /usr/bin/time -v -o "$log" "$@" > /dev/null 2> "$WORK/stderr.txt" || rc=$?
  [ "$rc" -eq 0 ] || [ "$rc" -eq 2 ] || { cat "$WORK/stderr.txt" "$log"; echo "FAILED: $*"; exit 1; }
  awk -v k="$key" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print k "_wall", s }
    /User time/ { print k "_user", $2 }
    /System time/ { print k "_sys", $2 }
    /Maximum resident set size/ { print k "_rss", $2 }' "$log" >> "$RAW"
}

record date "$(date -u +%Y-%m-%d)"
record nproc "$(nproc)"
record cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
record commit "$(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo unknown)"
record load "$(cut -d' ' -f1-3 /proc/loadavg)"

for mb in $SIZES; do
  corpus=$WORK/corpus-${mb}mb
  [ -d "$corpus" ] || "$PY" "$ROOT/bench/make_corpus.py" --seeds "$ROOT/seeds" --out "$corpus" --mb "$mb" 2> /dev/null
  record "c${mb}_bytes" "$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')"
  record "c${mb}_words" "$(find "$corpus" -name '*.txt' -exec cat {} + | wc -w)"
  record "c${mb}_docs" "$(find "$corpus" -name '*.txt' | wc -l)"
  for t in $THREADS; do
    # Extraction end to end: read, extract, resolve (stats prints counts; no layout, no file).
    sync
    measure "c${mb}_t${t}_extract" "$KGRAPH" stats "$corpus" --threads "$t" -q
    # The whole build: extraction, resolution, layout and the GraphML file.
    measure "c${mb}_t${t}_build" "$KGRAPH" build "$corpus" --threads "$t" -q -o "$WORK/g${mb}_t${t}.graphml"
  done
  first=$WORK/g${mb}_t${THREADS%% *}.graphml
  for t in $THREADS; do
    cmp -s "$first" "$WORK/g${mb}_t${t}.graphml" && same=yes || same=no
    record "c${mb}_t${t}_identical" "$same"
  done
  sync  # the builds left ~2 x 160 MB of dirty pages; their writeback would share the timings below
  "$BENCH" "$first" | sed "s/^/g${mb}_/" >> "$RAW"
  # The CLI on the saved graph: load + layout + write (export), load + one query.
  measure "g${mb}_export" "$KGRAPH" export --graph "$first" -o "$WORK/e${mb}.graphml" -q
  hub=$(awk -v k="g${mb}_neighbours2_hub" '$1 == k { $1 = ""; print substr($0, 2) }' "$RAW")
  measure "g${mb}_query" "$KGRAPH" neighbours "$hub" --depth 2 --graph "$first"
  "$PY" "$ROOT/bench/graphml_python.py" "$first" "$WORK" | sed "s/^/g${mb}_/" >> "$RAW"
done

record load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
"$PY" "$ROOT/bench/report.py" "$RAW" "$SIZES" "$THREADS" | tee "$WORK/report.md"
