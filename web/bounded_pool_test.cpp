#include "web/bounded_pool.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

namespace kg {
namespace {

// Waits up to 5 s for `done` to become true.
template <typename Predicate>
bool Eventually(Predicate done) {
  for (int i = 0; i < 500 && !done(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return done();
}

}  // namespace

TEST_CASE("a full queue makes Enqueue wait until a worker takes a job") {
  BoundedPool pool(1, 1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::atomic<int> ran{0};
  pool.Enqueue([&] { released.wait(); ++ran; });  // occupies the one worker
  REQUIRE(Eventually([&] { return pool.queued() == 0; }));
  pool.Enqueue([&] { ++ran; });  // fills the queue
  std::atomic<bool> third_queued{false};
  std::thread producer([&] {
    pool.Enqueue([&] { ++ran; });
    third_queued = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK_FALSE(third_queued);
  CHECK(pool.queued() == 1);
  release.set_value();
  producer.join();
  CHECK(third_queued);
  pool.Shutdown();
  CHECK(ran == 3);
}

TEST_CASE("shutdown runs every queued job and later jobs run on the caller") {
  std::atomic<int> ran{0};
  BoundedPool pool(2, 64);
  for (int i = 0; i < 50; ++i) pool.Enqueue([&] { ++ran; });
  pool.Shutdown();
  CHECK(ran == 50);
  const std::thread::id caller = std::this_thread::get_id();
  std::thread::id ran_on;
  pool.Enqueue([&] { ran_on = std::this_thread::get_id(); });
  CHECK((ran_on == caller));
}

}  // namespace kg
