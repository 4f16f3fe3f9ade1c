#pragma once
// Names the AWS End User Messaging SMS API gives its resources: the opt-out list every account
// has, the ARNs of everything it holds, and what an account id and a region name look like.
#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "common/text.hpp"

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

inline constexpr std::size_t kAccountIdDigits = 12;
// Longer than any region AWS has (`ap-southeast-5`, `us-gov-west-1`), short enough to log.
inline constexpr std::size_t kMaxRegionNameLength = 32;

inline bool isAccountId(std::string_view text) {
  return text.size() == kAccountIdDigits && isAsciiDigits(text);
}

// Lower-case letters, digits and '-': what a SigV4 credential scope or a seed may name as a
// region. Unknown regions are accepted, as new ones appear before smsim knows them.
inline bool isRegionName(std::string_view text) {
  return !text.empty() && text.size() <= kMaxRegionNameLength &&
         std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
         });
}

}  // namespace smsim::aws_names
