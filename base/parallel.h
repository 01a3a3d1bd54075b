// ParallelFor: runs a loop body over [0, n) on a few threads, for independent work whose
// results go to per-index slots, so that the outcome does not depend on the thread count.
#ifndef KG_BASE_PARALLEL_H_
#define KG_BASE_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace kg {

/// Calls body(i) once for every i in [0, n), on up to `threads` threads (the caller's one
/// of them). Threads take blocks of `block` indexes in turn, so uneven items still share
/// out evenly. body must be safe to run concurrently for different indexes.
template <typename Body>
void ParallelFor(size_t n, size_t threads, const Body& body, size_t block = 64) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t begin = next.fetch_add(block); begin < n; begin = next.fetch_add(block)) {
      for (size_t i = begin; i < std::min(n, begin + block); ++i) body(i);
    }
  };
  const size_t helpers = std::min(std::max<size_t>(threads, 1), (n + block - 1) / block) - (n > 0 ? 1 : 0);
  std::vector<std::thread> pool;
  for (size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
}

/// ParallelFor over [0, n) one stretch of `stretch` indexes at a time, calling
/// after_stretch(begin, end) on the caller's thread after each stretch: to free or hand on
/// what a stretch made before the next one is made, so that not all of it is held at once.
template <typename Body, typename AfterStretch>
void ParallelForInStretches(size_t n, size_t threads, size_t stretch, const Body& body,
                            const AfterStretch& after_stretch) {
  for (size_t begin = 0; begin < n; begin += stretch) {
    const size_t end = std::min(n, begin + stretch);
    ParallelFor(end - begin, threads, [&](size_t i) { body(begin + i); });
    after_stretch(begin, end);
  }
}

}  // namespace kg

#endif  // KG_BASE_PARALLEL_H_
