// Subscribe, ConfirmSubscription, Unsubscribe, ListSubscriptions(ByTopic) and subscription
// attributes (https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html and the pages beside
// it). An http(s) subscription is pending until its token comes back, through ConfirmSubscription
// or the SubscribeURL of the SubscriptionConfirmation it was sent; an sms one is confirmed at once.
#include <array>
#include <span>

#include "common/phone_number.hpp"
#include "services/common/ids.hpp"
#include "services/common/page_token.hpp"
#include "services/sns/filter_policy.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sns_error.hpp"
#include "services/sns/sns_urls.hpp"
#include "services/sns/topic_arn.hpp"

namespace smsim::sns {

namespace {

// AWS allows 12,500,000 subscriptions a topic; smsim bounds an account's to keep memory bounded.
constexpr std::size_t kMaxSubscriptions = 100000;
constexpr std::size_t kSubscriptionPageSize = 100;
constexpr const char* kPendingArn = "pending confirmation";
constexpr const char* kPendingListed = "PendingConfirmation";

constexpr std::array<std::string_view, 7> kSubscriptionAttributeNames = {
    "RawMessageDelivery", "FilterPolicy",        "FilterPolicyScope", "DeliveryPolicy",
    "RedrivePolicy",      "SubscriptionRoleArn", "ReplayPolicy"};
constexpr std::array<std::string_view, 7> kOtherProtocols = {
    "email", "email-json", "sqs", "application", "lambda", "firehose", "mms"};

bool isOneOf(std::string_view name, std::span<const std::string_view> names) {
  for (const auto known : names) {
    if (known == name) return true;
  }
  return false;
}

FilterScope scopeOf(const SnsAttributes& attributes) {
  const auto it = attributes.find("FilterPolicyScope");
  return it != attributes.end() && it->second == kMessageBodyScope ? FilterScope::Body
                                                                   : FilterScope::Attributes;
}

std::string attributeOr(const SnsAttributes& attributes, const char* name) {
  const auto it = attributes.find(name);
  return it == attributes.end() ? std::string() : it->second;
}

// Checks a subscription's attributes as they would be after a change (the filter policy is read
// in the scope it would have).
void checkSubscriptionAttributes(const SnsAttributes& attributes) {
  for (const auto& [name, value] : attributes) {
    if (!isOneOf(name, kSubscriptionAttributeNames)) {
      throw SnsError::invalidParameter("AttributeName");
    }
    if (name == "RawMessageDelivery" && value != "true" && value != "false") {
      throw SnsError::invalidParameter("Attributes Reason: RawMessageDelivery: Invalid value [" +
                                       value + "]. Must be true or false.");
    }
    if (name == "FilterPolicyScope" && value != kMessageAttributesScope &&
        value != kMessageBodyScope) {
      throw SnsError::invalidParameter("Attributes Reason: FilterPolicyScope: Invalid value [" +
                                       value + "]. Please use either MessageBody or " +
                                       "MessageAttributes");
    }
  }
  if (auto error =
          filterPolicyError(attributeOr(attributes, "FilterPolicy"), scopeOf(attributes))) {
    throw SnsError::invalidParameter(*error);
  }
}

void checkEndpoint(const std::string& protocol, const std::string& endpoint) {
  if (protocol == "sms") {
    if (!isE164(endpoint)) throw SnsError::invalidParameter("Invalid SMS endpoint: " + endpoint);
    return;
  }
  if (!endpoint.starts_with(protocol + "://") || endpoint.size() == protocol.size() + 3) {
    throw SnsError::invalidParameter(
        "Invalid parameter: Endpoint must match the specified protocol");
  }
}

void checkProtocol(const std::string& protocol) {
  if (protocol == "http" || protocol == "https" || protocol == "sms") return;
  if (isOneOf(protocol, kOtherProtocols)) {
    throw SnsError(
        error_code::kNotImplemented,
        "smsim emulates http, https and sms subscriptions; " + protocol + " is not emulated yet.");
  }
  throw SnsError::invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
}

std::string newToken() { return services::newCompactId() + services::newCompactId(); }

bool isRaw(const state::SnsSubscription& subscription) {
  const auto it = subscription.attributes.find("RawMessageDelivery");
  return it != subscription.attributes.end() && it->second == "true";
}

// Sends the SubscriptionConfirmation an http(s) subscriber answers by visiting SubscribeURL.
void sendConfirmation(CallContext& call, const state::SnsSubscription& subscription) {
  if (call.delivery == nullptr) return;
  TopicMessage message;
  message.type = "SubscriptionConfirmation";
  message.topicArn = subscription.topicArn;
  message.messageId = services::newUuid();
  message.token = subscription.token;
  message.message = "You have chosen to subscribe to the topic " + subscription.topicArn +
                    ".\nTo confirm the subscription, visit the SubscribeURL included in this "
                    "message.";
  message.subscribeUrl = subscribeUrl(call.baseUrl, subscription.topicArn, subscription.token);
  message.timestamp = call.clock.nowEpochSeconds();
  call.delivery->deliver(subscription.arn, message);
}

SubscriptionSummary summaryOf(const state::SnsSubscription& subscription) {
  return {subscription.confirmed ? subscription.arn : kPendingListed, subscription.owner,
          subscription.protocol, subscription.endpoint, subscription.topicArn};
}

SubscriptionPage pageOf(const state::AccountState& account, const std::string& context,
                        const std::optional<std::string>& nextToken, const std::string& topicArn) {
  std::optional<std::string> after;
  if (nextToken) {
    after = services::decodePageToken(context, *nextToken);
    if (!after) throw SnsError::invalidParameter("NextToken");
  }
  const auto& subscriptions = account.sns.subscriptions;
  SubscriptionPage page;
  auto it = after ? subscriptions.upper_bound(*after) : subscriptions.begin();
  std::string last;
  for (; it != subscriptions.end() && page.subscriptions.size() < kSubscriptionPageSize; ++it) {
    if (!topicArn.empty() && it->second.topicArn != topicArn) continue;
    page.subscriptions.push_back(summaryOf(it->second));
    last = it->first;
  }
  if (it != subscriptions.end() && !last.empty()) {
    page.nextToken = services::encodePageToken(context, last);
  }
  return page;
}

enum class Caller { Anyone, Owner };

// The subscription an ARN names in the account that ARN names: Unsubscribe's URL is a plain GET
// anyone holding it may call; the attribute actions are the owner's.
template <typename Action>
auto withSubscription(CallContext& call, const std::string& arn, Caller caller, Action&& action) {
  const auto scope = scopeOfArn(arn);
  if (!scope) throw SnsError::invalidParameter("SubscriptionArn");
  if (caller == Caller::Owner && scope->accountId != call.scope.accountId) {
    throw SnsError(error_code::kAuthorizationError,
                   "User: arn:aws:iam::" + call.scope.accountId +
                       ":root is not authorized to access this subscription: " + arn);
  }
  return call.store.withAccount(*scope, [&](state::AccountState& account) {
    const auto it = account.sns.subscriptions.find(arn);
    if (it == account.sns.subscriptions.end()) {
      throw SnsError(error_code::kNotFound, "Subscription does not exist");
    }
    return action(account, it->second);
  });
}

}  // namespace

std::string subscribe(CallContext& call, const SubscribeRequest& request) {
  checkProtocol(request.protocol);
  checkEndpoint(request.protocol, request.endpoint);
  checkSubscriptionAttributes(request.attributes);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    findTopic(account, call.scope, request.topicArn, "TopicArn", "Subscribe");
    auto& subscriptions = account.sns.subscriptions;
    for (auto& [arn, existing] : subscriptions) {
      if (existing.topicArn != request.topicArn || existing.protocol != request.protocol ||
          existing.endpoint != request.endpoint) {
        continue;
      }
      for (const auto& [name, value] : request.attributes) {
        if (attributeOr(existing.attributes, name.c_str()) != value) {
          throw SnsError::invalidParameter(
              "Attributes Reason: Subscription already exists with different attributes");
        }
      }
      if (existing.confirmed || request.returnSubscriptionArn) return arn;
      sendConfirmation(call, existing);  // subscribing again sends the confirmation again
      return std::string(kPendingArn);
    }
    if (subscriptions.size() >= kMaxSubscriptions) {
      throw SnsError(error_code::kSubscriptionLimitExceeded, "Subscription limit exceeded");
    }
    state::SnsSubscription subscription{request.topicArn + ":" + services::newUuid(),
                                        request.topicArn,
                                        request.protocol,
                                        request.endpoint,
                                        call.scope.accountId,
                                        "",
                                        request.protocol == "sms",
                                        request.attributes};
    if (!subscription.confirmed) {
      subscription.token = newToken();
      if (call.delivery != nullptr) {
        call.delivery->addSubscriber(
            {subscription.arn, subscription.topicArn, subscription.endpoint, call.baseUrl,
             attributeOr(subscription.attributes, "FilterPolicy"),
             attributeOr(subscription.attributes, "FilterPolicyScope"), isRaw(subscription)});
      }
      sendConfirmation(call, subscription);
    }
    const auto arn = subscription.arn;
    const bool confirmed = subscription.confirmed;
    subscriptions.emplace(arn, std::move(subscription));
    return confirmed || request.returnSubscriptionArn ? arn : std::string(kPendingArn);
  });
}

std::string confirmSubscription(CallContext& call, const std::string& topicArn,
                                const std::string& token) {
  // Anyone holding the token may confirm, as the SubscribeURL is a plain GET: the topic's account
  // is the one its ARN names.
  auto scope = scopeOfArn(topicArn);
  if (!scope) throw SnsError::invalidParameter("TopicArn");
  return call.store.withAccount(*scope, [&](state::AccountState& account) {
    findTopic(account, *scope, topicArn, "TopicArn", "ConfirmSubscription");
    for (auto& [arn, subscription] : account.sns.subscriptions) {
      if (subscription.topicArn != topicArn || subscription.token != token || token.empty()) {
        continue;
      }
      if (!subscription.confirmed && call.delivery != nullptr) call.delivery->confirm(arn);
      subscription.confirmed = true;
      return arn;
    }
    throw SnsError::invalidParameter("Token");
  });
}

void unsubscribe(CallContext& call, const std::string& arn) {
  withSubscription(call, arn, Caller::Anyone,
                   [&](state::AccountState& account, state::SnsSubscription&) {
                     if (call.delivery != nullptr) call.delivery->removeSubscriber(arn);
                     account.sns.subscriptions.erase(arn);
                     return 0;
                   });
}

SubscriptionPage listSubscriptions(CallContext& call, const std::optional<std::string>& nextToken) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return pageOf(account, "sns:ListSubscriptions:" + call.scope.accountId, nextToken, "");
  });
}

SubscriptionPage listSubscriptionsByTopic(CallContext& call, const std::string& topicArn,
                                          const std::optional<std::string>& nextToken) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    findTopic(account, call.scope, topicArn, "TopicArn", "ListSubscriptionsByTopic");
    return pageOf(account, "sns:ListSubscriptionsByTopic:" + topicArn, nextToken, topicArn);
  });
}

SnsAttributes getSubscriptionAttributes(CallContext& call, const std::string& arn) {
  return withSubscription(call, arn, Caller::Owner,
                          [&](state::AccountState&, state::SnsSubscription& s) {
                            SnsAttributes attributes = {
                                {"SubscriptionArn", s.arn},
                                {"TopicArn", s.topicArn},
                                {"Owner", s.owner},
                                {"Protocol", s.protocol},
                                {"Endpoint", s.endpoint},
                                {"ConfirmationWasAuthenticated", s.confirmed ? "true" : "false"},
                                {"PendingConfirmation", s.confirmed ? "false" : "true"},
                                {"RawMessageDelivery", "false"},
                                {"SubscriptionPrincipal", "arn:aws:iam::" + s.owner + ":root"}};
                            for (const auto& [name, value] : s.attributes)
                              attributes.insert_or_assign(name, value);
                            return attributes;
                          });
}

void setSubscriptionAttribute(CallContext& call, const std::string& arn, const std::string& name,
                              const std::string& value) {
  withSubscription(call, arn, Caller::Owner, [&](state::AccountState&, state::SnsSubscription& s) {
    auto attributes = s.attributes;
    attributes.insert_or_assign(name, value);
    checkSubscriptionAttributes(attributes);
    s.attributes = std::move(attributes);
    if (s.protocol == "sms" || call.delivery == nullptr) return 0;
    if (name == "RawMessageDelivery") call.delivery->setRawMessageDelivery(arn, value == "true");
    if (name == "FilterPolicy" || name == "FilterPolicyScope") {
      call.delivery->setFilterPolicy(arn, attributeOr(s.attributes, "FilterPolicy"),
                                     attributeOr(s.attributes, "FilterPolicyScope"));
    }
    return 0;
  });
}

}  // namespace smsim::sns
