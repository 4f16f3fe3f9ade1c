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
#include "delivery/firehose_batches.hpp"
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
  // Removes the channel's subscriptions (all of them when `channelArn` is empty), except SNS
  // subscriptions: SNS's Unsubscribe and DeleteTopic remove those, so SNS's lists stay true.
  std::size_t unsubscribe(const std::string& channelArn);
  std::vector<Subscription> subscriptions() const;

  // Queues one delivery per confirmed subscription of the channel whose filter policy (if any)
  // passes a message without attributes; returns their ids. Never blocks on I/O. Two-way
  // messages and delivery events published to an SNS topic reach its subscribers this way. A
  // `firehose` subscription with a buffering interval holds the payload in its batch instead
  // (no id yet) until flushDueBatches() or its size hint sends the batch.
  std::vector<std::string> publish(const std::string& channelArn, const std::string& payload,
                                   const std::string& inboundMessageId);
  // Queues the Firehose batches whose oldest record has waited its subscription's interval on the
  // simulated clock, one request each; returns how many. MessageEventPump calls it as it ticks.
  std::size_t flushDueBatches();

  // An SNS subscription's own messages (its SubscriptionConfirmation, a topic's Publish after
  // its filter policy passed): queued to that one subscription, confirmed or not; the delivery's
  // id, or nullopt when there is no such subscription.
  std::optional<std::string> deliver(const std::string& subscriptionArn, Notification notification);
  // What SNS's ConfirmSubscription, SetSubscriptionAttributes (RawMessageDelivery) and
  // Unsubscribe do to the subscription with this ARN; false when there is none.
  bool confirm(const std::string& subscriptionArn);
  bool setFormat(const std::string& subscriptionArn, const std::string& format);
  bool setFilterPolicy(const std::string& subscriptionArn, const std::string& policy,
                       const std::string& scope);
  // The topic's SignatureVersion attribute (1: SHA1withRSA, 2: SHA256withRSA) for its messages.
  void setSignatureVersion(const std::string& channelArn, int version);
  bool removeSubscription(const std::string& subscriptionArn);
  DeliveryReport deliveries() const;

  // Drops subscriptions, history and pending deliveries; attempts in flight are forgotten.
  void reset();

 private:
  using Lanes = std::map<std::string, std::unique_ptr<DeliveryLane>>;  // by endpoint origin
  // Lanes taken out of service, destroyed (their idle workers joined) once the lock is released.
  using Reclaimed = std::vector<std::unique_ptr<DeliveryLane>>;

  void queueDelivery(DeliveryRecord& record, const Notification& notification,
                     Reclaimed& reclaimed);
  // Records and queues one delivery of `notification` to `subscription`; its id.
  std::string queueFor(const Subscription& subscription, const Notification& notification,
                       const std::string& inboundMessageId, Reclaimed& reclaimed);
  std::string queueBatch(const Subscription& subscription, FirehoseBatch batch,
                         Reclaimed& reclaimed);
  Subscription* findLocked(const std::string& subscriptionArn);
  Notification withSmsimUrls(const Subscription& subscription, Notification notification) const;
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
  std::uint64_t lastSerial_ = 0;
  FirehoseBatches batches_;                       // by subscription serial
  std::map<std::string, int> signatureVersions_;  // by channel, only those set to 2
  DeliveryHistory history_;
  Lanes lanes_;
};

}  // namespace smsim::delivery
