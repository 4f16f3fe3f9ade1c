#pragma once
// Request and result of SendTextMessage. Members smsim accepts but does not act on (Keyword,
// MaxPrice, TimeToLive, DestinationCountryParameters, ...) are not carried.
#include <map>
#include <optional>
#include <string>

namespace smsim::sms_voice_v2 {

struct SendTextMessageRequest {
  std::string destinationPhoneNumber;
  std::optional<std::string> originationIdentity;  // E.164, id or ARN; smsim picks when absent
  std::string messageBody;
  std::optional<std::string> messageType;  // the identity's when absent
  std::string configurationSetName;
  std::map<std::string, std::string> context;
  bool dryRun = false;
};
struct SendTextMessageResult {
  std::string messageId;
};

}  // namespace smsim::sms_voice_v2
