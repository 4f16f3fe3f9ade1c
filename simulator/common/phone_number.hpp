#pragma once
// The E.164 checks: the AWS API's PhoneNumber pattern `\+?[1-9][0-9]{1,18}` with the '+'
// required, which seeds of phone numbers and the control API's inbound messages apply; and the
// stricter check for a number that can exist, which opted-out numbers must pass.
#include <cstddef>
#include <string_view>

#include "common/text.hpp"

namespace smsim {

inline constexpr std::size_t kMinE164Digits = 2;
inline constexpr std::size_t kMaxE164Digits = 19;

inline bool isE164(std::string_view text) {
  if (!text.starts_with('+')) return false;
  text.remove_prefix(1);
  return text.size() >= kMinE164Digits && text.size() <= kMaxE164Digits && text.front() != '0' &&
         isAsciiDigits(text);
}

// ITU-T E.164 caps an international number at 15 digits. The shortest in use have 7 (a 3-digit
// country code and 4 digits, e.g. Niue's +683 xxxx), and a North American (+1) number always has
// 10 digits after the 1. Like libphonenumber's "possible number", this checks lengths only.
inline constexpr std::size_t kMaxPossibleDigits = 15;
inline constexpr std::size_t kMinPossibleDigits = 7;
inline constexpr std::size_t kNorthAmericanDigits = 11;

inline bool isPossibleE164(std::string_view text) {
  if (!isE164(text)) return false;
  const auto digits = text.size() - 1;
  if (text[1] == '1') return digits == kNorthAmericanDigits;
  return digits >= kMinPossibleDigits && digits <= kMaxPossibleDigits;
}

}  // namespace smsim
