// Publish and PublishBatch to a topic (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html,
// API_PublishBatch.html): every confirmed subscription whose filter policy passes gets the message
// (http/https through the topic delivery, sms into the outbox, honouring opt-outs); a pending one
// gets nothing.
#include <nlohmann/json.hpp>
#include <set>

#include "common/utf8.hpp"
#include "services/common/ids.hpp"
#include "services/sns/filter_policy.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sms_sender.hpp"
#include "services/sns/sns_error.hpp"
#include "services/sns/sns_urls.hpp"
#include "services/sns/topic_arn.hpp"

namespace smsim::sns {

namespace {

constexpr std::size_t kMaxMessageBytes = 256 * 1024;
constexpr std::size_t kMaxSubjectLength = 100;
constexpr std::size_t kMaxBatchEntries = 10;
constexpr std::size_t kMaxBatchIdLength = 80;

// The message each protocol gets: Message itself, or with MessageStructure=json its "default"
// and any protocol's own ("http", "https", "sms").
class ProtocolMessages {
 public:
  explicit ProtocolMessages(const TopicMessageRequest& request) {
    if (request.messageStructure.empty()) {
      default_ = request.message;
      return;
    }
    if (request.messageStructure != "json") {
      throw SnsError::invalidParameter("MessageStructure");
    }
    const auto parsed = nlohmann::json::parse(request.message, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      throw SnsError::invalidParameter("Message Structure - JSON message body failed to parse");
    }
    const auto fallback = parsed.find("default");
    if (fallback == parsed.end() || !fallback->is_string()) {
      throw SnsError::invalidParameter("Message Structure - No default entry in JSON message body");
    }
    default_ = fallback->get<std::string>();
    for (const auto& [protocol, text] : parsed.items()) {
      if (text.is_string()) byProtocol_[protocol] = text.get<std::string>();
    }
  }
  const std::string& forProtocol(const std::string& protocol) const {
    const auto it = byProtocol_.find(protocol);
    return it == byProtocol_.end() ? default_ : it->second;
  }

 private:
  std::string default_;
  std::map<std::string, std::string> byProtocol_;
};

void checkMessage(const TopicMessageRequest& request) {
  if (request.message.empty()) throw SnsError::invalidParameter("Empty message");
  if (request.message.size() > kMaxMessageBytes) {
    throw SnsError::invalidParameter("Message too long");
  }
  if (request.subject.size() > kMaxSubjectLength ||
      request.subject.find('\n') != std::string::npos) {
    throw SnsError::invalidParameter("Subject");
  }
  for (const auto& [name, attribute] : request.messageAttributes) {
    const auto& type = attribute.dataType;
    if (!type.starts_with("String") && !type.starts_with("Number") && !type.starts_with("Binary")) {
      throw SnsError(error_code::kInvalidParameterValue,
                     "The message attribute '" + name +
                         "' has an invalid message attribute type, the set of supported type "
                         "prefixes is Binary, Number, and String.");
    }
    const bool binary = type.starts_with("Binary");
    if ((binary && !attribute.binaryValue) || (!binary && !attribute.stringValue)) {
      throw SnsError(error_code::kInvalidParameterValue,
                     "The message attribute '" + name +
                         "' must contain non-empty message attribute value for message attribute "
                         "type '" +
                         type + "'.");
    }
  }
}

std::string attributeOf(const state::SnsSubscription& subscription, const char* name) {
  const auto it = subscription.attributes.find(name);
  return it == subscription.attributes.end() ? std::string() : it->second;
}

TopicMessage envelopeOf(CallContext& call, const state::SnsSubscription& subscription,
                        const TopicMessageRequest& request, const std::string& message,
                        const std::string& messageId) {
  TopicMessage out;
  out.type = "Notification";
  out.topicArn = subscription.topicArn;
  out.messageId = messageId;
  out.message = message;
  out.subject = request.subject;
  out.unsubscribeUrl = unsubscribeUrl(call.baseUrl, subscription.arn);
  out.timestamp = call.clock.nowEpochSeconds();
  for (const auto& [name, attribute] : request.messageAttributes) {
    out.attributes[name] = {attribute.dataType,
                            attribute.stringValue.value_or(attribute.binaryValue.value_or(""))};
  }
  return out;
}

// Publishes one checked message to the topic's subscribers; its MessageId.
std::string publishLocked(CallContext& call, state::AccountState& account,
                          const std::string& topicArn, const TopicMessageRequest& request) {
  const ProtocolMessages messages(request);
  const auto messageId = services::newUuid();
  for (const auto& [arn, subscription] : account.sns.subscriptions) {
    if (subscription.topicArn != topicArn || !subscription.confirmed) continue;
    const auto& message = messages.forProtocol(subscription.protocol);
    if (!passesFilterPolicy(attributeOf(subscription, "FilterPolicy"),
                            attributeOf(subscription, "FilterPolicyScope"),
                            request.messageAttributes, message)) {
      continue;
    }
    if (subscription.protocol == "sms") {
      // An opted-out number is skipped: SNS sends a topic's SMS only to numbers that have not
      // opted out (https://docs.aws.amazon.com/sns/latest/dg/sms_manage.html).
      if (isOptedOut(account, subscription.endpoint)) continue;
      sendSmsLocked(call, account, {subscription.endpoint, message, request.messageAttributes});
    } else if (call.delivery != nullptr) {
      call.delivery->deliver(arn, envelopeOf(call, subscription, request, message, messageId));
    }
  }
  return messageId;
}

bool isBatchId(const std::string& id) {
  if (id.empty() || id.size() > kMaxBatchIdLength) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

std::string publishToTopic(CallContext& call, const std::string& topicArn,
                           const TopicMessageRequest& request) {
  checkMessage(request);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    findTopic(account, call.scope, topicArn, "TopicArn", "Publish");
    return publishLocked(call, account, topicArn, request);
  });
}

PublishBatchResult publishBatch(CallContext& call, const std::string& topicArn,
                                const std::vector<BatchEntry>& entries) {
  if (entries.empty()) {
    throw SnsError(error_code::kEmptyBatchRequest, "The batch request doesn't contain any entries");
  }
  if (entries.size() > kMaxBatchEntries) {
    throw SnsError(error_code::kTooManyEntriesInBatchRequest,
                   "The batch request contains more entries than permissible");
  }
  std::set<std::string> ids;
  for (const auto& entry : entries) {
    if (!isBatchId(entry.id)) {
      throw SnsError(error_code::kInvalidBatchEntryId,
                     "The Id of a batch entry in a batch request doesn't abide by the "
                     "specification");
    }
    if (!ids.insert(entry.id).second) {
      throw SnsError(error_code::kBatchEntryIdsNotDistinct,
                     "Two or more batch entries in the request have the same Id");
    }
  }
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    findTopic(account, call.scope, topicArn, "TopicArn", "Publish");
    PublishBatchResult result;
    for (const auto& entry : entries) {
      try {
        checkMessage(entry.request);
        result.successful.push_back(
            {entry.id, publishLocked(call, account, topicArn, entry.request)});
      } catch (const SnsError& error) {
        result.failed.push_back({entry.id, error.code(), error.what(), true});
      }
    }
    return result;
  });
}

}  // namespace smsim::sns

namespace smsim::sns {

std::size_t sendToSmsSubscribers(state::Store& store, const Clock& clock,
                                 const std::string& topicArn, const std::string& message) {
  const auto scope = scopeOfArn(topicArn);
  if (!scope) return 0;
  CallContext call{*scope, store, clock};
  return store.withAccount(*scope, [&](state::AccountState& account) {
    std::size_t sent = 0;
    if (!account.sns.topics.contains(topicArn)) return sent;
    for (const auto& [arn, subscription] : account.sns.subscriptions) {
      if (subscription.topicArn != topicArn || subscription.protocol != "sms" ||
          !passesFilterPolicy(attributeOf(subscription, "FilterPolicy"),
                              attributeOf(subscription, "FilterPolicyScope"), {}, message) ||
          isOptedOut(account, subscription.endpoint)) {
        continue;
      }
      sendSmsLocked(call, account, {subscription.endpoint, message, {}});
      ++sent;
    }
    return sent;
  });
}

}  // namespace smsim::sns
