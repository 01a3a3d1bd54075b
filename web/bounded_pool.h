// Worker threads with a bounded queue: Enqueue waits while it is full, so a flood of work (the
// server's accepted connections) keeps at most `max_queued` items; the rest waits unaccepted.
#ifndef KG_WEB_BOUNDED_POOL_H_
#define KG_WEB_BOUNDED_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kg {

/// Runs queued jobs on `threads` workers, at most `max_queued` waiting at a time.
/// Thread-safe. Shutdown (or the destructor) runs every job already queued, then joins.
class BoundedPool {
 public:
  BoundedPool(size_t threads, size_t max_queued);
  ~BoundedPool();
  BoundedPool(const BoundedPool&) = delete;
  BoundedPool& operator=(const BoundedPool&) = delete;

  /// Queues `job`, first waiting while `max_queued` jobs wait for a worker. After
  /// Shutdown the job runs at once on the calling thread (it is never dropped).
  void Enqueue(std::function<void()> job);
  /// Lets the workers finish every queued job, then joins them. Idempotent.
  void Shutdown();
  /// Jobs waiting for a worker now.
  size_t queued() const;

 private:
  void Work();

  const size_t max_queued_;
  mutable std::mutex mu_;
  std::condition_variable has_job_;   // a job was queued, or shutdown began
  std::condition_variable has_room_;  // a job left the queue, or shutdown began
  std::deque<std::function<void()>> jobs_;  // guarded by mu_
  bool shutdown_ = false;                   // guarded by mu_
  std::vector<std::thread> workers_;
};

}  // namespace kg

#endif  // KG_WEB_BOUNDED_POOL_H_
