#include "state/keyword.hpp"

#include <algorithm>
#include <cctype>

namespace smsim::state {

std::string upperCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

KeywordMap defaultKeywords() {
  return {{"HELP",
           {"HELP", "Reply STOP to unsubscribe. Msg&data rates may apply.",
            keyword_action::kAutomaticResponse}},
          // Names no resubscribe word: none works until the account configures one as OPT_IN
          // (https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html).
          {"STOP",
           {"STOP", "You have been unsubscribed and will receive no further messages.",
            keyword_action::kOptOut}}};
}

bool isMandatoryKeyword(const std::string& upperCasedKeyword) {
  return upperCasedKeyword == "HELP" || upperCasedKeyword == "STOP";
}

}  // namespace smsim::state
