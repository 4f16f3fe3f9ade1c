// One endpoint's queue and the worker that attempts its deliveries, one at a time.
#include "delivery/delivery_lane.hpp"

#include <algorithm>
#include <exception>

#include "delivery/http_attempt.hpp"

namespace smsim::delivery {

namespace {

// What an exception says, for a delivery's error and the log.
std::string describe(const std::exception_ptr& failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const std::exception& error) {
    return error.what();
  } catch (...) {
    return "an exception of unknown type";
  }
}

}  // namespace

DeliveryLane::DeliveryLane(std::size_t capacity, Attempt attempt, Settle settle, Report report)
    : capacity_(capacity),
      attempt_(std::move(attempt)),
      settle_(std::move(settle)),
      report_(std::move(report)),
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

AttemptResult DeliveryLane::attemptCatching(const QueuedDelivery& delivery) const {
  try {
    return attempt_(delivery);
  } catch (...) {
    const auto failure = "the attempt failed: " + describe(std::current_exception());
    reportCatching(delivery, failure);
    return {0, failure};
  }
}

std::optional<SteadyTime> DeliveryLane::settleCatching(const QueuedDelivery& delivery,
                                                       const AttemptResult& result) const {
  try {
    return settle_(delivery, result);
  } catch (...) {
    const auto failure = "recording the attempt failed: " + describe(std::current_exception());
    reportCatching(delivery, failure);
    try {
      return settle_(delivery, AttemptResult{result.httpStatus, failure});
    } catch (...) {
      reportCatching(delivery, "recording that failure failed too: " +
                                   describe(std::current_exception()) + "; the delivery ends");
      return std::nullopt;
    }
  }
}

// A report that fails is dropped: the worker has nowhere left to tell of it.
void DeliveryLane::reportCatching(const QueuedDelivery& delivery,
                                  const std::string& failure) const {
  try {
    if (report_) report_(delivery, failure);
  } catch (...) {
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
    const AttemptResult result = attemptCatching(delivery);
    ++delivery.attempts;
    retryAt = settleCatching(delivery, result);
  } catch (...) {  // only describing a failure can throw here (allocation); the delivery ends
    reportCatching(delivery, "the attempt could not be completed: " +
                                 describe(std::current_exception()) + "; the delivery ends");
    retryAt.reset();
  }

  lock.lock();
  inFlight_ = false;
  if (retryAt && clears_ == clearsBefore && !stopping_) {
    delivery.due = *retryAt;
    try {
      queue_.push_back(std::move(delivery));
    } catch (...) {
      reportCatching(delivery, "the retry could not be queued: " +
                                   describe(std::current_exception()) + "; the delivery ends");
    }
  }
}

}  // namespace smsim::delivery
