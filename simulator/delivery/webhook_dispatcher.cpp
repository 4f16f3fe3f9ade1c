#include "delivery/webhook_dispatcher.hpp"

#include <httplib.h>

#include <algorithm>

#include "services/common/ids.hpp"

namespace smsim::delivery {

namespace {

struct Endpoint {
  std::string origin;  // scheme://host:port
  std::string path;
};

Endpoint splitEndpoint(const std::string& url) {
  const auto schemeEnd = url.find("://");
  const auto pathStart = url.find('/', schemeEnd == std::string::npos ? 0 : schemeEnd + 3);
  if (pathStart == std::string::npos) return {url, "/"};
  return {url.substr(0, pathStart), url.substr(pathStart)};
}

}  // namespace

void to_json(nlohmann::json& out, const Subscription& subscription) {
  out = {{"channelArn", subscription.channelArn},
         {"endpoint", subscription.endpoint},
         {"format", subscription.format}};
}

void to_json(nlohmann::json& out, const DeliveryRecord& record) {
  out = {{"deliveryId", record.deliveryId},
         {"inboundMessageId", record.inboundMessageId},
         {"channelArn", record.subscription.channelArn},
         {"endpoint", record.subscription.endpoint},
         {"format", record.subscription.format},
         {"status", record.status},
         {"attempts", record.attempts},
         {"lastHttpStatus",
          record.lastHttpStatus == 0 ? nlohmann::json() : nlohmann::json(record.lastHttpStatus)},
         {"error", record.lastError.empty() ? nlohmann::json() : nlohmann::json(record.lastError)},
         {"createdAt", record.createdAt}};
}

WebhookDispatcher::WebhookDispatcher(const Clock& clock, DeliveryPolicy policy)
    : clock_(clock), policy_(policy), worker_([this] { run(); }) {}

WebhookDispatcher::~WebhookDispatcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void WebhookDispatcher::subscribe(Subscription subscription) {
  std::lock_guard lock(mutex_);
  subscriptions_.push_back(std::move(subscription));
}

std::size_t WebhookDispatcher::unsubscribe(const std::string& channelArn) {
  std::lock_guard lock(mutex_);
  return std::erase_if(subscriptions_, [&](const Subscription& s) {
    return channelArn.empty() || s.channelArn == channelArn;
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
  {
    std::lock_guard lock(mutex_);
    for (const auto& subscription : subscriptions_) {
      if (subscription.channelArn != channelArn) continue;
      DeliveryRecord record;
      record.deliveryId = services::newUuid();
      record.inboundMessageId = inboundMessageId;
      record.subscription = subscription;
      record.createdAt = clock_.nowEpochSeconds();
      if (history_.size() >= policy_.historyCapacity) history_.pop_front();
      history_.push_back(record);
      pending_.push_back({record.deliveryId,
                          {channelArn, payload, services::newUuid(), record.createdAt},
                          std::chrono::steady_clock::now()});
      ids.push_back(record.deliveryId);
    }
  }
  if (!ids.empty()) wake_.notify_all();
  return ids;
}

std::vector<DeliveryRecord> WebhookDispatcher::deliveries() const {
  std::lock_guard lock(mutex_);
  return {history_.begin(), history_.end()};
}

void WebhookDispatcher::reset() {
  std::lock_guard lock(mutex_);
  ++generation_;
  subscriptions_.clear();
  history_.clear();
  pending_.clear();
}

DeliveryRecord* WebhookDispatcher::findRecord(const std::string& deliveryId) {
  auto it = std::find_if(history_.begin(), history_.end(),
                         [&](const DeliveryRecord& r) { return r.deliveryId == deliveryId; });
  return it == history_.end() ? nullptr : &*it;
}

void WebhookDispatcher::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    if (pending_.empty()) {
      wake_.wait(lock);
      continue;
    }
    auto next = std::min_element(pending_.begin(), pending_.end(),
                                 [](const Pending& a, const Pending& b) { return a.due < b.due; });
    if (next->due > std::chrono::steady_clock::now()) {
      wake_.wait_until(lock, next->due);
      continue;
    }
    Pending due = std::move(*next);
    pending_.erase(next);
    attempt(std::move(due), lock);
  }
}

// Called with the lock held; releases it for the HTTP call.
void WebhookDispatcher::attempt(Pending pending, std::unique_lock<std::mutex>& lock) {
  auto* record = findRecord(pending.deliveryId);
  if (record == nullptr) return;  // dropped by reset() or the history cap
  const Subscription subscription = record->subscription;
  const std::uint64_t generation = generation_;
  lock.unlock();

  const auto post = renderNotification(subscription.format, pending.notification);
  const auto endpoint = splitEndpoint(subscription.endpoint);
  int httpStatus = 0;
  std::string error;
  {
    httplib::Client client(endpoint.origin);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(policy_.timeout);
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(policy_.timeout - seconds);
    client.set_connection_timeout(seconds.count(), micros.count());
    client.set_read_timeout(seconds.count(), micros.count());
    client.set_write_timeout(seconds.count(), micros.count());
    httplib::Headers headers(post.headers.begin(), post.headers.end());
    if (auto result =
            client.Post(endpoint.path.c_str(), headers, post.body, post.contentType.c_str())) {
      httpStatus = result->status;
      if (httpStatus < 200 || httpStatus >= 300) error = "HTTP " + std::to_string(httpStatus);
    } else {
      error = httplib::to_string(result.error());
    }
  }

  lock.lock();
  if (generation != generation_) return;
  record = findRecord(pending.deliveryId);
  if (record == nullptr) return;
  ++record->attempts;
  record->lastHttpStatus = httpStatus;
  record->lastError = error;
  if (error.empty()) {
    record->status = delivery_status::kDelivered;
  } else if (record->attempts >= policy_.maxAttempts) {
    record->status = delivery_status::kFailed;
  } else {
    pending.due =
        std::chrono::steady_clock::now() + policy_.firstRetryDelay * (1 << (record->attempts - 1));
    pending_.push_back(std::move(pending));
  }
}

}  // namespace smsim::delivery
