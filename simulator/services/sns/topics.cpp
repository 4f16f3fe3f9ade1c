// CreateTopic, DeleteTopic, ListTopics, Get/SetTopicAttributes and topic tags
// (https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html and the pages beside it).
#include <array>

#include "services/common/page_token.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sns_error.hpp"
#include "services/sns/topic_arn.hpp"

namespace smsim::sns {

namespace {

// AWS's quotas: 100,000 topics an account, 50 tags a resource
// (https://docs.aws.amazon.com/general/latest/gr/sns.html); they also bound smsim's memory.
constexpr std::size_t kMaxTopics = 100000;
constexpr std::size_t kMaxTags = 50;
constexpr std::size_t kMaxTopicNameLength = 256;
constexpr std::size_t kTopicPageSize = 100;

constexpr std::array<std::string_view, 14> kTopicAttributeNames = {"DeliveryPolicy",
                                                                   "DisplayName",
                                                                   "Policy",
                                                                   "TracingConfig",
                                                                   "KmsMasterKeyId",
                                                                   "SignatureVersion",
                                                                   "FifoTopic",
                                                                   "ContentBasedDeduplication",
                                                                   "ArchivePolicy",
                                                                   "DataProtectionPolicy",
                                                                   "HTTPSuccessFeedbackRoleArn",
                                                                   "HTTPFailureFeedbackRoleArn",
                                                                   "HTTPSuccessFeedbackSampleRate",
                                                                   "FifoThroughputScope"};

bool isNameCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

bool isTopicAttribute(std::string_view name) {
  for (const auto known : kTopicAttributeNames) {
    if (known == name) return true;
  }
  return false;
}

// 1-256 letters, digits, '_' and '-'; a FIFO topic's name ends in ".fifo".
bool isTopicName(std::string_view name) {
  if (name.ends_with(".fifo")) name.remove_suffix(5);
  if (name.empty() || name.size() > kMaxTopicNameLength) return false;
  for (const char c : name) {
    if (!isNameCharacter(c)) return false;
  }
  return true;
}

void checkTopicAttribute(const std::string& name, const std::string& value) {
  if (!isTopicAttribute(name)) throw SnsError::invalidParameter("AttributeName");
  if (name == "SignatureVersion" && value != "1" && value != "2") {
    throw SnsError::invalidParameter("Attributes Reason: SignatureVersion: Invalid value [" +
                                     value + "]. Should be one of [1, 2]");
  }
}

void addTags(state::AccountState& account, const std::string& arn, const Tags& tags) {
  auto merged = account.tagsByArn[arn];
  for (const auto& [key, value] : tags) merged.insert_or_assign(key, value);
  if (merged.size() > kMaxTags) {
    throw SnsError(error_code::kTagLimitExceeded,
                   "Could not complete request: tag quota of per resource exceeded");
  }
  account.tagsByArn[arn] = std::move(merged);
}

int signatureVersionOf(const SnsAttributes& attributes) {
  const auto it = attributes.find("SignatureVersion");
  return it != attributes.end() && it->second == "2" ? 2 : 1;
}

// Creating a topic that exists answers its ARN when the request asks for nothing different; other
// attributes or tags are refused with the texts SNS answers (seen in MassTransit#3720 and
// LocalStack#3928).
void checkSameTopic(const state::AccountState& account, const state::SnsTopic& topic,
                    const CreateTopicRequest& request) {
  for (const auto& [name, value] : request.attributes) {
    const auto it = topic.attributes.find(name);
    const bool same = it != topic.attributes.end() ? it->second == value
                                                   : name == "FifoTopic" && value == "false";
    if (!same) {
      throw SnsError::invalidParameter(
          "Attributes Reason: Topic already exists with different attributes");
    }
  }
  if (request.tags.empty()) return;
  const auto tags = account.tagsByArn.find(topic.arn);
  if (tags == account.tagsByArn.end() || tags->second != request.tags) {
    throw SnsError::invalidParameter("Tags Reason: Topic already exists with different tags");
  }
}

// The topic an ARN names, for the tag actions, whose "no such topic" is ResourceNotFound.
state::SnsTopic& taggedTopic(CallContext& call, state::AccountState& account,
                             const std::string& arn, const char* action) {
  try {
    return findTopic(account, call.scope, arn, "ResourceArn", action);
  } catch (const SnsError& error) {
    if (error.code() != error_code::kNotFound) throw;
    throw SnsError(error_code::kResourceNotFound, "Resource does not exist");
  }
}

Page pageOf(const std::map<std::string, state::SnsTopic>& topics, const std::string& context,
            const std::optional<std::string>& nextToken) {
  std::optional<std::string> after;
  if (nextToken) {
    after = services::decodePageToken(context, *nextToken);
    if (!after) throw SnsError::invalidParameter("NextToken");
  }
  Page page;
  auto it = after ? topics.upper_bound(*after) : topics.begin();
  for (; it != topics.end() && page.items.size() < kTopicPageSize; ++it) {
    page.items.push_back(it->first);
  }
  if (it != topics.end()) page.nextToken = services::encodePageToken(context, page.items.back());
  return page;
}

}  // namespace

std::string createTopic(CallContext& call, const CreateTopicRequest& request) {
  if (!isTopicName(request.name)) throw SnsError::invalidParameter("Topic Name");
  const bool fifoName = request.name.ends_with(".fifo");
  const auto fifo = request.attributes.find("FifoTopic");
  if (fifoName != (fifo != request.attributes.end() && fifo->second == "true")) {
    throw SnsError::invalidParameter(
        "Topic Name Reason: a FIFO topic's name ends in .fifo and it sets FifoTopic to true");
  }
  for (const auto& [name, value] : request.attributes) checkTopicAttribute(name, value);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto arn = topicArn(call.scope, request.name);
    auto& topics = account.sns.topics;
    if (const auto existing = topics.find(arn); existing != topics.end()) {
      checkSameTopic(account, existing->second, request);  // CreateTopic is idempotent
      return arn;
    }
    if (topics.size() >= kMaxTopics) {
      throw SnsError(error_code::kTopicLimitExceeded, "Topic limit exceeded");
    }
    addTags(account, arn, request.tags);
    topics[arn] = {arn, request.name, request.attributes};
    if (call.delivery != nullptr) {
      call.delivery->setSignatureVersion(arn, signatureVersionOf(request.attributes));
    }
    return arn;
  });
}

void deleteTopic(CallContext& call, const std::string& arn) {
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    try {
      findTopic(account, call.scope, arn, "TopicArn", "DeleteTopic");
    } catch (const SnsError& error) {
      if (error.code() == error_code::kNotFound) return;  // deleting twice is no error
      throw;
    }
    auto& subscriptions = account.sns.subscriptions;
    for (auto it = subscriptions.begin(); it != subscriptions.end();) {
      if (it->second.topicArn != arn) {
        ++it;
        continue;
      }
      if (call.delivery != nullptr) call.delivery->removeSubscriber(it->first);
      it = subscriptions.erase(it);
    }
    account.tagsByArn.erase(arn);
    account.sns.topics.erase(arn);
    if (call.delivery != nullptr) call.delivery->setSignatureVersion(arn, 1);
  });
}

Page listTopics(CallContext& call, const std::optional<std::string>& nextToken) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return pageOf(account.sns.topics, "sns:ListTopics:" + call.scope.accountId, nextToken);
  });
}

SnsAttributes getTopicAttributes(CallContext& call, const std::string& arn) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto& topic = findTopic(account, call.scope, arn, "TopicArn", "GetTopicAttributes");
    int confirmed = 0;
    int pending = 0;
    for (const auto& [subscriptionArn, subscription] : account.sns.subscriptions) {
      if (subscription.topicArn == arn) ++(subscription.confirmed ? confirmed : pending);
    }
    SnsAttributes attributes = {
        {"TopicArn", arn},
        {"Owner", call.scope.accountId},
        {"DisplayName", ""},
        {"SubscriptionsConfirmed", std::to_string(confirmed)},
        {"SubscriptionsPending", std::to_string(pending)},
        {"SubscriptionsDeleted", "0"},
        {"EffectiveDeliveryPolicy",
         R"({"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":20,"maxDelayTarget":20,)"
         R"("numRetries":3,"numMaxDelayRetries":0,"numNoDelayRetries":0,"numMinDelayRetries":0,)"
         R"("backoffFunction":"linear"},"disableSubscriptionOverrides":false}})"}};
    for (const auto& [name, value] : topic.attributes) attributes.insert_or_assign(name, value);
    return attributes;
  });
}

void setTopicAttribute(CallContext& call, const std::string& arn, const std::string& name,
                       const std::string& value) {
  checkTopicAttribute(name, value);
  if (name == "FifoTopic") throw SnsError::invalidParameter("AttributeName");  // create-time only
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& topic = findTopic(account, call.scope, arn, "TopicArn", "SetTopicAttributes");
    topic.attributes.insert_or_assign(name, value);
    if (name == "SignatureVersion" && call.delivery != nullptr) {
      call.delivery->setSignatureVersion(arn, signatureVersionOf(topic.attributes));
    }
  });
}

void tagResource(CallContext& call, const std::string& arn, const Tags& tags) {
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    taggedTopic(call, account, arn, "TagResource");
    addTags(account, arn, tags);
  });
}

void untagResource(CallContext& call, const std::string& arn,
                   const std::vector<std::string>& keys) {
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    taggedTopic(call, account, arn, "UntagResource");
    auto& tags = account.tagsByArn[arn];
    for (const auto& key : keys) tags.erase(key);
  });
}

Tags listTagsForResource(CallContext& call, const std::string& arn) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    taggedTopic(call, account, arn, "ListTagsForResource");
    const auto it = account.tagsByArn.find(arn);
    return it == account.tagsByArn.end() ? Tags() : Tags(it->second);
  });
}

}  // namespace smsim::sns
