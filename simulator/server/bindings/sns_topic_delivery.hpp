#pragma once
// SNS topics' http(s) subscribers as the webhook dispatcher's subscriptions on the topic's ARN:
// pending until confirmed, so the dispatcher's own publish() (two-way messages, delivery events
// published to a topic) reaches exactly the confirmed ones, as SNS would deliver them.
#include "delivery/webhook_dispatcher.hpp"
#include "services/sns/topic_delivery.hpp"

namespace smsim::server {

class SnsTopicDelivery final : public sns::TopicDelivery {
 public:
  explicit SnsTopicDelivery(delivery::WebhookDispatcher& dispatcher) : dispatcher_(dispatcher) {}

  void addSubscriber(const sns::HttpSubscriber& subscriber) override;
  void confirm(const std::string& subscriptionArn) override;
  void setRawMessageDelivery(const std::string& subscriptionArn, bool raw) override;
  void setFilterPolicy(const std::string& subscriptionArn, const std::string& policy,
                       const std::string& scope) override;
  void setSignatureVersion(const std::string& topicArn, int version) override;
  void removeSubscriber(const std::string& subscriptionArn) override;
  void deliver(const std::string& subscriptionArn, const sns::TopicMessage& message) override;

 private:
  delivery::WebhookDispatcher& dispatcher_;
};

}  // namespace smsim::server
