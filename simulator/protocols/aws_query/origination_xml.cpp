// ListOriginationNumbers and GetSMSSandboxAccountStatus as SNS's XML.
#include "common/iso_timestamp.hpp"
#include "protocols/aws_query/sns_xml.hpp"
#include "services/sns/operations.hpp"

namespace smsim::aws_query {

void serveListOriginationNumbers(sns::CallContext& context, const nlohmann::json& input,
                                 XmlWriter& result) {
  sns::ListOriginationNumbersRequest request{optionalMember(input, "NextToken"), std::nullopt};
  if (const auto it = input.find("MaxResults"); it != input.end() && it->is_number_integer()) {
    request.maxResults = it->get<int>();
  }
  const auto response = sns::listOriginationNumbers(context, request);
  result.open("PhoneNumbers");
  for (const auto& number : response.phoneNumbers) {
    result.open("member");
    result.element("CreatedAt", isoTimestamp(number.createdAt));
    result.element("PhoneNumber", number.phoneNumber);
    result.element("Status", number.status);
    result.element("Iso2CountryCode", number.iso2CountryCode);
    result.element("RouteType", number.routeType);
    result.open("NumberCapabilities");
    for (const auto& capability : number.numberCapabilities) result.element("member", capability);
    result.close();
    result.close();
  }
  result.close();
  if (response.nextToken) result.element("NextToken", *response.nextToken);
}

void serveGetSmsSandboxAccountStatus(sns::CallContext& context, const nlohmann::json& /*input*/,
                                     XmlWriter& result) {
  result.element("IsInSandbox",
                 sns::getSmsSandboxAccountStatus(context).isInSandbox ? "true" : "false");
}

}  // namespace smsim::aws_query
