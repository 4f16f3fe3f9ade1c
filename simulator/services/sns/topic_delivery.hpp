#pragma once
// How SNS's topics reach their HTTP subscribers, seen from the services: the server implements it
// with the webhook dispatcher (a topic's http(s) subscribers are the dispatcher's subscriptions on
// the topic's ARN), so the services stay free of HTTP and of the delivery layer.
#include <map>
#include <string>

namespace smsim::sns {

// One message for one subscriber, in SNS's envelope terms.
struct TopicMessage {
  std::string type;  // "Notification" or "SubscriptionConfirmation"
  std::string topicArn;
  std::string messageId;
  std::string message;
  std::string subject;
  std::string token;           // SubscriptionConfirmation
  std::string subscribeUrl;    // SubscriptionConfirmation
  std::string unsubscribeUrl;  // Notification
  double timestamp = 0;
  // name -> {type, value}, as SNS's envelope carries message attributes.
  std::map<std::string, std::pair<std::string, std::string>> attributes;
};

// A new http(s) subscriber of a topic, pending until confirmed.
struct HttpSubscriber {
  std::string subscriptionArn;
  std::string topicArn;
  std::string endpoint;
  std::string baseUrl;  // smsim as the subscriber reaches it: SigningCertURL, UnsubscribeURL
  std::string filterPolicy;
  std::string filterPolicyScope;  // empty: MessageAttributes
  bool rawMessageDelivery = false;
};

class TopicDelivery {
 public:
  virtual ~TopicDelivery() = default;
  virtual void addSubscriber(const HttpSubscriber& subscriber) = 0;
  virtual void confirm(const std::string& subscriptionArn) = 0;
  virtual void setRawMessageDelivery(const std::string& subscriptionArn, bool raw) = 0;
  virtual void setFilterPolicy(const std::string& subscriptionArn, const std::string& policy,
                               const std::string& scope) = 0;
  // The topic's SignatureVersion (1 or 2), for every message to its subscribers.
  virtual void setSignatureVersion(const std::string& topicArn, int version) = 0;
  virtual void removeSubscriber(const std::string& subscriptionArn) = 0;
  // Queues `message` to the subscriber; never blocks on I/O.
  virtual void deliver(const std::string& subscriptionArn, const TopicMessage& message) = 0;
};

}  // namespace smsim::sns
