#pragma once
// Names the AWS End User Messaging SMS API gives its resources: the opt-out list every account
// has, and the ARNs of everything it holds.
#include <string>
#include <string_view>

namespace smsim::aws_names {

inline constexpr const char* kDefaultOptOutListName = "Default";

// arn:aws:sms-voice:<region>:<account>:<resourceType>/<resourceId>
inline std::string smsVoiceArn(std::string_view region, std::string_view accountId,
                               std::string_view resourceType, std::string_view resourceId) {
  std::string arn = "arn:aws:sms-voice:";
  arn.append(region).append(":").append(accountId).append(":");
  arn.append(resourceType).append("/").append(resourceId);
  return arn;
}

}  // namespace smsim::aws_names
