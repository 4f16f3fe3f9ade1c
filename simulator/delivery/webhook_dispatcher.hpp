#pragma once
// Delivers two-way payloads to the HTTP endpoints subscribed to a channel, on its own thread with
// bounded retries and back-off, so a slow or dead endpoint never blocks or fails an injection.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "delivery/notification_formats.hpp"
#include "smsim/clock.hpp"

namespace smsim::delivery {

struct Subscription {
  std::string channelArn;
  std::string endpoint;  // http://host:port/path
  std::string format = format::kSnsHttp;
};
void to_json(nlohmann::json& out, const Subscription& subscription);

namespace delivery_status {
inline constexpr const char* kPending = "PENDING";
inline constexpr const char* kDelivered = "DELIVERED";
inline constexpr const char* kFailed = "FAILED";
}  // namespace delivery_status

struct DeliveryRecord {
  std::string deliveryId;
  std::string inboundMessageId;
  Subscription subscription;
  std::string status = delivery_status::kPending;
  int attempts = 0;
  int lastHttpStatus = 0;
  std::string lastError;
  double createdAt = 0;
};
void to_json(nlohmann::json& out, const DeliveryRecord& record);

struct DeliveryPolicy {
  int maxAttempts = 4;
  std::chrono::milliseconds firstRetryDelay{200};  // doubles after each failure
  std::chrono::milliseconds timeout{2000};
  std::size_t historyCapacity = 10000;
};

class WebhookDispatcher {
 public:
  WebhookDispatcher(const Clock& clock, DeliveryPolicy policy);
  ~WebhookDispatcher();
  WebhookDispatcher(const WebhookDispatcher&) = delete;
  WebhookDispatcher& operator=(const WebhookDispatcher&) = delete;

  void subscribe(Subscription subscription);
  // Removes the channel's subscriptions (all of them when `channelArn` is empty).
  std::size_t unsubscribe(const std::string& channelArn);
  std::vector<Subscription> subscriptions() const;

  // Queues one delivery per subscription of the channel; returns their ids. Never blocks on I/O.
  std::vector<std::string> publish(const std::string& channelArn, const std::string& payload,
                                   const std::string& inboundMessageId);
  std::vector<DeliveryRecord> deliveries() const;

  // Drops subscriptions, history and pending deliveries.
  void reset();

 private:
  struct Pending {
    std::string deliveryId;
    Notification notification;
    std::chrono::steady_clock::time_point due;
  };

  void run();
  void attempt(Pending pending, std::unique_lock<std::mutex>& lock);
  DeliveryRecord* findRecord(const std::string& deliveryId);

  const Clock& clock_;
  DeliveryPolicy policy_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::uint64_t generation_ = 0;  // bumped by reset(), so in-flight attempts are forgotten
  std::vector<Subscription> subscriptions_;
  std::deque<DeliveryRecord> history_;
  std::vector<Pending> pending_;
  std::thread worker_;
};

}  // namespace smsim::delivery
