#include "web/bounded_pool.h"

#include <algorithm>

namespace kg {

BoundedPool::BoundedPool(size_t threads, size_t max_queued) : max_queued_(std::max<size_t>(1, max_queued)) {
  for (size_t i = 0; i < std::max<size_t>(1, threads); ++i) workers_.emplace_back([this] { Work(); });
}

BoundedPool::~BoundedPool() { Shutdown(); }

void BoundedPool::Enqueue(std::function<void()> job) {
  std::unique_lock<std::mutex> lock(mu_);
  has_room_.wait(lock, [this] { return shutdown_ || jobs_.size() < max_queued_; });
  if (shutdown_) {
    lock.unlock();
    job();
    return;
  }
  jobs_.push_back(std::move(job));
  has_job_.notify_one();
}

void BoundedPool::Shutdown() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    shutdown_ = true;
  }
  has_job_.notify_all();
  has_room_.notify_all();
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
}

size_t BoundedPool::queued() const {
  std::lock_guard<std::mutex> lock(mu_);
  return jobs_.size();
}

void BoundedPool::Work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock<std::mutex> lock(mu_);
      has_job_.wait(lock, [this] { return shutdown_ || !jobs_.empty(); });
      if (jobs_.empty()) return;  // shut down and drained
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    has_room_.notify_one();
    job();
  }
}

}  // namespace kg
