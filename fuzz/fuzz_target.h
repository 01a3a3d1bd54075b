// The entry point every fuzz target defines (libFuzzer's), and the checks they share.
// A target must never crash, hang or leak on any input; a broken invariant aborts.
#ifndef KG_FUZZ_FUZZ_TARGET_H_
#define KG_FUZZ_FUZZ_TARGET_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// Runs the code under test on `size` bytes at `data`; always returns 0.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace kg {

/// Aborts with `what` on stderr when `ok` is false: libFuzzer and the replay both report
/// an abort as a crash, with the input that caused it.
inline void FuzzCheck(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace kg

#endif  // KG_FUZZ_FUZZ_TARGET_H_
