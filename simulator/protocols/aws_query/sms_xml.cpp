// SNS's SMS actions: typed requests from the model's JSON view of the parameters, results as the
// actions' XML (https://docs.aws.amazon.com/sns/latest/api/API_Operations.html).
#include "protocols/aws_query/sns_xml.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::aws_query {

std::string stringMember(const nlohmann::json& input, const char* name) {
  const auto it = input.find(name);
  return it != input.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<std::string> optionalMember(const nlohmann::json& input, const char* name) {
  const auto it = input.find(name);
  if (it == input.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

sns::MessageAttributes messageAttributesOf(const nlohmann::json& input) {
  sns::MessageAttributes attributes;
  const auto it = input.find("MessageAttributes");
  if (it == input.end() || !it->is_object()) return attributes;
  for (const auto& [name, value] : it->items()) {
    attributes[name] = {stringMember(value, "DataType"), optionalMember(value, "StringValue"),
                        optionalMember(value, "BinaryValue")};
  }
  return attributes;
}

std::map<std::string, std::string> stringMap(const nlohmann::json& input, const char* name) {
  std::map<std::string, std::string> out;
  const auto it = input.find(name);
  if (it == input.end() || !it->is_object()) return out;
  for (const auto& [key, value] : it->items()) {
    if (value.is_string()) out[key] = value.get<std::string>();
  }
  return out;
}

std::optional<int> optionalInteger(const nlohmann::json& input, const char* name) {
  const auto it = input.find(name);
  if (it == input.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<int>();
}

void writeAttributes(XmlWriter& result, const std::map<std::string, std::string>& attributes,
                     const char* element) {
  result.open(element);
  for (const auto& [name, value] : attributes) {
    result.open("entry");
    result.element("key", name);
    result.element("value", value);
    result.close();
  }
  result.close();
}

void servePublishSms(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result) {
  const auto response =
      sns::publishSms(context, {stringMember(input, "PhoneNumber"), stringMember(input, "Message"),
                                messageAttributesOf(input)});
  result.element("MessageId", response.messageId);
}

void serveCheckIfPhoneNumberIsOptedOut(sns::CallContext& context, const nlohmann::json& input,
                                       XmlWriter& result) {
  const auto response =
      sns::checkIfPhoneNumberIsOptedOut(context, {stringMember(input, "phoneNumber")});
  result.element("isOptedOut", response.isOptedOut ? "true" : "false");
}

void serveListPhoneNumbersOptedOut(sns::CallContext& context, const nlohmann::json& input,
                                   XmlWriter& result) {
  const auto response =
      sns::listPhoneNumbersOptedOut(context, {optionalMember(input, "nextToken")});
  result.open("phoneNumbers");
  for (const auto& number : response.phoneNumbers) result.element("member", number);
  result.close();
  if (response.nextToken) result.element("nextToken", *response.nextToken);
}

void serveOptInPhoneNumber(sns::CallContext& context, const nlohmann::json& input,
                           XmlWriter& /*result*/) {
  sns::optInPhoneNumber(context, {stringMember(input, "phoneNumber")});
}

void serveGetSmsAttributes(sns::CallContext& context, const nlohmann::json& input,
                           XmlWriter& result) {
  sns::GetSmsAttributesRequest request;
  if (const auto it = input.find("attributes"); it != input.end() && it->is_array()) {
    for (const auto& name : *it) request.attributes.push_back(name.get<std::string>());
  }
  writeAttributes(result, sns::getSmsAttributes(context, request), "attributes");
}

void serveSetSmsAttributes(sns::CallContext& context, const nlohmann::json& input,
                           XmlWriter& /*result*/) {
  sns::SetSmsAttributesRequest request;
  request.attributes = stringMap(input, "attributes");
  sns::setSmsAttributes(context, request);
}

}  // namespace smsim::aws_query
