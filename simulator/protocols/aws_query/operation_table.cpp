// The SNS actions smsim emulates. Publish routes on its target: a PhoneNumber is an SMS.
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
    throw sns::SnsError(sns::error_code::kNotImplemented,
                        "smsim does not emulate Publish to a topic or endpoint yet.");
  }
  servePublishSms(context, input, result);
}

const std::map<std::string, AwsQueryOperation, std::less<>>& table() {
  static const std::map<std::string, AwsQueryOperation, std::less<>> operations = {
      {"CheckIfPhoneNumberIsOptedOut", {serveCheckIfPhoneNumberIsOptedOut}},
      {"GetSMSAttributes", {serveGetSmsAttributes}},
      {"GetSMSSandboxAccountStatus", {serveGetSmsSandboxAccountStatus}},
      {"ListOriginationNumbers", {serveListOriginationNumbers}},
      {"ListPhoneNumbersOptedOut", {serveListPhoneNumbersOptedOut}},
      {"OptInPhoneNumber", {serveOptInPhoneNumber}},
      {"Publish", {servePublish}},
      {"SetSMSAttributes", {serveSetSmsAttributes}},
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
