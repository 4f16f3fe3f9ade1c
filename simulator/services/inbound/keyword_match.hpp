#pragma once
// Which keyword an inbound message triggers, as AWS matches it: case-insensitively against the
// start of the message (the whole message or its first words), the identity's own keywords
// first, then AWS's default opt-out words.
#include <optional>
#include <string>
#include <string_view>

#include "state/keyword.hpp"

namespace smsim::inbound {

struct KeywordMatch {
  std::string keyword;  // as configured, or the default opt-out word
  std::string action;   // state::keyword_action::*
  std::string reply;
};

// Which default words opt out, by the receiving number's type. AWS: "For US toll-free numbers,
// opt-outs are managed at the carrier level. The only supported opt-out keyword for a US
// toll-free number is STOP." Resubscribe words (START, UNSTOP, JOIN) exist for every type only
// where configured as OPT_IN keywords.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html
enum class DefaultOptOutWords { All, StopOnly };

std::optional<KeywordMatch> matchKeyword(const state::KeywordMap& keywords, std::string_view body,
                                         DefaultOptOutWords defaults = DefaultOptOutWords::All);

bool isDefaultOptOutWord(std::string_view upperCasedWord);

}  // namespace smsim::inbound
