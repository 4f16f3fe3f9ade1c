#pragma once
// Delivers two-way payloads to the HTTP endpoints subscribed to a channel, with bounded retries
// and back-off, so a slow or dead endpoint never blocks or fails an injection. Each endpoint gets
// a lane of its own (a bounded queue and a worker), created when a delivery needs it and
// reclaimed once idle, so one hanging subscriber never delays another.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "delivery/delivery_history.hpp"
#include "delivery/delivery_lane.hpp"
#include "delivery/delivery_record.hpp"
#include "delivery/http_attempt.hpp"
#include "delivery/notification_formats.hpp"
#include "delivery/subscription.hpp"
#include "smsim/clock.hpp"
#include "smsim/delivery_policy.hpp"

namespace smsim::delivery {

class WebhookDispatcher {
 public:
  // Makes one attempt: a POST over HTTP, unless a test puts something else in.
  using Sender =
      std::function<AttemptResult(const EndpointUrl&, const HttpPost&, const DeliveryPolicy&)>;

  WebhookDispatcher(const Clock& clock, DeliveryPolicy policy, Sender send = postNotification);
  // Waits for the attempts in flight, at most about one attempt's time limit in all.
  ~WebhookDispatcher();
  WebhookDispatcher(const WebhookDispatcher&) = delete;
  WebhookDispatcher& operator=(const WebhookDispatcher&) = delete;

  // Parses the endpoint unless the caller did. An endpoint that is no usable URL stays listed,
  // and each of its deliveries is recorded FAILED with the reason (scenario seeds reach here
  // without the control API's check).
  void subscribe(Subscription subscription);
  // Removes the channel's subscriptions (all of them when `channelArn` is empty).
  std::size_t unsubscribe(const std::string& channelArn);
  std::vector<Subscription> subscriptions() const;

  // Queues one delivery per subscription of the channel; returns their ids. Never blocks on I/O.
  std::vector<std::string> publish(const std::string& channelArn, const std::string& payload,
                                   const std::string& inboundMessageId);
  DeliveryReport deliveries() const;

  // Drops subscriptions, history and pending deliveries; attempts in flight are forgotten.
  void reset();

 private:
  using Lanes = std::map<std::string, std::unique_ptr<DeliveryLane>>;  // by endpoint origin
  // Lanes taken out of service, destroyed (their idle workers joined) once the lock is released.
  using Reclaimed = std::vector<std::unique_ptr<DeliveryLane>>;

  void queueDelivery(DeliveryRecord& record, const Notification& notification,
                     Reclaimed& reclaimed);
  DeliveryLane* laneFor(const std::string& origin, Reclaimed& reclaimed, std::string& whyNot);
  void takeIdleLanes(Reclaimed& reclaimed);
  std::optional<SteadyTime> settle(const QueuedDelivery& delivery, const AttemptResult& result);
  SteadyTime retryTime(int attemptsMade) const;

  const Clock& clock_;
  const DeliveryPolicy policy_;
  const Sender send_;
  mutable std::mutex mutex_;      // everything below; a lane's own lock is always taken second
  std::uint64_t generation_ = 0;  // bumped by reset(), so in-flight attempts are forgotten
  std::vector<Subscription> subscriptions_;
  DeliveryHistory history_;
  Lanes lanes_;
};

}  // namespace smsim::delivery
