#pragma once
// The one E.164 check: the AWS API's PhoneNumber pattern `\+?[1-9][0-9]{1,18}`, which seeds,
// the control API's inbound messages and anything else that takes a phone number apply.
#include <cstddef>
#include <string_view>

#include "common/text.hpp"

namespace smsim {

// Seeds accept a number without its '+', as the API's pattern does; the control API does not.
enum class PlusSign { Required, Optional };

inline constexpr std::size_t kMinE164Digits = 2;
inline constexpr std::size_t kMaxE164Digits = 19;

inline bool isE164(std::string_view text, PlusSign plusSign = PlusSign::Required) {
  if (text.starts_with('+')) {
    text.remove_prefix(1);
  } else if (plusSign == PlusSign::Required) {
    return false;
  }
  return text.size() >= kMinE164Digits && text.size() <= kMaxE164Digits && text.front() != '0' &&
         isAsciiDigits(text);
}

}  // namespace smsim
