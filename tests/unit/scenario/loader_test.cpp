// The scenario format: what loads, and that every broken file is refused with file, line, column
// and the offending key.
#include <gtest/gtest.h>

#include "scenario/scenario.hpp"
#include "scenario/seed_aws.hpp"

namespace smsim::scenario {
namespace {

ScenarioError refused(const std::string& text) {
  try {
    parseScenario(text, "broken.yaml");
  } catch (const ScenarioError& error) {
    return error;
  }
  ADD_FAILURE() << "loaded:\n" << text;
  return ScenarioError("none", {}, "", "");
}

TEST(ScenarioLoader, ReadsEverySection) {
  const auto scenario = parseScenario(R"(
name: full
description: every section once
randomSeed: 7
seed:
  aws:
    - account: "111122223333"
      region: eu-west-1
      optOutLists:
        - name: Marketing
          numbers: ["+14155550100", {number: "+14155550101", endUserOptedOut: true},
                    {from: "+14155560000", count: 10}]
rules:
  - name: throttle
    match: {api: aws, operation: [PutOptedOutNumber, DeleteOptedOutNumber],
            request: {OptOutListName: Marketing}, headers: {User-Agent: {contains: Boto3}}}
    every: 3
    respond: {error: ThrottlingException}
  - match: {api: convoso, path: {matches: "^/v1/dnc/"}}
    delay: {type: lognormal, medianMs: 20, sigma: 0.5, capMs: 100}
    fault: connectionReset
    probability: 0.5
steps:
  - aws: {operation: PutOptedOutNumber, input: {OptOutListName: Marketing, OptedOutNumber: "+14155550199"}}
  - advanceClock: {days: 31}
  - convoso: {path: sms-opt-out/insert, method: GET, params: {phone_number: 5551234567}}
    expect: {body: {success: true}}
expect:
  - calls: {operation: PutOptedOutNumber, error: ThrottlingException}
    count: 0
  - optedOut: {number: "+14155550100", list: Marketing, account: "111122223333", region: eu-west-1}
)",
                                      "full.yaml");
  EXPECT_EQ(scenario.name, "full");
  EXPECT_EQ(scenario.randomSeed, 7u);
  ASSERT_EQ(scenario.rules.size(), 2u);
  EXPECT_EQ(scenario.rules[0].name, "throttle");
  EXPECT_EQ(scenario.rules[0].match.operations.size(), 2u);
  EXPECT_EQ(scenario.rules[0].every, 3u);
  EXPECT_EQ(scenario.rules[0].respond->awsError->type, "ThrottlingException");
  EXPECT_EQ(scenario.rules[1].name, "rule-2");
  EXPECT_EQ(scenario.rules[1].fault, FaultKind::ConnectionReset);
  EXPECT_EQ(scenario.rules[1].delay->kind, DelaySpec::Kind::Lognormal);
  ASSERT_EQ(scenario.steps.size(), 3u);
  EXPECT_EQ(scenario.steps[0].call.headers[0].second, "PinpointSMSVoiceV2.PutOptedOutNumber");
  EXPECT_EQ(scenario.steps[1].call.body, R"({"advanceSeconds":2678400.0})");
  EXPECT_EQ(scenario.steps[2].call.target, "/v1/sms-opt-out/insert?phone_number=5551234567");
  ASSERT_EQ(scenario.expectations.size(), 2u);
  EXPECT_EQ(scenario.expectations[0]->name,
            "PutOptedOutNumber failing with ThrottlingException called 0 times");
  const auto& aws = dynamic_cast<const AwsSeed&>(*scenario.seed.parts.at(0));
  EXPECT_EQ(aws.scopes().at(0).optOutLists.at(0).size(), 12u);
}

TEST(ScenarioLoader, ReadsJsonToo) {
  const auto scenario = parseScenario(
      R"({"name": "json", "rules": [{"match": {"operation": "SendTextMessage"},
          "respond": {"status": 503, "body": {"message": "down"}}}]})",
      "s.json");
  EXPECT_EQ(scenario.rules.at(0).respond->status, 503);
  EXPECT_EQ(scenario.rules.at(0).respond->body->at("message"), "down");
}

TEST(ScenarioLoader, UnknownKeyNamesFileLineColumnAndKey) {
  const auto error =
      refused("name: x\nrules:\n  - match: {operation: SendTextMessage}\n    reponse: {}\n");
  EXPECT_EQ(error.id(), error_id::kUnknownKey);
  EXPECT_EQ(error.position().file, "broken.yaml");
  EXPECT_EQ(error.position().line, 4);
  EXPECT_EQ(error.position().column, 5);
  EXPECT_EQ(error.key(), "rules[0].reponse");
  EXPECT_NE(std::string(error.what()).find("broken.yaml:4:5"), std::string::npos);
  EXPECT_NE(error.message().find("expected one of: name, match, respond"), std::string::npos);
}

TEST(ScenarioLoader, RefusesEachKindOfMistake) {
  struct Case {
    const char* text;
    const char* id;
    const char* key;
    int line;
  };
  const Case cases[] = {
      {"description: no name\n", error_id::kMissingKey, "", 1},
      {"name: a b\n", error_id::kInvalidValue, "name", 1},
      {"name: x\nname: y\n", error_id::kDuplicateKey, "name", 2},
      {"name: x\nrules: [{match: {operation: PutOptOutNumber}}]\n", error_id::kInvalidValue,
       "rules[0].match.operation", 2},
      {"name: x\nrules:\n  - times: 0\n", error_id::kInvalidValue, "rules[0].times", 3},
      {"name: x\nrules:\n  - probability: 1.5\n", error_id::kInvalidValue, "rules[0].probability",
       3},
      {"name: x\nrules:\n  - fault: meltdown\n", error_id::kInvalidValue, "rules[0].fault", 3},
      {"name: x\nrules:\n  - respond: {status: 700}\n", error_id::kInvalidValue,
       "rules[0].respond.status", 3},
      {"name: x\nrules:\n  - respond: {}\n", error_id::kMissingKey, "rules[0].respond", 3},
      {"name: x\nrules:\n  - delay: {type: uniform, minMs: 5, maxMs: 1}\n", error_id::kInvalidValue,
       "rules[0].delay.maxMs", 3},
      {"name: x\nrules:\n  - match: {headers: {X-A: {matches: \"(\"}}}\n", error_id::kInvalidValue,
       "rules[0].match.headers.X-A.matches", 3},
      {"name: x\nrules: [{name: a}, {name: a}]\n", error_id::kInvalidValue, "rules[1]", 2},
      {"name: x\nseed:\n  aws:\n    optOutLists:\n      - name: L\n        numbers: "
       "[\"+14155550100\", "
       "\"14155550101\"]\n",
       error_id::kInvalidValue, "seed.aws.optOutLists[0].numbers[1]", 6},
      {"name: x\nseed:\n  aws:\n    optOutLists:\n      - name: L\n        numbers: [{from: "
       "\"+99999999998\", count: 5}]\n",
       error_id::kInvalidValue, "seed.aws.optOutLists[0].numbers[0].from", 6},
      {"name: x\nseed:\n  aws: {account: \"12\"}\n", error_id::kInvalidValue, "seed.aws.account",
       3},
      {"name: x\nseed:\n  aws: {optOutLists: [{name: \"bad name\"}]}\n", error_id::kInvalidValue,
       "seed.aws.optOutLists[0].name", 3},
      {"name: x\nseed: {gcp: {}}\n", error_id::kUnknownKey, "seed.gcp", 2},
      {"name: x\nsteps:\n  - aws: {operation: X}\n    convoso: {path: a}\n",
       error_id::kInvalidValue, "steps[0]", 3},
      {"name: x\nsteps:\n  - expect: {status: 200}\n", error_id::kMissingKey, "steps[0]", 3},
      {"name: x\nexpect:\n  - calls: {operation: SendTextMessage}\n    count: -1\n",
       error_id::kInvalidValue, "expect[0].count", 4},
      {"name: x\nexpect:\n  - optedOut: {list: Default}\n", error_id::kMissingKey,
       "expect[0].optedOut", 3},
      {"name: x\nrules: [\n", error_id::kSyntax, "", 3},
      {"name: x\n\tbad: tab\n", error_id::kSyntax, "", 2},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto error = refused(c.text);
    EXPECT_EQ(error.id(), c.id) << error.what();
    EXPECT_EQ(error.key(), c.key) << error.what();
    EXPECT_EQ(error.position().line, c.line) << error.what();
  }
}

TEST(ScenarioLoader, MissingFileIsAnErrorNamingIt) {
  try {
    loadScenarioFile("/nonexistent/scenario.yaml");
    FAIL();
  } catch (const ScenarioError& error) {
    EXPECT_EQ(error.id(), error_id::kFile);
    EXPECT_EQ(error.position().file, "/nonexistent/scenario.yaml");
  }
}

TEST(ScenarioLoader, ScalarsKeepTheirYamlTypes) {
  const auto scenario = parseScenario(R"(
name: types
rules:
  - match: {request: {quoted: "12", plain: 12, flag: true, real: 1.5, plus: +1415, nothing: ~}}
)",
                                      "t.yaml");
  const auto& request = scenario.rules.at(0).match.request;
  EXPECT_EQ(request["quoted"], "12");
  EXPECT_EQ(request["plain"], 12);
  EXPECT_EQ(request["flag"], true);
  EXPECT_EQ(request["real"], 1.5);
  EXPECT_EQ(request["plus"], "+1415");
  EXPECT_TRUE(request["nothing"].is_null());
}

}  // namespace
}  // namespace smsim::scenario
