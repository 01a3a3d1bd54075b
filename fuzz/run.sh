#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) and fuzzes each
# for FUZZ_SECONDS (default 60), two at a time, from the seeds in fuzz/corpus/<target>/.
# New inputs go to $FUZZ_BUILD_DIR/fuzz-corpus/<target>/ (the committed seeds are only read).
# A crash, leak, UB, timeout (10 s per input) or out-of-memory stops with exit 1, printing the
# report and the input's path: copy it to fuzz/regressions/<target>/ once fixed, and ctest
# replays it in every build from then on (fuzz_replay_<target>).
# Usage: fuzz/run.sh [TARGET...]   targets: extract graphml rules api (default: all)
# Env: FUZZ_SECONDS, FUZZ_BUILD_DIR (default build-fuzz; .ci/run uses the sanitizer build).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
build=${FUZZ_BUILD_DIR:-build-fuzz}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract graphml rules api)
if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKG_SANITIZE=address,undefined -DKG_FUZZ=ON > /dev/null
fi
grep -q '^KG_FUZZ:BOOL=ON' "$build/CMakeCache.txt" || { echo "fuzz/run.sh: $build is not a KG_FUZZ=ON build"; exit 1; }
cmake --build "$build" --target "${targets[@]/#/fuzz_}"
out="$build/fuzz-out"
rm -rf "$out"
mkdir -p "$out"

# fuzz TARGET: one libFuzzer run; its log is $out/TARGET.log, a crashing input $out/TARGET-crash-*.
fuzz() {
  local t=$1 max_len=4096
  [ "$t" = extract ] && max_len=16384  # past the 4 KiB sentence cut
  mkdir -p "$build/fuzz-corpus/$t"
  "$build/fuzz/fuzz_$t" "$build/fuzz-corpus/$t" "fuzz/corpus/$t" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/$t-" > "$out/$t.log" 2>&1
}

pids=()
for t in "${targets[@]}"; do
  fuzz "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}" || true; pids=("${pids[@]:1}"); fi
done
wait || true

failed=0
for t in "${targets[@]}"; do
  runs=$(awk '/stat::number_of_executed_units:/ { print $2 }' "$out/$t.log")
  crash=$(ls "$out/$t-"* 2> /dev/null | head -n 1 || true)
  if [ -n "$crash" ] || ! grep -q '^Done [0-9]* runs' "$out/$t.log"; then
    grep -A 30 -E '^==[0-9]+==|runtime error|ERROR: libFuzzer' "$out/$t.log" | head -n 60
    echo "FAIL: fuzz_$t: ${crash:-no final report} (log: $out/$t.log)"
    failed=1
  else
    echo "fuzz_$t: ${runs:-?} runs in ${seconds} s, no crash, corpus $(ls "$build/fuzz-corpus/$t" | wc -l) new inputs"
  fi
done
exit "$failed"
