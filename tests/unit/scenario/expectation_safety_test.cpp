// Expectations over the journal never fail the verify call that evaluates them: a request matcher
// with bytes that are not UTF-8 is described and reported, and a journaled body nested tens of
// thousands of levels is not recursed into.
#include <gtest/gtest.h>

#include "scenario/scenario.hpp"
#include "scenario/verification.hpp"
#include "server/simulator.hpp"

namespace smsim::scenario {
namespace {

constexpr std::size_t kJournaledDepth = 58'000;

state::JournalEntry awsCall(std::string body) {
  state::JournalEntry entry;
  entry.api = api_name::kAws;
  entry.operation = "SendTextMessage";
  entry.method = "POST";
  entry.path = "/";
  entry.status = 200;
  entry.requestBody = std::move(body);
  return entry;
}

ScenarioReport verify(const std::string& expectYaml, server::Simulator& state) {
  Scenario scenario;
  scenario.name = "request";
  scenario.expectations = parseExpectations(expectYaml, "<request>");
  return verifyScenario(scenario, state.expectationSource());
}

TEST(ExpectationSafety, ARequestMatcherThatIsNotUtf8IsDescribedAndEvaluated) {
  server::Simulator state{ServerConfig{}};
  state.journal.record(awsCall(R"({"MessageBody":"hi"})"));
  const auto report = verify(
      "expect:\n  - calls: {operation: SendTextMessage, request: {MessageBody: \"\xff\xfe\"}}\n"
      "    count: 0\n",
      state);
  ASSERT_EQ(report.checks.size(), 1u);
  EXPECT_TRUE(report.checks[0].passed) << report.checks[0].detail;
  EXPECT_NE(report.checks[0].name.find("\xef\xbf\xbd"), std::string::npos);  // U+FFFD
}

TEST(ExpectationSafety, AJournaledBodyNestedTensOfThousandsOfLevelsIsNotRecursedInto) {
  server::Simulator state{ServerConfig{}};
  std::string deep(kJournaledDepth, '[');
  deep.append(kJournaledDepth, ']');
  state.journal.record(awsCall(R"({"DestinationPhoneNumber":)" + deep + "}"));
  state.journal.record(awsCall(R"({"DestinationPhoneNumber":"+14155550100"})"));
  const auto report = verify(
      "expect:\n  - calls: {operation: SendTextMessage, request: {DestinationPhoneNumber: "
      "{a: 1}}}\n    count: 0\n  - calls: {request: {DestinationPhoneNumber: \"+14155550100\"}}\n"
      "    count: 1\n",
      state);
  ASSERT_EQ(report.checks.size(), 2u);
  EXPECT_TRUE(report.checks[0].passed) << report.checks[0].detail;
  EXPECT_TRUE(report.checks[1].passed) << report.checks[1].detail;
}

}  // namespace
}  // namespace smsim::scenario
