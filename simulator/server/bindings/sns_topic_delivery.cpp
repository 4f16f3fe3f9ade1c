// SNS topics' http(s) subscribers kept as the webhook dispatcher's subscriptions.
#include "server/bindings/sns_topic_delivery.hpp"

namespace smsim::server {

namespace {

const char* formatOf(bool raw) { return raw ? delivery::format::kRaw : delivery::format::kSnsHttp; }

}  // namespace

void SnsTopicDelivery::addSubscriber(const sns::HttpSubscriber& subscriber) {
  delivery::Subscription subscription;
  subscription.channelArn = subscriber.topicArn;
  subscription.endpoint = subscriber.endpoint;
  subscription.format = formatOf(subscriber.rawMessageDelivery);
  subscription.subscriptionArn = subscriber.subscriptionArn;
  subscription.confirmed = false;
  subscription.baseUrl = subscriber.baseUrl;
  subscription.filterPolicy = subscriber.filterPolicy;
  subscription.filterPolicyScope = subscriber.filterPolicyScope;
  dispatcher_.subscribe(std::move(subscription));
}

void SnsTopicDelivery::confirm(const std::string& subscriptionArn) {
  dispatcher_.confirm(subscriptionArn);
}

void SnsTopicDelivery::setRawMessageDelivery(const std::string& subscriptionArn, bool raw) {
  dispatcher_.setFormat(subscriptionArn, formatOf(raw));
}

void SnsTopicDelivery::setFilterPolicy(const std::string& subscriptionArn,
                                       const std::string& policy, const std::string& scope) {
  dispatcher_.setFilterPolicy(subscriptionArn, policy, scope);
}

void SnsTopicDelivery::setSignatureVersion(const std::string& topicArn, int version) {
  dispatcher_.setSignatureVersion(topicArn, version);
}

void SnsTopicDelivery::removeSubscriber(const std::string& subscriptionArn) {
  dispatcher_.removeSubscription(subscriptionArn);
}

void SnsTopicDelivery::deliver(const std::string& subscriptionArn,
                               const sns::TopicMessage& message) {
  delivery::Notification notification{message.topicArn, message.message, message.messageId,
                                      message.timestamp};
  notification.type = message.type;
  notification.subject = message.subject;
  notification.token = message.token;
  notification.subscribeUrl = message.subscribeUrl;
  notification.unsubscribeUrl = message.unsubscribeUrl;
  for (const auto& [name, typed] : message.attributes) {
    notification.messageAttributes[name] = {{"Type", typed.first}, {"Value", typed.second}};
  }
  dispatcher_.deliver(subscriptionArn, std::move(notification));
}

}  // namespace smsim::server
