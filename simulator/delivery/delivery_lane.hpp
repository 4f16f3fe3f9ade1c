#pragma once
// The deliveries waiting for one endpoint (scheme, host and port), attempted one at a time by a
// worker thread of their own. Each endpoint has its own lane, so a dead or hanging subscriber
// costs its own deliveries time and never another's. The queue is bounded: a full lane refuses
// new deliveries and the dispatcher records them as DROPPED.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "delivery/endpoint_url.hpp"
#include "delivery/notification_formats.hpp"

namespace smsim::delivery {

struct AttemptResult;

using SteadyTime = std::chrono::steady_clock::time_point;

struct QueuedDelivery {
  std::string deliveryId;
  EndpointUrl url;
  HttpPost post;
  std::uint64_t generation = 0;  // the dispatcher's, when published: reset() forgets older ones
  int attempts = 0;              // made so far
  SteadyTime due;
};

// The worker never lets an exception end it: one thrown by an attempt (formatting, the HTTP
// client, allocation) is that attempt's error, and Settle is told of it like any other failure;
// when Settle itself throws, it is told once more, of that error instead. What still cannot be
// recorded is reported, and the worker goes on with the next delivery.
class DeliveryLane {
 public:
  // Makes one attempt.
  using Attempt = std::function<AttemptResult(const QueuedDelivery&)>;
  // Told of each attempt's result, with `attempts` already counted; answers when to try again,
  // or nullopt when the delivery is done.
  using Settle =
      std::function<std::optional<SteadyTime>(const QueuedDelivery&, const AttemptResult&)>;
  // Told of each exception the worker caught, with what it was doing, for the log. It may run
  // with the lane's lock held, so it must not call back into the lane or take a lock that is
  // held while calling the lane.
  using Report = std::function<void(const QueuedDelivery&, const std::string& failure)>;

  DeliveryLane(std::size_t capacity, Attempt attempt, Settle settle, Report report);
  ~DeliveryLane();  // stop() and wait for the worker: at most the attempt in flight
  DeliveryLane(const DeliveryLane&) = delete;
  DeliveryLane& operator=(const DeliveryLane&) = delete;

  // False when the lane holds `capacity` deliveries (queued or in flight) already.
  bool enqueue(QueuedDelivery delivery);
  // Nothing queued and nothing in flight.
  bool idle() const;
  // Forgets the queued deliveries; the one in flight, if any, is not retried.
  void clear();
  // Asks the worker to finish after the attempt in flight; does not wait.
  void stop();

 private:
  void run();
  void attemptNext(std::unique_lock<std::mutex>& lock);
  AttemptResult attemptCatching(const QueuedDelivery& delivery) const;
  std::optional<SteadyTime> settleCatching(const QueuedDelivery& delivery,
                                           const AttemptResult& result) const;
  void reportCatching(const QueuedDelivery& delivery, const std::string& failure) const;
  std::vector<QueuedDelivery>::iterator earliest();

  const std::size_t capacity_;
  const Attempt attempt_;
  const Settle settle_;
  const Report report_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<QueuedDelivery> queue_;
  bool inFlight_ = false;
  bool stopping_ = false;
  std::uint64_t clears_ = 0;  // so a retry of a delivery cleared while in flight is not queued
  std::thread worker_;        // last: starts once everything above exists
};

}  // namespace smsim::delivery
