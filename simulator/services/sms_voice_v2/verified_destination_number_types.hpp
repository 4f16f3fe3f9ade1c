#pragma once
// Requests and results of the sandbox's verified destination numbers: Create, Delete, Describe,
// SendDestinationNumberVerificationCode and VerifyDestinationNumber.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::sms_voice_v2 {

// VerifiedDestinationNumberInformation, and Verify's result (the same members).
struct VerifiedDestinationNumberInformation {
  std::string verifiedDestinationNumberArn;
  std::string verifiedDestinationNumberId;
  std::string destinationPhoneNumber;
  std::string status;  // PENDING, VERIFIED
  double createdTimestamp = 0;
};

struct CreateVerifiedDestinationNumberRequest {
  std::string destinationPhoneNumber;
  std::vector<Tag> tags;
};
struct CreateVerifiedDestinationNumberResult : VerifiedDestinationNumberInformation {
  std::vector<Tag> tags;
};

struct DeleteVerifiedDestinationNumberRequest {
  std::string verifiedDestinationNumberId;  // id or ARN
};
// Delete's result has no Status.
struct DeleteVerifiedDestinationNumberResult {
  std::string verifiedDestinationNumberArn;
  std::string verifiedDestinationNumberId;
  std::string destinationPhoneNumber;
  double createdTimestamp = 0;
};

struct DescribeVerifiedDestinationNumbersRequest {
  std::vector<std::string> verifiedDestinationNumberIds;  // ids or ARNs
  std::vector<std::string> destinationPhoneNumbers;
  std::vector<Filter> filters;  // status, rcs-agent-id
  PageParameters page;
};
struct DescribeVerifiedDestinationNumbersResult {
  std::vector<VerifiedDestinationNumberInformation> verifiedDestinationNumbers;
  std::optional<std::string> nextToken;
};

struct SendDestinationNumberVerificationCodeRequest {
  std::string verifiedDestinationNumberId;  // id or ARN
  std::string verificationChannel;          // TEXT or VOICE
  std::optional<std::string> languageCode;  // kept out of the code's text: smsim writes English
  std::optional<std::string> originationIdentity;
  std::string configurationSetName;
  std::map<std::string, std::string> context;
};
struct SendDestinationNumberVerificationCodeResult {
  std::string messageId;
};

struct VerifyDestinationNumberRequest {
  std::string verifiedDestinationNumberId;  // id or ARN
  std::string verificationCode;
};
using VerifyDestinationNumberResult = VerifiedDestinationNumberInformation;

}  // namespace smsim::sms_voice_v2
