#pragma once
// Keywords of a phone number or pool: what an inbound message starting with the word triggers.
#include <map>
#include <string>

namespace smsim::state {

namespace keyword_action {
inline constexpr const char* kAutomaticResponse = "AUTOMATIC_RESPONSE";
inline constexpr const char* kOptOut = "OPT_OUT";
inline constexpr const char* kOptIn = "OPT_IN";
}  // namespace keyword_action

struct Keyword {
  std::string keyword;  // as the customer wrote it
  std::string message;  // the automatic reply
  std::string action;   // keyword_action::*
};

// Keyed by the upper-cased keyword: matching is case-insensitive.
using KeywordMap = std::map<std::string, Keyword>;

std::string upperCase(std::string text);

// HELP and STOP, which every phone number has and which can't be deleted.
KeywordMap defaultKeywords();
bool isMandatoryKeyword(const std::string& upperCasedKeyword);

}  // namespace smsim::state
