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

std::optional<KeywordMatch> matchKeyword(const state::KeywordMap& keywords, std::string_view body);

bool isDefaultOptOutWord(std::string_view upperCasedWord);

}  // namespace smsim::inbound
