#include "services/inbound/keyword_match.hpp"

#include <gtest/gtest.h>

namespace smsim::inbound {
namespace {

struct MatchCase {
  const char* body;
  const char* keyword;  // nullptr: no match
  const char* action;
};

class KeywordMatchTest : public testing::TestWithParam<MatchCase> {
 protected:
  static state::KeywordMap keywords() {
    auto map = state::defaultKeywords();
    map["JOIN"] = {"Join", "Welcome back", state::keyword_action::kOptIn};
    map["PRICE LIST"] = {"price list", "See example.com/prices",
                         state::keyword_action::kAutomaticResponse};
    map["PRICE"] = {"PRICE", "Prices vary", state::keyword_action::kAutomaticResponse};
    map["END"] = {"END", "Not an opt-out here", state::keyword_action::kAutomaticResponse};
    return map;
  }
};

TEST_P(KeywordMatchTest, MatchesAsAwsDoes) {
  const auto match = matchKeyword(keywords(), GetParam().body);
  if (GetParam().keyword == nullptr) {
    EXPECT_FALSE(match) << GetParam().body << " matched " << match->keyword;
    return;
  }
  ASSERT_TRUE(match) << GetParam().body;
  EXPECT_EQ(match->keyword, GetParam().keyword);
  EXPECT_EQ(match->action, GetParam().action);
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, KeywordMatchTest,
    testing::Values(
        MatchCase{"STOP", "STOP", "OPT_OUT"}, MatchCase{"stop", "STOP", "OPT_OUT"},
        MatchCase{"  Stop please  ", "STOP", "OPT_OUT"}, MatchCase{"stopping", nullptr, nullptr},
        MatchCase{"please stop", nullptr, nullptr}, MatchCase{"help", "HELP", "AUTOMATIC_RESPONSE"},
        MatchCase{"join", "Join", "OPT_IN"}, MatchCase{"JOIN now", "Join", "OPT_IN"},
        MatchCase{"price list please", "price list", "AUTOMATIC_RESPONSE"},
        MatchCase{"price", "PRICE", "AUTOMATIC_RESPONSE"},
        MatchCase{"unsubscribe", "UNSUBSCRIBE", "OPT_OUT"},
        MatchCase{"Opt-Out", "OPT-OUT", "OPT_OUT"}, MatchCase{"arret", "ARRET", "OPT_OUT"},
        MatchCase{"td", "TD", "OPT_OUT"}, MatchCase{"QUIT\n", "QUIT", "OPT_OUT"},
        // A configured keyword wins over a default opt-out word.
        MatchCase{"end", "END", "AUTOMATIC_RESPONSE"}, MatchCase{"hello there", nullptr, nullptr},
        MatchCase{"   ", nullptr, nullptr}));

TEST(KeywordMatch, DefaultOptOutWordsReplyWithTheStopMessage) {
  const auto match = matchKeyword(state::defaultKeywords(), "cancel");
  ASSERT_TRUE(match);
  EXPECT_EQ(match->reply, state::defaultKeywords().at("STOP").message);
}

// https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html: a US toll-free
// number opts out on STOP only; no number resubscribes on START until START is an OPT_IN keyword.
TEST(KeywordMatch, UsTollFreeOptsOutOnStopOnly) {
  const auto keywords = state::defaultKeywords();
  const auto stop = matchKeyword(keywords, "stop", DefaultOptOutWords::StopOnly);
  ASSERT_TRUE(stop);
  EXPECT_EQ(stop->action, state::keyword_action::kOptOut);
  EXPECT_FALSE(matchKeyword(keywords, "CANCEL", DefaultOptOutWords::StopOnly));
  EXPECT_TRUE(matchKeyword(keywords, "CANCEL", DefaultOptOutWords::All));
}

TEST(KeywordMatch, StartResubscribesOnlyWhereConfigured) {
  auto keywords = state::defaultKeywords();
  EXPECT_FALSE(matchKeyword(keywords, "START"));
  keywords["START"] = {"START", "Welcome back", state::keyword_action::kOptIn};
  keywords["UNSTOP"] = {"UNSTOP", "Welcome back", state::keyword_action::kOptIn};
  for (const char* word : {"start", "UNSTOP"}) {
    const auto match = matchKeyword(keywords, word, DefaultOptOutWords::StopOnly);
    ASSERT_TRUE(match) << word;
    EXPECT_EQ(match->action, state::keyword_action::kOptIn) << word;
  }
}

// The default replies name only words that do something without configuration.
TEST(KeywordMatch, DefaultRepliesNameOnlyWorkingKeywords) {
  const auto keywords = state::defaultKeywords();
  for (const auto& [key, keyword] : keywords) {
    EXPECT_EQ(keyword.message.find("START"), std::string::npos) << key << ": " << keyword.message;
  }
  EXPECT_NE(keywords.at("HELP").message.find("STOP"), std::string::npos);
}

}  // namespace
}  // namespace smsim::inbound
