// The JSON of the sandbox's verified destination numbers.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::CreateVerifiedDestinationNumberRequest& out) {
  readMember(in, "DestinationPhoneNumber", out.destinationPhoneNumber);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::DeleteVerifiedDestinationNumberRequest& out) {
  readMember(in, "VerifiedDestinationNumberId", out.verifiedDestinationNumberId);
}

void fromJson(const nlohmann::json& in, v2::DescribeVerifiedDestinationNumbersRequest& out) {
  readMember(in, "VerifiedDestinationNumberIds", out.verifiedDestinationNumberIds);
  readMember(in, "DestinationPhoneNumbers", out.destinationPhoneNumbers);
  out.filters = readFilters(in);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::SendDestinationNumberVerificationCodeRequest& out) {
  readMember(in, "VerifiedDestinationNumberId", out.verifiedDestinationNumberId);
  readMember(in, "VerificationChannel", out.verificationChannel);
  readMember(in, "LanguageCode", out.languageCode);
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "Context", out.context);
}

void fromJson(const nlohmann::json& in, v2::VerifyDestinationNumberRequest& out) {
  readMember(in, "VerifiedDestinationNumberId", out.verifiedDestinationNumberId);
  readMember(in, "VerificationCode", out.verificationCode);
}

nlohmann::json toJson(const v2::VerifiedDestinationNumberInformation& result) {
  return {{"VerifiedDestinationNumberArn", result.verifiedDestinationNumberArn},
          {"VerifiedDestinationNumberId", result.verifiedDestinationNumberId},
          {"DestinationPhoneNumber", result.destinationPhoneNumber},
          {"Status", result.status},
          {"CreatedTimestamp", result.createdTimestamp}};
}

nlohmann::json toJson(const v2::CreateVerifiedDestinationNumberResult& result) {
  auto out = toJson(static_cast<const v2::VerifiedDestinationNumberInformation&>(result));
  out["Tags"] = tagsJson(result.tags);
  return out;
}

nlohmann::json toJson(const v2::DeleteVerifiedDestinationNumberResult& result) {
  return {{"VerifiedDestinationNumberArn", result.verifiedDestinationNumberArn},
          {"VerifiedDestinationNumberId", result.verifiedDestinationNumberId},
          {"DestinationPhoneNumber", result.destinationPhoneNumber},
          {"CreatedTimestamp", result.createdTimestamp}};
}

nlohmann::json toJson(const v2::DescribeVerifiedDestinationNumbersResult& result) {
  nlohmann::json out = {
      {"VerifiedDestinationNumbers", arrayJson(result.verifiedDestinationNumbers,
                                               [](const auto& number) { return toJson(number); })}};
  writeNextToken(out, result.nextToken);
  return out;
}

nlohmann::json toJson(const v2::SendDestinationNumberVerificationCodeResult& result) {
  return {{"MessageId", result.messageId}};
}

}  // namespace smsim::aws_json
