#pragma once
// The two Convoso record lists smsim emulates, named as in their URL paths (`/v1/sms-opt-out/...`,
// `/v1/dnc/...`). Tokens may be limited to some of them.
#include <optional>
#include <string_view>

#include "state/convoso_record.hpp"

namespace smsim::convoso {

using state::ConvosoList;

inline constexpr std::string_view kSmsOptOutResource = "sms-opt-out";
inline constexpr std::string_view kDncResource = "dnc";

constexpr std::string_view resourceName(ConvosoList list) {
  return list == ConvosoList::SmsOptOut ? kSmsOptOutResource : kDncResource;
}

inline std::optional<ConvosoList> listForResource(std::string_view resource) {
  if (resource == kSmsOptOutResource) return ConvosoList::SmsOptOut;
  if (resource == kDncResource) return ConvosoList::Dnc;
  return std::nullopt;
}

}  // namespace smsim::convoso
