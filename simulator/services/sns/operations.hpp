#pragma once
// The SNS actions smsim emulates, as typed functions; aws_query's operation table maps each
// action name to one of these.
#include "services/sns/call_context.hpp"
#include "services/sns/origination_types.hpp"
#include "services/sns/sms_types.hpp"
#include "services/sns/topic_types.hpp"

namespace smsim::sns {

// sms.cpp
PublishResult publishSms(CallContext& call, const PublishSmsRequest& request);
CheckIfPhoneNumberIsOptedOutResult checkIfPhoneNumberIsOptedOut(
    CallContext& call, const CheckIfPhoneNumberIsOptedOutRequest& request);
ListPhoneNumbersOptedOutResult listPhoneNumbersOptedOut(
    CallContext& call, const ListPhoneNumbersOptedOutRequest& request);
void optInPhoneNumber(CallContext& call, const OptInPhoneNumberRequest& request);

// sms_attributes.cpp
SmsAttributes getSmsAttributes(CallContext& call, const GetSmsAttributesRequest& request);
void setSmsAttributes(CallContext& call, const SetSmsAttributesRequest& request);

// origination_numbers.cpp
ListOriginationNumbersResult listOriginationNumbers(CallContext& call,
                                                    const ListOriginationNumbersRequest& request);
SmsSandboxAccountStatus getSmsSandboxAccountStatus(CallContext& call);

// sandbox.cpp
void createSmsSandboxPhoneNumber(CallContext& call, const std::string& number,
                                 const std::string& languageCode);
void verifySmsSandboxPhoneNumber(CallContext& call, const std::string& number,
                                 const std::string& password);
SandboxPage listSmsSandboxPhoneNumbers(CallContext& call,
                                       const std::optional<std::string>& nextToken,
                                       std::optional<int> maxResults);
void deleteSmsSandboxPhoneNumber(CallContext& call, const std::string& number);

// topics.cpp
std::string createTopic(CallContext& call, const CreateTopicRequest& request);
void deleteTopic(CallContext& call, const std::string& arn);
Page listTopics(CallContext& call, const std::optional<std::string>& nextToken);
SnsAttributes getTopicAttributes(CallContext& call, const std::string& arn);
void setTopicAttribute(CallContext& call, const std::string& arn, const std::string& name,
                       const std::string& value);
void tagResource(CallContext& call, const std::string& arn, const Tags& tags);
void untagResource(CallContext& call, const std::string& arn, const std::vector<std::string>& keys);
Tags listTagsForResource(CallContext& call, const std::string& arn);

// subscriptions.cpp; Subscribe answers "pending confirmation" for a pending http(s) subscription
// unless ReturnSubscriptionArn.
std::string subscribe(CallContext& call, const SubscribeRequest& request);
std::string confirmSubscription(CallContext& call, const std::string& topicArn,
                                const std::string& token);
void unsubscribe(CallContext& call, const std::string& arn);
SubscriptionPage listSubscriptions(CallContext& call, const std::optional<std::string>& nextToken);
SubscriptionPage listSubscriptionsByTopic(CallContext& call, const std::string& topicArn,
                                          const std::optional<std::string>& nextToken);
SnsAttributes getSubscriptionAttributes(CallContext& call, const std::string& arn);
void setSubscriptionAttribute(CallContext& call, const std::string& arn, const std::string& name,
                              const std::string& value);

// topic_publish.cpp: the MessageId.
std::string publishToTopic(CallContext& call, const std::string& topicArn,
                           const TopicMessageRequest& request);
PublishBatchResult publishBatch(CallContext& call, const std::string& topicArn,
                                const std::vector<BatchEntry>& entries);
// What smsim itself publishes to a topic (a two-way channel's inbound message) for the topic's
// sms subscribers, as SMS into the outbox (opted-out numbers skipped); how many were sent. Its
// http(s) subscribers get it through WebhookDispatcher::publish. Takes the store's lock.
std::size_t sendToSmsSubscribers(state::Store& store, const Clock& clock,
                                 const std::string& topicArn, const std::string& message);

}  // namespace smsim::sns
