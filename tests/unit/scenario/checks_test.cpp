// The comparisons behind step expectations and journal filters.
#include <gtest/gtest.h>

#include "scenario/json_subset.hpp"
#include "scenario/report.hpp"
#include "scenario/step_check.hpp"

namespace smsim::scenario {
namespace {

TEST(JsonSubset, ObjectsCompareMemberByMember) {
  const nlohmann::json actual = {{"a", 1}, {"b", {{"c", "x"}, {"d", true}}}, {"list", {1, 2}}};
  EXPECT_TRUE(jsonContains(actual, {{"a", 1}}));
  EXPECT_TRUE(jsonContains(actual, {{"b", {{"c", "x"}}}}));
  EXPECT_TRUE(jsonContains(actual, {{"gone", nullptr}}));
  EXPECT_FALSE(jsonContains(actual, {{"list", {1}}}));
  const auto items = nlohmann::json::array({{{"a", 1}, {"b", 2}}});
  EXPECT_TRUE(jsonContains({{"list", items}}, {{"list", nlohmann::json::array({{{"a", 1}}})}}));
  EXPECT_FALSE(jsonContains({{"list", items}}, {{"list", nlohmann::json::array({{{"a", 2}}})}}));
  EXPECT_EQ(jsonSubsetMismatch(actual, {{"b", {{"c", "y"}}}}),
            "at 'b.c': expected \"y\", got \"x\"");
  EXPECT_EQ(jsonSubsetMismatch(actual, {{"z", 1}}), "missing 'z'");
  EXPECT_TRUE(jsonContains({{"code", "6008"}}, {{"code", 6008}}));
}

StepAnswer answer(int status, std::string body,
                  std::vector<std::pair<std::string, std::string>> headers = {}) {
  StepAnswer a;
  a.status = status;
  a.body = std::move(body);
  a.headers = std::move(headers);
  return a;
}

TEST(StepCheck, WithoutExpectationsASuccessIsExpected) {
  EXPECT_FALSE(stepMismatch({}, answer(200, "{}")));
  EXPECT_TRUE(stepMismatch({}, answer(400, R"({"__type":"ValidationException"})")));
}

TEST(StepCheck, ErrorsByTypeMembersAndMessage) {
  StepExpect expect;
  expect.error = "ConflictException";
  expect.members = {{"Reason", "DESTINATION_PHONE_NUMBER_OPTED_OUT"}};
  expect.message = "opted out";
  const auto conflict = answer(
      400,
      R"({"__type":"ConflictException","message":"+1 is opted out","Reason":"DESTINATION_PHONE_NUMBER_OPTED_OUT"})",
      {{"X-Amzn-ErrorType", "ConflictException:http://internal.amazon.com/"}});
  EXPECT_FALSE(stepMismatch(expect, conflict));
  expect.members = {{"Reason", "OTHER"}};
  EXPECT_EQ(
      stepMismatch(expect, conflict),
      "error members: at 'Reason': expected \"OTHER\", got \"DESTINATION_PHONE_NUMBER_OPTED_OUT\"");
  expect.members = nullptr;
  EXPECT_EQ(stepMismatch(expect, answer(200, "{}")), "expected ConflictException, got 200");
}

TEST(StepCheck, TransportErrorsAreExpectedOrNot) {
  StepAnswer broken;
  broken.transportError = "Failed to read connection";
  EXPECT_TRUE(stepMismatch({}, broken));
  StepExpect expect;
  expect.transportError = true;
  EXPECT_FALSE(stepMismatch(expect, broken));
  EXPECT_EQ(stepMismatch(expect, answer(200, "{}")), "expected a transport error, got 200");
}

TEST(StepCheck, BodiesHeadersAndStatus) {
  StepExpect expect;
  expect.status = 503;
  expect.body = "down";
  TextMatcher matcher;
  matcher.kind = TextMatcher::Kind::Contains;
  matcher.text = "throttle";
  expect.headers.emplace_back("x-smsim-rule", matcher);
  EXPECT_FALSE(stepMismatch(expect, answer(503, "down", {{"X-Smsim-Rule", "s/throttle"}})));
  EXPECT_TRUE(stepMismatch(expect, answer(503, "down", {})));
  EXPECT_TRUE(stepMismatch(expect, answer(503, "up", {{"x-smsim-rule", "s/throttle"}})));
  EXPECT_TRUE(stepMismatch(expect, answer(500, "down", {{"x-smsim-rule", "s/throttle"}})));
}

TEST(Report, JunitEscapesAndCounts) {
  ScenarioReport report;
  report.scenario = "a<b";
  report.file = "a.yaml";
  report.checks.push_back({"step", "ok", true, "200", 3, 0.01});
  report.checks.push_back({"expect", "bad \"one\"", false, "called 2 times & more", 9, 0});
  const auto xml = junitXml({report});
  EXPECT_NE(xml.find(R"(<testsuites name="smsim scenarios" tests="2" failures="1" errors="0">)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<testsuite name="a&lt;b")"), std::string::npos);
  EXPECT_NE(xml.find(R"(<failure message="called 2 times &amp; more">a.yaml:9: )"),
            std::string::npos);
  EXPECT_EQ(reportsJson({report})["failedCount"], 1);
}

}  // namespace
}  // namespace smsim::scenario
