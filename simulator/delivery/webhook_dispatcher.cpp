// Subscriptions, the delivery history and the lanes; what an attempt's result does to a record.
#include "delivery/webhook_dispatcher.hpp"

#include <algorithm>
#include <system_error>

#include "common/api_paths.hpp"
#include "common/logging.hpp"
#include "services/common/ids.hpp"
#include "services/sns/filter_policy.hpp"
#include "services/sns/sns_urls.hpp"

namespace smsim::delivery {

namespace {

constexpr int kMaxBackOffDoublings = 16;  // keeps the shift defined whatever maxAttempts says

bool isUnparsed(const ParsedEndpoint& target) { return !target.url && target.error.empty(); }

// Logged where it happens; the delivery's record carries the same text as its error.
void logDeliveryFailure(const std::string& deliveryId, const std::string& failure) {
  logEvent(spdlog::level::err, "webhook delivery failed inside smsim",
           {{"deliveryId", deliveryId}, {"what", failure}});
}

}  // namespace

WebhookDispatcher::WebhookDispatcher(const Clock& clock, DeliveryPolicy policy, Sender send)
    : clock_(clock), policy_(policy), send_(std::move(send)), history_(policy.historyCapacity) {}

WebhookDispatcher::~WebhookDispatcher() {
  Lanes lanes;
  {
    std::lock_guard lock(mutex_);
    lanes.swap(lanes_);
  }
  // Stop them all first, so their attempts in flight end together rather than one after another.
  for (auto& [origin, lane] : lanes) lane->stop();
  lanes.clear();  // joins the workers
}

void WebhookDispatcher::subscribe(Subscription subscription) {
  if (isUnparsed(subscription.target)) {
    subscription.target = parseEndpointUrl(subscription.endpoint);
  }
  std::lock_guard lock(mutex_);
  subscription.serial = ++lastSerial_;
  subscriptions_.push_back(std::move(subscription));
}

std::size_t WebhookDispatcher::unsubscribe(const std::string& channelArn) {
  std::lock_guard lock(mutex_);
  return std::erase_if(subscriptions_, [&](const Subscription& s) {
    const bool removed =
        s.subscriptionArn.empty() && (channelArn.empty() || s.channelArn == channelArn);
    if (removed) batches_.drop(s.serial);  // what it held goes nowhere now
    return removed;
  });
}

std::vector<Subscription> WebhookDispatcher::subscriptions() const {
  std::lock_guard lock(mutex_);
  return subscriptions_;
}

std::vector<std::string> WebhookDispatcher::publish(const std::string& channelArn,
                                                    const std::string& payload,
                                                    const std::string& inboundMessageId) {
  std::vector<std::string> ids;
  Reclaimed reclaimed;  // declared before the lock, so it is destroyed after the lock is released
  std::lock_guard lock(mutex_);
  for (const auto& subscription : subscriptions_) {
    if (subscription.channelArn != channelArn || !subscription.confirmed) continue;
    if (!sns::passesFilterPolicy(subscription.filterPolicy, subscription.filterPolicyScope, {},
                                 payload)) {
      continue;
    }
    if (subscription.format == format::kFirehose && subscription.buffering.intervalSeconds > 0) {
      auto full = batches_.add(subscription.serial, subscription.buffering, payload,
                               inboundMessageId, clock_.nowEpochSeconds());
      if (full) ids.push_back(queueBatch(subscription, std::move(*full), reclaimed));
      continue;
    }
    Notification notification{channelArn, payload, services::newUuid(), clock_.nowEpochSeconds()};
    notification.subscriptionArn = subscription.subscriptionArn;
    ids.push_back(queueFor(subscription, notification, inboundMessageId, reclaimed));
  }
  return ids;
}

std::size_t WebhookDispatcher::flushDueBatches() {
  Reclaimed reclaimed;  // destroyed after the lock is released
  std::lock_guard lock(mutex_);
  auto due = batches_.takeDue(clock_.nowEpochSeconds());
  for (auto& [serial, batch] : due) {
    const auto subscription =
        std::find_if(subscriptions_.begin(), subscriptions_.end(),
                     [serial = serial](const Subscription& s) { return s.serial == serial; });
    if (subscription != subscriptions_.end()) {
      queueBatch(*subscription, std::move(batch), reclaimed);
    }
  }
  return due.size();
}

std::string WebhookDispatcher::queueBatch(const Subscription& subscription, FirehoseBatch batch,
                                          Reclaimed& reclaimed) {
  Notification notification{subscription.channelArn, "", services::newUuid(),
                            clock_.nowEpochSeconds()};
  notification.records = std::move(batch.records);
  return queueFor(subscription, notification, batch.firstMessageId, reclaimed);
}

std::optional<std::string> WebhookDispatcher::deliver(const std::string& subscriptionArn,
                                                      Notification notification) {
  Reclaimed reclaimed;  // destroyed after the lock is released
  std::lock_guard lock(mutex_);
  auto* subscription = findLocked(subscriptionArn);
  if (subscription == nullptr) return std::nullopt;
  notification.subscriptionArn = subscriptionArn;
  return queueFor(*subscription, notification, "", reclaimed);
}

bool WebhookDispatcher::confirm(const std::string& subscriptionArn) {
  std::lock_guard lock(mutex_);
  auto* subscription = findLocked(subscriptionArn);
  if (subscription != nullptr) subscription->confirmed = true;
  return subscription != nullptr;
}

bool WebhookDispatcher::setFormat(const std::string& subscriptionArn, const std::string& format) {
  std::lock_guard lock(mutex_);
  auto* subscription = findLocked(subscriptionArn);
  if (subscription == nullptr) return false;
  if (subscription->format != format) batches_.drop(subscription->serial);
  subscription->format = format;
  return true;
}

bool WebhookDispatcher::setFilterPolicy(const std::string& subscriptionArn,
                                        const std::string& policy, const std::string& scope) {
  std::lock_guard lock(mutex_);
  auto* subscription = findLocked(subscriptionArn);
  if (subscription == nullptr) return false;
  subscription->filterPolicy = policy;
  subscription->filterPolicyScope = scope;
  return true;
}

void WebhookDispatcher::setSignatureVersion(const std::string& channelArn, int version) {
  std::lock_guard lock(mutex_);
  if (version == 2) {
    signatureVersions_[channelArn] = version;
  } else {
    signatureVersions_.erase(channelArn);
  }
}

bool WebhookDispatcher::removeSubscription(const std::string& subscriptionArn) {
  std::lock_guard lock(mutex_);
  return std::erase_if(subscriptions_, [&](const Subscription& s) {
           const bool removed = !subscriptionArn.empty() && s.subscriptionArn == subscriptionArn;
           if (removed) batches_.drop(s.serial);
           return removed;
         }) > 0;
}

// The message as this subscription gets it: SigningCertURL and UnsubscribeURL on smsim, the
// topic's signature version.
Notification WebhookDispatcher::withSmsimUrls(const Subscription& subscription,
                                              Notification notification) const {
  if (!subscription.baseUrl.empty()) {
    if (notification.signingCertUrl.empty()) {
      notification.signingCertUrl =
          subscription.baseUrl + std::string(api_path::kSnsSigningCertificate);
    }
    if (notification.unsubscribeUrl.empty() && !subscription.subscriptionArn.empty()) {
      notification.unsubscribeUrl =
          sns::unsubscribeUrl(subscription.baseUrl, subscription.subscriptionArn);
    }
  }
  const auto version = signatureVersions_.find(subscription.channelArn);
  if (version != signatureVersions_.end()) notification.signatureVersion = version->second;
  return notification;
}

Subscription* WebhookDispatcher::findLocked(const std::string& subscriptionArn) {
  if (subscriptionArn.empty()) return nullptr;
  const auto it =
      std::find_if(subscriptions_.begin(), subscriptions_.end(),
                   [&](const Subscription& s) { return s.subscriptionArn == subscriptionArn; });
  return it == subscriptions_.end() ? nullptr : &*it;
}

std::string WebhookDispatcher::queueFor(const Subscription& subscription,
                                        const Notification& notification,
                                        const std::string& inboundMessageId, Reclaimed& reclaimed) {
  DeliveryRecord record;
  record.deliveryId = services::newUuid();
  record.inboundMessageId = inboundMessageId;
  record.subscription = subscription;
  record.createdAt = notification.timestamp;
  queueDelivery(record, withSmsimUrls(subscription, notification), reclaimed);
  auto id = record.deliveryId;
  history_.add(std::move(record));
  return id;
}

DeliveryReport WebhookDispatcher::deliveries() const {
  std::lock_guard lock(mutex_);
  auto report = history_.report();
  report.held = batches_.heldRecords();
  return report;
}

void WebhookDispatcher::reset() {
  Reclaimed reclaimed;  // destroyed after the lock is released
  std::lock_guard lock(mutex_);
  ++generation_;
  subscriptions_.clear();
  batches_.clear();
  signatureVersions_.clear();
  history_.clear();
  for (auto& [origin, lane] : lanes_) lane->clear();
  takeIdleLanes(reclaimed);
}

// Hands the delivery to its endpoint's lane, or records on `record` why it will never be tried.
void WebhookDispatcher::queueDelivery(DeliveryRecord& record, const Notification& notification,
                                      Reclaimed& reclaimed) {
  const auto& target = record.subscription.target;
  if (!target.url) {
    record.status = delivery_status::kFailed;
    record.lastError = target.error;
    return;
  }
  HttpPost post;
  try {
    post = renderNotification(record.subscription.format, notification);
  } catch (const std::exception& error) {
    record.status = delivery_status::kFailed;
    record.lastError = std::string("the notification could not be formatted: ") + error.what();
    logDeliveryFailure(record.deliveryId, record.lastError);
    return;
  } catch (...) {
    record.status = delivery_status::kFailed;
    record.lastError = "the notification could not be formatted: an exception of unknown type";
    logDeliveryFailure(record.deliveryId, record.lastError);
    return;
  }
  const std::string origin = target.url->origin();
  std::string whyNot;
  DeliveryLane* lane = laneFor(origin, reclaimed, whyNot);
  QueuedDelivery delivery{record.deliveryId, *target.url, std::move(post),
                          generation_,       0,           std::chrono::steady_clock::now()};
  if (lane != nullptr && !lane->enqueue(std::move(delivery))) {
    whyNot = "the delivery queue of " + origin + " is full (" +
             std::to_string(policy_.queueCapacity) +
             " deliveries waiting or in flight): the endpoint is slower than messages arrive";
  }
  if (!whyNot.empty()) {
    record.status = delivery_status::kDropped;
    record.lastError = std::move(whyNot);
  }
}

// The origin's lane, started if need be; nullptr with `whyNot` filled when there can be none.
DeliveryLane* WebhookDispatcher::laneFor(const std::string& origin, Reclaimed& reclaimed,
                                         std::string& whyNot) {
  if (const auto found = lanes_.find(origin); found != lanes_.end()) return found->second.get();
  takeIdleLanes(reclaimed);
  if (lanes_.size() >= policy_.maxEndpoints) {
    whyNot = "deliveries are in progress to " + std::to_string(lanes_.size()) +
             " endpoints already, the most smsim serves at once";
    return nullptr;
  }
  try {
    auto lane = std::make_unique<DeliveryLane>(
        policy_.queueCapacity,
        [this](const QueuedDelivery& delivery) {
          return send_(delivery.url, delivery.post, policy_);
        },
        [this](const QueuedDelivery& delivery, const AttemptResult& result) {
          return settle(delivery, result);
        },
        [](const QueuedDelivery& delivery, const std::string& failure) {
          logDeliveryFailure(delivery.deliveryId, failure);
        });
    return lanes_.emplace(origin, std::move(lane)).first->second.get();
  } catch (const std::system_error& error) {
    whyNot = std::string("could not start a delivery worker: ") + error.what();
    return nullptr;
  }
}

// Moves the lanes with nothing queued or in flight to `reclaimed`. Nothing can be queued to them
// afterwards: only the dispatcher enqueues, under the lock held here.
void WebhookDispatcher::takeIdleLanes(Reclaimed& reclaimed) {
  for (auto it = lanes_.begin(); it != lanes_.end();) {
    if (it->second->idle()) {
      reclaimed.push_back(std::move(it->second));
      it = lanes_.erase(it);
    } else {
      ++it;
    }
  }
}

// Records an attempt's result; answers when to try again, or nullopt when the delivery is done.
std::optional<SteadyTime> WebhookDispatcher::settle(const QueuedDelivery& delivery,
                                                    const AttemptResult& result) {
  std::lock_guard lock(mutex_);
  if (delivery.generation != generation_) return std::nullopt;  // reset() since it was queued
  const bool succeeded = result.error.empty();
  const bool retry = !succeeded && delivery.attempts < policy_.maxAttempts;
  // The record may have been evicted from the history; the delivery goes on regardless.
  if (auto* record = history_.find(delivery.deliveryId)) {
    record->attempts = delivery.attempts;
    record->lastHttpStatus = result.httpStatus;
    record->lastError = result.error;
    if (succeeded) record->status = delivery_status::kDelivered;
    if (!succeeded && !retry) record->status = delivery_status::kFailed;
  }
  if (!retry) return std::nullopt;
  return retryTime(delivery.attempts);
}

SteadyTime WebhookDispatcher::retryTime(int attemptsMade) const {
  const int doublings = std::clamp(attemptsMade - 1, 0, kMaxBackOffDoublings);
  return std::chrono::steady_clock::now() + policy_.firstRetryDelay * (1 << doublings);
}

}  // namespace smsim::delivery
