#pragma once
// Requests and results of RequestPhoneNumber, DescribePhoneNumbers, UpdatePhoneNumber and
// ReleasePhoneNumber, and the origination settings phone numbers and pools share.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::sms_voice_v2 {

// How a phone number or pool sends, as PhoneNumberInformation and PoolInformation show it.
struct OriginationSettingsInformation {
  std::string messageType;
  bool twoWayEnabled = false;
  std::optional<std::string> twoWayChannelArn;
  std::optional<std::string> twoWayChannelRole;
  bool selfManagedOptOutsEnabled = false;
  std::string optOutListName;
  // Absent from the results of ReleasePhoneNumber and DeletePool.
  std::optional<bool> deletionProtectionEnabled;
};

// The members UpdatePhoneNumber and UpdatePool may change; each only when given.
struct OriginationSettingsUpdate {
  std::optional<std::string> optOutListName;  // name or ARN
  std::optional<bool> twoWayEnabled;
  std::optional<std::string> twoWayChannelArn;
  std::optional<std::string> twoWayChannelRole;
  std::optional<bool> selfManagedOptOutsEnabled;
  std::optional<bool> deletionProtectionEnabled;
};

struct PhoneNumberInformation : OriginationSettingsInformation {
  std::string phoneNumberArn;
  std::string phoneNumberId;
  std::string phoneNumber;  // E.164
  std::string status;
  std::string isoCountryCode;
  std::vector<std::string> numberCapabilities;
  std::string numberType;
  std::string monthlyLeasingPrice;
  std::optional<bool> internationalSendingEnabled;  // not in ReleasePhoneNumberResult
  std::optional<std::string> poolId;
  std::optional<std::string> registrationId;
  double createdTimestamp = 0;  // epoch seconds
};

struct RequestPhoneNumberRequest {
  std::string isoCountryCode;
  std::string messageType;
  std::vector<std::string> numberCapabilities;
  std::string numberType;
  std::optional<std::string> optOutListName;  // name or ARN; the Default list when absent
  std::optional<std::string> poolId;          // id or ARN
  std::optional<std::string> registrationId;
  bool internationalSendingEnabled = false;
  bool deletionProtectionEnabled = false;
  std::vector<Tag> tags;
};
struct RequestPhoneNumberResult : PhoneNumberInformation {
  std::vector<Tag> tags;
};

struct DescribePhoneNumbersRequest {
  std::vector<std::string> phoneNumberIds;  // ids or ARNs
  std::vector<Filter> filters;
  std::optional<std::string> owner;  // resource_owner::kSelf when absent
  PageParameters page;
};
struct DescribePhoneNumbersResult {
  std::vector<PhoneNumberInformation> phoneNumbers;
  std::optional<std::string> nextToken;
};

struct UpdatePhoneNumberRequest {
  std::string phoneNumberId;  // id or ARN
  OriginationSettingsUpdate settings;
  std::optional<bool> internationalSendingEnabled;
};
using UpdatePhoneNumberResult = PhoneNumberInformation;

struct ReleasePhoneNumberRequest {
  std::string phoneNumberId;  // id or ARN
};
using ReleasePhoneNumberResult = PhoneNumberInformation;

}  // namespace smsim::sms_voice_v2
