#pragma once
// Requests and results of RequestSenderId, DescribeSenderIds, UpdateSenderId and ReleaseSenderId.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::sms_voice_v2 {

// SenderIdInformation; Release's result leaves DeletionProtectionEnabled out.
struct SenderIdInformation {
  std::string senderIdArn;
  std::string senderId;
  std::string isoCountryCode;
  std::vector<std::string> messageTypes;
  std::string monthlyLeasingPrice;
  std::optional<bool> deletionProtectionEnabled;
  bool registered = false;
};

struct RequestSenderIdRequest {
  std::string senderId;
  std::string isoCountryCode;
  std::vector<std::string> messageTypes;  // both when absent
  bool deletionProtectionEnabled = false;
  std::vector<Tag> tags;
};
struct RequestSenderIdResult : SenderIdInformation {
  std::vector<Tag> tags;
};

// A sender ID as Describe, Update and Release name it: the id (or its ARN) and its country.
struct SenderIdAndCountry {
  std::string senderId;  // id or ARN
  std::string isoCountryCode;
};

struct DescribeSenderIdsRequest {
  std::vector<SenderIdAndCountry> senderIds;
  std::vector<Filter> filters;
  std::optional<std::string> owner;
  PageParameters page;
};
struct DescribeSenderIdsResult {
  std::vector<SenderIdInformation> senderIds;
  std::optional<std::string> nextToken;
};

struct UpdateSenderIdRequest : SenderIdAndCountry {
  std::optional<bool> deletionProtectionEnabled;
};
using UpdateSenderIdResult = SenderIdInformation;

struct ReleaseSenderIdRequest : SenderIdAndCountry {};
using ReleaseSenderIdResult = SenderIdInformation;

}  // namespace smsim::sms_voice_v2
