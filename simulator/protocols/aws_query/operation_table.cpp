// The SNS actions smsim emulates. Publish routes on its target: a PhoneNumber is an SMS, a
// TopicArn (or a TargetArn, which names a topic: platform endpoints are not emulated) the topic's
// subscribers.
#include "protocols/aws_query/operation_table.hpp"

#include <map>
#include <string>

#include "protocols/aws_query/sns_xml.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::aws_query {

namespace {

void servePublish(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result) {
  const bool toPhone = input.contains("PhoneNumber");
  const bool toTopic = input.contains("TopicArn") || input.contains("TargetArn");
  if (toPhone && toTopic) {
    throw sns::SnsError::invalidParameter(
        "Reason: Only one of TopicArn, TargetArn or PhoneNumber may be given");
  }
  if (!toPhone && !toTopic) {
    throw sns::SnsError::invalidParameter(
        "TopicArn or TargetArn Reason: no value for required "
        "parameter");
  }
  if (stringMember(input, "Message").empty())
    throw sns::SnsError::invalidParameter("Empty message");
  if (toTopic) {
    servePublishToTopic(context, input, result);
    return;
  }
  servePublishSms(context, input, result);
}

const std::map<std::string, AwsQueryOperation, std::less<>>& table() {
  static const std::map<std::string, AwsQueryOperation, std::less<>> operations = {
      {"CheckIfPhoneNumberIsOptedOut", {serveCheckIfPhoneNumberIsOptedOut}},
      {"ConfirmSubscription", {serveConfirmSubscription}},
      {"CreateSMSSandboxPhoneNumber", {serveCreateSmsSandboxPhoneNumber}},
      {"CreateTopic", {serveCreateTopic}},
      {"DeleteSMSSandboxPhoneNumber", {serveDeleteSmsSandboxPhoneNumber}},
      {"DeleteTopic", {serveDeleteTopic, false}},
      {"GetSMSAttributes", {serveGetSmsAttributes}},
      {"GetSMSSandboxAccountStatus", {serveGetSmsSandboxAccountStatus}},
      {"GetSubscriptionAttributes", {serveGetSubscriptionAttributes}},
      {"GetTopicAttributes", {serveGetTopicAttributes}},
      {"ListOriginationNumbers", {serveListOriginationNumbers}},
      {"ListPhoneNumbersOptedOut", {serveListPhoneNumbersOptedOut}},
      {"ListSMSSandboxPhoneNumbers", {serveListSmsSandboxPhoneNumbers}},
      {"ListSubscriptions", {serveListSubscriptions}},
      {"ListSubscriptionsByTopic", {serveListSubscriptionsByTopic}},
      {"ListTagsForResource", {serveListTagsForResource}},
      {"ListTopics", {serveListTopics}},
      {"OptInPhoneNumber", {serveOptInPhoneNumber}},
      {"Publish", {servePublish}},
      {"PublishBatch", {servePublishBatch}},
      {"SetSMSAttributes", {serveSetSmsAttributes}},
      {"SetSubscriptionAttributes", {serveSetSubscriptionAttributes, false}},
      {"SetTopicAttributes", {serveSetTopicAttributes, false}},
      {"Subscribe", {serveSubscribe}},
      {"TagResource", {serveTagResource}},
      {"Unsubscribe", {serveUnsubscribe, false}},
      {"UntagResource", {serveUntagResource}},
      {"VerifySMSSandboxPhoneNumber", {serveVerifySmsSandboxPhoneNumber}},
  };
  return operations;
}

}  // namespace

const AwsQueryOperation* findOperation(std::string_view action) {
  const auto& operations = table();
  const auto it = operations.find(action);
  return it == operations.end() ? nullptr : &it->second;
}

}  // namespace smsim::aws_query
