// The JSON of SendTextMessage.
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
}

nlohmann::json toJson(const v2::SendTextMessageResult& result) {
  return {{"MessageId", result.messageId}};
}

}  // namespace smsim::aws_json
