#!/usr/bin/env bash
# Installs missing packages, builds everything with clang's AddressSanitizer and
# UndefinedBehaviorSanitizer into build-asan/ (with the fuzzing instrumentation too, so
# fuzz/run.sh reuses this build), and runs the whole test suite there. A sanitizer report
# aborts the process (SIGABRT), so a test expecting "exit 1" cannot mistake one for a failure.
# The single-line document of tests/e2e/hostile_input.sh is 10 MB here instead of 50 (the
# point is memory errors, not speed). Extra arguments go to ctest (e.g. -R hostile).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
if [ ! -f build-asan/build.ninja ]; then
  CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DKG_SANITIZE=address,undefined -DKG_FUZZ=ON
fi
cmake --build build-asan
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=abort_on_error=1:print_stacktrace=1
export KG_HOSTILE_BIG_MB=${KG_HOSTILE_BIG_MB:-10}
ctest --test-dir build-asan --output-on-failure --no-tests=error -j 2 "$@"
