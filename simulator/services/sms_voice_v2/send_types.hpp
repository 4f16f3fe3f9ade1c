#pragma once
// Requests and results of SendTextMessage, SendMediaMessage and SendVoiceMessage. Members smsim
// accepts but does not act on (Keyword, DestinationCountryParameters, VoiceId,
// MessageFeedbackEnabled) are not carried. TimeToLive (seconds) decides when an undelivered
// message's TTL_EXPIRED event comes.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace smsim::sms_voice_v2 {

struct SendTextMessageRequest {
  std::string destinationPhoneNumber;
  std::optional<std::string> originationIdentity;  // E.164, id or ARN; smsim picks when absent
  std::string messageBody;
  std::optional<std::string> messageType;  // the identity's when absent
  std::string configurationSetName;
  std::map<std::string, std::string> context;
  bool dryRun = false;
  std::optional<int> timeToLive;
  std::optional<std::string> maxPrice;                // USD, e.g. "0.05"
  std::optional<std::string> protectConfigurationId;  // id or ARN
};
// What each send answers: the id of the message it accepted.
struct SendMessageResult {
  std::string messageId;
};
using SendTextMessageResult = SendMessageResult;

struct SendMediaMessageRequest {
  std::string destinationPhoneNumber;
  std::string originationIdentity;  // required: phone number, id, ARN, pool id or ARN
  std::optional<std::string> messageBody;
  std::vector<std::string> mediaUrls;  // s3:// URLs, kept as given
  std::string configurationSetName;
  std::map<std::string, std::string> context;
  bool dryRun = false;
  std::optional<int> timeToLive;
  std::optional<std::string> maxPrice;                // USD
  std::optional<std::string> protectConfigurationId;  // id or ARN
};
using SendMediaMessageResult = SendMessageResult;

struct SendVoiceMessageRequest {
  std::string destinationPhoneNumber;
  std::string originationIdentity;                 // required
  std::optional<std::string> messageBody;          // TEXT or SSML, kept as given
  std::optional<std::string> messageBodyTextType;  // TEXT (when absent) or SSML
  std::string configurationSetName;
  std::map<std::string, std::string> context;
  bool dryRun = false;
  std::optional<int> timeToLive;
  std::optional<std::string> maxPricePerMinute;       // USD
  std::optional<std::string> protectConfigurationId;  // id or ARN
};
using SendVoiceMessageResult = SendMessageResult;

}  // namespace smsim::sms_voice_v2
