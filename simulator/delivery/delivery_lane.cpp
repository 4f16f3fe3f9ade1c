#include "delivery/delivery_lane.hpp"

#include <algorithm>

#include "delivery/http_attempt.hpp"

namespace smsim::delivery {

DeliveryLane::DeliveryLane(std::size_t capacity, Attempt attempt, Settle settle)
    : capacity_(capacity),
      attempt_(std::move(attempt)),
      settle_(std::move(settle)),
      worker_([this] { run(); }) {}

DeliveryLane::~DeliveryLane() {
  stop();
  worker_.join();
}

bool DeliveryLane::enqueue(QueuedDelivery delivery) {
  {
    std::lock_guard lock(mutex_);
    if (queue_.size() + (inFlight_ ? 1 : 0) >= capacity_) return false;
    queue_.push_back(std::move(delivery));
  }
  wake_.notify_one();
  return true;
}

bool DeliveryLane::idle() const {
  std::lock_guard lock(mutex_);
  return queue_.empty() && !inFlight_;
}

void DeliveryLane::clear() {
  std::lock_guard lock(mutex_);
  queue_.clear();
  ++clears_;
}

void DeliveryLane::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
}

std::vector<QueuedDelivery>::iterator DeliveryLane::earliest() {
  return std::min_element(queue_.begin(), queue_.end(),
                          [](const auto& a, const auto& b) { return a.due < b.due; });
}

void DeliveryLane::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (queue_.empty()) {
      wake_.wait(lock);
      continue;
    }
    // A copy of the time, not a reference into queue_: enqueue() may reallocate it meanwhile.
    const SteadyTime due = earliest()->due;
    if (due > std::chrono::steady_clock::now()) {
      wake_.wait_until(lock, due);
      continue;
    }
    attemptNext(lock);
  }
}

// Called with the lock held; releases it for the attempt itself.
void DeliveryLane::attemptNext(std::unique_lock<std::mutex>& lock) {
  const auto next = earliest();
  QueuedDelivery delivery = std::move(*next);
  queue_.erase(next);
  inFlight_ = true;
  const std::uint64_t clearsBefore = clears_;
  lock.unlock();

  std::optional<SteadyTime> retryAt;
  try {
    const AttemptResult result = attempt_(delivery);
    ++delivery.attempts;
    retryAt = settle_(delivery, result);
  } catch (...) {  // only allocation can throw here; the delivery ends, the worker lives on
    retryAt.reset();
  }

  lock.lock();
  inFlight_ = false;
  if (retryAt && clears_ == clearsBefore && !stopping_) {
    delivery.due = *retryAt;
    queue_.push_back(std::move(delivery));
  }
}

}  // namespace smsim::delivery
