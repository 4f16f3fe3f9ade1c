// The rule engine: matching, first match wins, limits, seeded probabilities, rate buckets on the
// simulated clock, and WireMock-style states (per scenario and per phone number).
#include <gtest/gtest.h>

#include "scenario/rule_matcher.hpp"
#include "scenario/scenario_engine.hpp"
#include "server/simulator.hpp"

namespace smsim::scenario {
namespace {

RequestFacts awsCall(const std::string& operation, nlohmann::json body = nlohmann::json::object(),
                     const std::string& account = "123456789012") {
  RequestFacts call;
  call.api = api_name::kAws;
  call.operation = operation;
  call.method = "POST";
  call.path = "/";
  call.accountId = account;
  call.region = "us-east-1";
  call.setFields(std::move(body));
  return call;
}

class RuleEngine : public ::testing::Test {
 protected:
  void load(const std::string& yaml) {
    state.loadScenario(std::make_shared<const Scenario>(parseScenario(yaml, "test.yaml")));
  }
  ScenarioEngine& engine() { return state.scenarios; }
  // The name of the rule that takes the call, or "" when none does.
  std::string ruleFor(const RequestFacts& call, double now = 0) {
    auto decision = engine().decide(call, now);
    return decision ? decision->rule->name : "";
  }

  server::Simulator state{ServerConfig{}};
};

TEST_F(RuleEngine, NoScenarioMeansNoRule) {
  EXPECT_FALSE(engine().hasRules());
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "");
}

TEST_F(RuleEngine, MatchesOnEveryField) {
  load(R"(
name: m
rules:
  - name: all
    match:
      api: aws
      operation: [SendTextMessage]
      account: "111122223333"
      region: us-east-1
      headers: {User-Agent: {contains: Boto3}, X-Trace: {absent: true}}
      request: {DestinationPhoneNumber: "+14155550100", Context: {team: a}}
    respond: {error: ThrottlingException}
)");
  auto call =
      awsCall("SendTextMessage",
              {{"DestinationPhoneNumber", "+14155550100"}, {"Context", {{"team", "a"}, {"x", 1}}}},
              "111122223333");
  call.header = [](std::string_view name) -> std::optional<std::string> {
    if (name == "User-Agent") return "Boto3/1.26 Python/3.11";
    return std::nullopt;
  };
  EXPECT_EQ(ruleFor(call), "all");

  auto otherNumber = call;
  otherNumber.setFields(
      nlohmann::json{{"DestinationPhoneNumber", "+14155550101"}, {"Context", {{"team", "a"}}}});
  EXPECT_EQ(ruleFor(otherNumber), "");
  auto otherAccount = call;
  otherAccount.accountId = "123456789012";
  EXPECT_EQ(ruleFor(otherAccount), "");
  auto traced = call;
  traced.header = [](std::string_view name) -> std::optional<std::string> {
    return name == "X-Trace" ? std::optional<std::string>("1")
                             : std::optional<std::string>("Boto3");
  };
  EXPECT_EQ(ruleFor(traced), "");
  auto otherOperation = call;
  otherOperation.operation = "PutOptedOutNumber";
  EXPECT_EQ(ruleFor(otherOperation), "");
}

TEST_F(RuleEngine, ConvosoParametersMatchAsText) {
  RuleMatch match;
  match.api = api_name::kConvoso;
  match.request = {{"campaign_id", 0}, {"phone_number", "5551234567"}};
  RequestFacts call;
  call.api = api_name::kConvoso;
  call.setFields(nlohmann::json{{"campaign_id", "0"}, {"phone_number", "5551234567"}});
  EXPECT_TRUE(matchesCall(match, call));
  call.setFields(nlohmann::json{{"campaign_id", "7"}, {"phone_number", "5551234567"}});
  EXPECT_FALSE(matchesCall(match, call));
}

TEST_F(RuleEngine, FirstMatchWinsAcrossRulesAndScenarios) {
  load(
      "name: a\nrules: [{name: first, match: {operation: SendTextMessage}, delay: 0}, "
      "{name: second, delay: 0}]\n");
  load("name: b\nrules: [{name: third, delay: 0}]\n");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "first");
  EXPECT_EQ(ruleFor(awsCall("PutOptedOutNumber")), "second");
  engine().remove("a");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "third");
  engine().remove("b");
  EXPECT_FALSE(engine().hasRules());
}

TEST_F(RuleEngine, TimesAfterAndEvery) {
  load(R"(
name: limits
rules:
  - {name: twice, match: {operation: SendTextMessage}, times: 2, respond: {status: 500}}
  - {name: after-two, match: {operation: PutOptedOutNumber}, after: 2, respond: {status: 500}}
  - {name: every-third, match: {operation: DeleteOptedOutNumber}, every: 3, respond: {status: 500}}
  - {name: every-second-after-one, match: {operation: DescribeOptOutLists}, after: 1, every: 2, times: 2, respond: {status: 500}}
)");
  std::string sends, puts, deletes, describes;
  for (int i = 0; i < 7; ++i) {
    sends += ruleFor(awsCall("SendTextMessage")).empty() ? "." : "X";
    puts += ruleFor(awsCall("PutOptedOutNumber")).empty() ? "." : "X";
    deletes += ruleFor(awsCall("DeleteOptedOutNumber")).empty() ? "." : "X";
    describes += ruleFor(awsCall("DescribeOptOutLists")).empty() ? "." : "X";
  }
  EXPECT_EQ(sends, "XX.....");
  EXPECT_EQ(puts, "..XXXXX");
  EXPECT_EQ(deletes, "..X..X.");
  EXPECT_EQ(describes, "..X.X..");
}

std::string drawPattern(ScenarioEngine& engine, int calls) {
  std::string pattern;
  for (int i = 0; i < calls; ++i) {
    pattern += engine.decide(awsCall("SendTextMessage"), 0) ? "X" : ".";
  }
  return pattern;
}

TEST_F(RuleEngine, SeededProbabilityRepeatsExactlyAndRestartReplaysIt) {
  load(
      "name: p\nrandomSeed: 42\nrules: [{match: {operation: SendTextMessage}, probability: 0.5, "
      "respond: {status: 500}}]\n");
  const auto first = drawPattern(engine(), 200);
  const auto hits = std::count(first.begin(), first.end(), 'X');
  EXPECT_GT(hits, 60);  // 0.5 of 200, far from the edges
  EXPECT_LT(hits, 140);
  engine().restart();
  EXPECT_EQ(drawPattern(engine(), 200), first);

  server::Simulator other{ServerConfig{}};
  other.loadScenario(std::make_shared<const Scenario>(
      parseScenario("name: p\nrandomSeed: 42\nrules: [{match: {operation: SendTextMessage}, "
                    "probability: 0.5, respond: {status: 500}}]\n",
                    "again.yaml")));
  EXPECT_EQ(drawPattern(other.scenarios, 200), first);
}

TEST_F(RuleEngine, ProbabilityZeroAndOne) {
  load(
      "name: p\nrules: [{name: never, probability: 0, delay: 0}, {name: always, probability: 1, "
      "delay: 0}]\n");
  for (int i = 0; i < 20; ++i) EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "always");
}

TEST_F(RuleEngine, RateFiresOnlyBeyondTheLimitAndRefillsWithTheClock) {
  load(
      "name: r\nrules: [{name: rate, match: {operation: SendTextMessage}, rate: {limit: 3, "
      "windowSeconds: 10}}]\n");
  const double start = 1000;
  std::string pattern;
  for (int i = 0; i < 5; ++i)
    pattern += ruleFor(awsCall("SendTextMessage"), start).empty() ? "." : "X";
  EXPECT_EQ(pattern, "...XX");
  // 10/3 s per token: after 4 s one call is allowed again, the next is not.
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage"), start + 4), "");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage"), start + 4), "rate");
  // A whole window later the bucket is full again, but never more than full.
  pattern.clear();
  for (int i = 0; i < 4; ++i)
    pattern += ruleFor(awsCall("SendTextMessage"), start + 100).empty() ? "." : "X";
  EXPECT_EQ(pattern, "...X");
  const auto decision = engine().decide(awsCall("SendTextMessage"), start + 100);
  ASSERT_TRUE(decision);
  EXPECT_TRUE(decision->overRate);
}

TEST_F(RuleEngine, StatesMoveASequenceOn) {
  load(R"(
name: seq
rules:
  - {name: first-fails, match: {operation: SendTextMessage}, state: Started, nextState: Failed-once, respond: {status: 500}}
  - {name: then-ok, match: {operation: SendTextMessage}, state: Failed-once, nextState: Done, delay: 0}
)");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "first-fails");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "then-ok");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "");
  EXPECT_EQ(engine().describe()[0]["state"], "Done");
  EXPECT_TRUE(engine().setState("seq", "Started", std::nullopt));
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "first-fails");
  EXPECT_FALSE(engine().setState("nope", "Started", std::nullopt));
  engine().restart();
  EXPECT_EQ(engine().describe()[0]["state"], "Started");
}

TEST_F(RuleEngine, StatesCanBeKeptPerPhoneNumber) {
  load(R"(
name: per-number
rules:
  - name: first-send-to-each-number-fails
    match: {operation: SendTextMessage}
    statePer: phoneNumber
    state: Started
    nextState: Tried
    respond: {error: ThrottlingException}
)");
  const auto to = [](const char* number) {
    return awsCall("SendTextMessage", {{"DestinationPhoneNumber", number}});
  };
  EXPECT_EQ(ruleFor(to("+14155550100")), "first-send-to-each-number-fails");
  EXPECT_EQ(ruleFor(to("+14155550100")), "");
  EXPECT_EQ(ruleFor(to("+14155550101")), "first-send-to-each-number-fails");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "");  // no number: no per-number sequence
  EXPECT_EQ(engine().describe()[0]["phoneNumberStates"]["+14155550101"], "Tried");
  EXPECT_TRUE(engine().setState("per-number", "Started", "+14155550100"));
  EXPECT_EQ(ruleFor(to("+14155550100")), "first-send-to-each-number-fails");
}

TEST_F(RuleEngine, ReplacingAScenarioKeepsItsPlaceAndStartsItsCountersAgain) {
  load("name: a\nrules: [{name: a1, times: 1, delay: 0}]\n");
  load("name: b\nrules: [{name: b1, delay: 0}]\n");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "a1");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "b1");
  load("name: a\nrules: [{name: a2, times: 1, delay: 0}]\n");
  EXPECT_EQ(ruleFor(awsCall("SendTextMessage")), "a2");
  EXPECT_EQ(engine().scenarios().size(), 2u);
  EXPECT_EQ(engine().scenarios()[0]->name, "a");
}

TEST_F(RuleEngine, CountsMatchesAndFiringsForTheControlApi) {
  load("name: c\nrules: [{name: r, match: {operation: SendTextMessage}, after: 1, delay: 0}]\n");
  ruleFor(awsCall("SendTextMessage"));
  ruleFor(awsCall("SendTextMessage"));
  ruleFor(awsCall("PutOptedOutNumber"));
  const auto rule = engine().describe()[0]["rules"][0];
  EXPECT_EQ(rule["matched"], 2);
  EXPECT_EQ(rule["fired"], 1);
}

}  // namespace
}  // namespace smsim::scenario
