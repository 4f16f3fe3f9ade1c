// The JSON of SendTextMessage, SendMediaMessage and SendVoiceMessage.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::SendTextMessageRequest& out) {
  readMember(in, "DestinationPhoneNumber", out.destinationPhoneNumber);
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "MessageBody", out.messageBody);
  readMember(in, "MessageType", out.messageType);
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "Context", out.context);
  readMember(in, "DryRun", out.dryRun);
  readMember(in, "TimeToLive", out.timeToLive);
  readMember(in, "MaxPrice", out.maxPrice);
  readMember(in, "ProtectConfigurationId", out.protectConfigurationId);
}

void fromJson(const nlohmann::json& in, v2::SendMediaMessageRequest& out) {
  readMember(in, "DestinationPhoneNumber", out.destinationPhoneNumber);
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "MessageBody", out.messageBody);
  readMember(in, "MediaUrls", out.mediaUrls);
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "Context", out.context);
  readMember(in, "DryRun", out.dryRun);
  readMember(in, "TimeToLive", out.timeToLive);
  readMember(in, "MaxPrice", out.maxPrice);
  readMember(in, "ProtectConfigurationId", out.protectConfigurationId);
}

void fromJson(const nlohmann::json& in, v2::SendVoiceMessageRequest& out) {
  readMember(in, "DestinationPhoneNumber", out.destinationPhoneNumber);
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "MessageBody", out.messageBody);
  readMember(in, "MessageBodyTextType", out.messageBodyTextType);
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "Context", out.context);
  readMember(in, "DryRun", out.dryRun);
  readMember(in, "TimeToLive", out.timeToLive);
  readMember(in, "MaxPricePerMinute", out.maxPricePerMinute);
  readMember(in, "ProtectConfigurationId", out.protectConfigurationId);
}

nlohmann::json toJson(const v2::SendMessageResult& result) {
  return {{"MessageId", result.messageId}};
}

}  // namespace smsim::aws_json
