// `matches:` patterns run by PCRE2 under a match limit: a backtracking pattern gives up (no match)
// instead of running for minutes as the standard library's regex did; bad patterns are positioned
// load errors.
#include "scenario/text_pattern.hpp"

#include <gtest/gtest.h>

#include "scenario/rule_matcher.hpp"
#include "scenario/scenario.hpp"

namespace smsim::scenario {
namespace {

// Exponential backtracking: each extra 'a' doubles the work of an unbounded engine.
constexpr const char* kPathological = "^(a|aa)+$";

std::string backtrackingHeader() { return std::string(64, 'a') + "!"; }

TEST(TextPattern, APathologicalSearchGivesUp) {
  const TextPattern pattern(kPathological);
  EXPECT_EQ(pattern.search(backtrackingHeader()), TextPattern::Result::LimitExceeded);
  EXPECT_EQ(pattern.search("aaaa"), TextPattern::Result::Match);
  EXPECT_EQ(pattern.search("b"), TextPattern::Result::NoMatch);
}

TEST(TextPattern, SearchesAnywhereAndToleratesBytesThatAreNotUtf8) {
  const TextPattern pattern("Boto3/[0-9]+");
  EXPECT_EQ(pattern.search("aws-sdk Boto3/1 Python"), TextPattern::Result::Match);
  EXPECT_EQ(pattern.search("\xff\xfe Boto3/7"), TextPattern::Result::Match);
  EXPECT_EQ(pattern.search("\xc3"), TextPattern::Result::NoMatch);
}

TEST(TextPattern, ARuleWithAPathologicalHeaderPatternDoesNotMatch) {
  const auto scenario = parseScenario(
      std::string("name: slow\nrules:\n  - match: {headers: {User-Agent: {matches: \"") +
          kPathological + "\"}}}\n    respond: {status: 500}\n",
      "slow.yaml");
  RequestFacts call;
  call.api = api_name::kAws;
  call.operation = "SendTextMessage";
  const auto header = backtrackingHeader();
  call.header = [&header](std::string_view) { return header; };
  EXPECT_FALSE(matchesCall(scenario.rules[0].match, call));
}

TEST(TextPattern, AnInvalidPatternIsAPositionedLoadError) {
  try {
    parseScenario("name: bad\nrules:\n  - match: {path: {matches: \"(unclosed\"}}\n", "bad.yaml");
    ADD_FAILURE() << "loaded";
  } catch (const ScenarioError& error) {
    EXPECT_EQ(error.id(), error_id::kInvalidValue);
    EXPECT_EQ(error.key(), "rules[0].match.path.matches");
    EXPECT_EQ(error.position().line, 3);
    EXPECT_NE(error.message().find("not a regular expression"), std::string::npos);
  }
}

}  // namespace
}  // namespace smsim::scenario
