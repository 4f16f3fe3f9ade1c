// The SMS sandbox actions as SNS's XML.
#include "protocols/aws_query/sns_xml.hpp"
#include "services/sns/operations.hpp"

namespace smsim::aws_query {

void serveCreateSmsSandboxPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                                      XmlWriter& /*result*/) {
  sns::createSmsSandboxPhoneNumber(context, stringMember(input, "PhoneNumber"),
                                   stringMember(input, "LanguageCode"));
}

void serveVerifySmsSandboxPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                                      XmlWriter& /*result*/) {
  sns::verifySmsSandboxPhoneNumber(context, stringMember(input, "PhoneNumber"),
                                   stringMember(input, "OneTimePassword"));
}

void serveListSmsSandboxPhoneNumbers(sns::CallContext& context, const nlohmann::json& input,
                                     XmlWriter& result) {
  const auto page = sns::listSmsSandboxPhoneNumbers(context, optionalMember(input, "NextToken"),
                                                    optionalInteger(input, "MaxResults"));
  result.open("PhoneNumbers");
  for (const auto& number : page.phoneNumbers) {
    result.open("member");
    result.element("PhoneNumber", number.phoneNumber);
    result.element("Status", number.status);
    result.close();
  }
  result.close();
  if (page.nextToken) result.element("NextToken", *page.nextToken);
}

void serveDeleteSmsSandboxPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                                      XmlWriter& /*result*/) {
  sns::deleteSmsSandboxPhoneNumber(context, stringMember(input, "PhoneNumber"));
}

}  // namespace smsim::aws_query
