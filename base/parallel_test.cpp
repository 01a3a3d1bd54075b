#include "base/parallel.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <utility>
#include <vector>

namespace kg {

TEST_CASE("ParallelFor calls the body once for every index, whatever the threads and blocks") {
  for (size_t n : {0, 1, 63, 64, 65, 1000}) {
    for (size_t threads : {0, 1, 2, 5}) {
      for (size_t block : {1, 7, 64}) {
        std::vector<std::atomic<int>> calls(n);
        ParallelFor(n, threads, [&calls](size_t i) { ++calls[i]; }, block);
        size_t once = 0;
        for (const std::atomic<int>& c : calls) once += c == 1;
        CHECK_MESSAGE(once == n, "n=" << n << " threads=" << threads << " block=" << block);
      }
    }
  }
}

TEST_CASE("ParallelFor runs on more than one thread when asked to and there is enough work") {
  std::vector<std::thread::id> ran_on(4);
  // Each block waits (for a while) until another block has started, which only a second
  // thread can do while the first waits.
  std::atomic<int> started{0};
  ParallelFor(ran_on.size(), 2, [&](size_t i) {
    ran_on[i] = std::this_thread::get_id();
    ++started;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (started < 2 && std::chrono::steady_clock::now() < give_up) std::this_thread::yield();
  }, 2);
  const bool on_two_threads = ran_on[0] != ran_on[2];
  CHECK(on_two_threads);
}

TEST_CASE("ParallelForInStretches finishes each stretch before the caller sees it, in order") {
  std::vector<int> done(10, 0);
  std::vector<std::pair<size_t, size_t>> stretches;
  bool complete = true;  // every index of a stretch was done when after_stretch ran
  ParallelForInStretches(done.size(), 2, 4, [&done](size_t i) { done[i] = 1; }, [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) complete = complete && done[i] == 1;
    complete = complete && (end == done.size() || done[end] == 0);
    stretches.emplace_back(begin, end);
  });
  CHECK(complete);
  CHECK(stretches == std::vector<std::pair<size_t, size_t>>{{0, 4}, {4, 8}, {8, 10}});
}

}  // namespace kg
