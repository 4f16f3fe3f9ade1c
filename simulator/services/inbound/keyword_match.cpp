#include "services/inbound/keyword_match.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace smsim::inbound {

namespace {

constexpr std::array<std::string_view, 10> kDefaultOptOutWords = {
    "ARRET", "CANCEL", "END", "OPT-OUT", "OPTOUT", "QUIT", "REMOVE", "STOP", "TD", "UNSUBSCRIBE"};

bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string trimmedUpperCase(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return state::upperCase(std::string(text));
}

// "STOP" starts "STOP PLEASE" but not "STOPPING".
bool startsWithWord(std::string_view message, std::string_view word) {
  return message.starts_with(word) &&
         (message.size() == word.size() || isSpace(message[word.size()]));
}

}  // namespace

bool isDefaultOptOutWord(std::string_view upperCasedWord) {
  return std::find(kDefaultOptOutWords.begin(), kDefaultOptOutWords.end(), upperCasedWord) !=
         kDefaultOptOutWords.end();
}

std::optional<KeywordMatch> matchKeyword(const state::KeywordMap& keywords, std::string_view body,
                                         DefaultOptOutWords defaults) {
  const std::string message = trimmedUpperCase(body);
  const state::Keyword* best = nullptr;
  std::size_t bestLength = 0;
  for (const auto& [key, keyword] : keywords) {
    if (key.size() > bestLength && startsWithWord(message, key)) {
      best = &keyword;
      bestLength = key.size();
    }
  }
  if (best != nullptr) return KeywordMatch{best->keyword, best->action, best->message};

  const std::string firstWord = message.substr(0, message.find_first_of(" \t\r\n"));
  const bool optsOut = defaults == DefaultOptOutWords::StopOnly ? firstWord == "STOP"
                                                                : isDefaultOptOutWord(firstWord);
  if (optsOut) {
    const auto stop = keywords.find("STOP");
    return KeywordMatch{firstWord, state::keyword_action::kOptOut,
                        stop != keywords.end() ? stop->second.message : ""};
  }
  return std::nullopt;
}

}  // namespace smsim::inbound
