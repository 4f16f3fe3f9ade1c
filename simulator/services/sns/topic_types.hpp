#pragma once
// Typed requests and results of SNS's topic and subscription actions.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "services/sns/sms_types.hpp"
#include "state/sns_account_state.hpp"

namespace smsim::sns {

using state::SnsAttributes;
using Tags = std::map<std::string, std::string>;

struct CreateTopicRequest {
  std::string name;
  SnsAttributes attributes;
  Tags tags;
};

struct Page {
  std::vector<std::string> items;
  std::optional<std::string> nextToken;
};

struct SubscribeRequest {
  std::string topicArn;
  std::string protocol;
  std::string endpoint;
  SnsAttributes attributes;
  bool returnSubscriptionArn = false;
};

struct SubscriptionSummary {
  std::string subscriptionArn;  // "PendingConfirmation" until confirmed
  std::string owner;
  std::string protocol;
  std::string endpoint;
  std::string topicArn;
};
struct SubscriptionPage {
  std::vector<SubscriptionSummary> subscriptions;
  std::optional<std::string> nextToken;
};

struct TopicMessageRequest {
  std::string message;
  std::string subject;
  std::string messageStructure;  // "json": Message is {"default": ..., "<protocol>": ...}
  MessageAttributes messageAttributes;
};

struct BatchEntry {
  std::string id;
  TopicMessageRequest request;
};
struct BatchSuccess {
  std::string id;
  std::string messageId;
};
struct BatchFailure {
  std::string id;
  std::string code;
  std::string message;
  bool senderFault = true;
};
struct PublishBatchResult {
  std::vector<BatchSuccess> successful;
  std::vector<BatchFailure> failed;
};

struct SandboxNumber {
  std::string phoneNumber;
  std::string status;  // Pending, Verified
};
struct SandboxPage {
  std::vector<SandboxNumber> phoneNumbers;
  std::optional<std::string> nextToken;
};

}  // namespace smsim::sns
