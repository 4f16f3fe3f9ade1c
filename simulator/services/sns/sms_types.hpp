#pragma once
// Typed requests and results of SNS's SMS actions.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace smsim::sns {

// A message attribute as Publish takes it (only String values matter to SMS).
struct MessageAttribute {
  std::string dataType;
  std::optional<std::string> stringValue;
  std::optional<std::string> binaryValue;  // base64, as the query protocol sends it
};
using MessageAttributes = std::map<std::string, MessageAttribute>;

struct PublishSmsRequest {
  std::string phoneNumber;
  std::string message;
  MessageAttributes messageAttributes;
};
struct PublishResult {
  std::string messageId;
};

struct CheckIfPhoneNumberIsOptedOutRequest {
  std::string phoneNumber;
};
struct CheckIfPhoneNumberIsOptedOutResult {
  bool isOptedOut = false;
};

struct ListPhoneNumbersOptedOutRequest {
  std::optional<std::string> nextToken;
};
struct ListPhoneNumbersOptedOutResult {
  std::vector<std::string> phoneNumbers;
  std::optional<std::string> nextToken;
};

struct OptInPhoneNumberRequest {
  std::string phoneNumber;
};

struct GetSmsAttributesRequest {
  std::vector<std::string> attributes;  // empty: all
};
using SmsAttributes = std::map<std::string, std::string>;

struct SetSmsAttributesRequest {
  SmsAttributes attributes;
};

}  // namespace smsim::sns
