// Scenarios through the front door: a real smsim on port 0, loaded and steered over HTTP, its rules
// answering, delaying and breaking real API calls, its journal and verify reports read back.
#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "scenario/scenario_error.hpp"
#include "smsim/server.hpp"

namespace smsim {
namespace {

using nlohmann::json;

constexpr const char* kAwsContentType = "application/x-amz-json-1.0";

class ScenarioHttp : public ::testing::Test {
 protected:
  void SetUp() override { start({}); }

  void start(std::vector<std::string> scenarioFiles,
             std::size_t numberStates = ServerConfig{}.scenarioNumberStates) {
    if (server) server->stop();
    ServerConfig config;
    config.host = "127.0.0.1";
    config.port = 0;
    config.scenarioFiles = std::move(scenarioFiles);
    config.scenarioNumberStates = numberStates;
    server = std::make_unique<Server>(config);
    server->start();
    client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
    client->set_read_timeout(30);
  }

  httplib::Result aws(const std::string& operation, const json& input,
                      const std::string& account = "") {
    httplib::Headers headers = {{"X-Amz-Target", "PinpointSMSVoiceV2." + operation}};
    if (!account.empty()) {
      headers.emplace("Authorization", "AWS4-HMAC-SHA256 Credential=" + account +
                                           "/20240101/us-east-1/sms-voice/aws4_request");
    }
    return client->Post("/", headers, input.dump(), kAwsContentType);
  }

  httplib::Result load(const std::string& yaml) {
    return client->Post("/_smsim/scenarios", yaml, "application/yaml");
  }

  json journal(const std::string& operation = "") {
    auto result = client->Get(operation.empty() ? "/_smsim/requests"
                                                : "/_smsim/requests?operation=" + operation);
    return json::parse(result->body)["requests"];
  }

  bool optedOut(const std::string& number, const std::string& list = "Default") {
    auto result =
        aws("DescribeOptedOutNumbers", {{"OptOutListName", list}, {"OptedOutNumbers", {number}}});
    if (!result || result->status != 200) return false;
    return !json::parse(result->body)["OptedOutNumbers"].empty();
  }

  std::unique_ptr<Server> server;
  std::unique_ptr<httplib::Client> client;
};

TEST_F(ScenarioHttp, WithoutScenariosCallsAreServedUntouched) {
  auto result = aws("DescribeOptOutLists", json::object());
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_FALSE(result->has_header("x-smsim-rule"));
  EXPECT_TRUE(journal()[0]["rule"].is_null());
}

TEST_F(ScenarioHttp, LoadsListsAndDeletesScenarios) {
  auto loaded = load(
      "name: one\nrules: [{match: {operation: SendTextMessage}, delay: 0}]\n"
      "steps: [{advanceClock: 1}]\nexpect: [{calls: {api: aws}, atLeast: 0}]\n");
  ASSERT_EQ(loaded->status, 201) << loaded->body;
  EXPECT_EQ(
      json::parse(loaded->body),
      (json{
          {"name", "one"}, {"replaced", false}, {"rules", 1}, {"steps", 1}, {"expectations", 1}}));
  ASSERT_EQ(client->Post("/_smsim/scenarios", R"({"name": "two"})", "application/json")->status,
            201);
  EXPECT_EQ(json::parse(load("name: one\n")->body)["replaced"], true);

  const auto listed = json::parse(client->Get("/_smsim/scenarios")->body)["scenarios"];
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0]["name"], "one");
  EXPECT_EQ(listed[0]["state"], "Started");
  EXPECT_EQ(listed[1]["name"], "two");

  EXPECT_EQ(client->Delete("/_smsim/scenarios/one")->status, 200);
  const auto missing = client->Delete("/_smsim/scenarios/one");
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(json::parse(missing->body)["error"], "ScenarioNotFound");
  EXPECT_EQ(json::parse(client->Get("/_smsim/scenarios")->body)["scenarios"].size(), 1u);
}

TEST_F(ScenarioHttp, ABrokenScenarioIsRejectedWholeAndLeavesTheStateAsItWas) {
  ASSERT_EQ(
      load(
          "name: good\nseed: {aws: {optOutLists: [{name: Default, numbers: [\"+14155550100\"]}]}}\n"
          "rules: [{name: slow, match: {operation: ListTagsForResource}, delay: 0}]\n")
          ->status,
      201);
  const auto refused = load(
      "name: bad\n"
      "seed: {aws: {optOutLists: [{name: Default, numbers: [\"+14155550199\"]}]}}\n"
      "rules:\n"
      "  - match: {operation: PutOptedOutNumber}\n"
      "    respond: {error: ThrottlingException, stauts: 400}\n");
  ASSERT_EQ(refused->status, 400);
  const auto error = json::parse(refused->body);
  EXPECT_EQ(error["error"], "InvalidScenario");
  EXPECT_EQ(error["id"], "scenario.unknown_key");
  EXPECT_EQ(error["file"], "<request>");
  EXPECT_EQ(error["line"], 5);
  EXPECT_EQ(error["column"], 43);
  EXPECT_EQ(error["key"], "rules[0].respond.stauts");

  EXPECT_TRUE(optedOut("+14155550100"));
  EXPECT_FALSE(optedOut("+14155550199"));
  const auto listed = json::parse(client->Get("/_smsim/scenarios")->body)["scenarios"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["name"], "good");
  EXPECT_EQ(
      aws("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550101"}})
          ->status,
      200);
  EXPECT_EQ(load("not: [valid")->status, 400);
  EXPECT_EQ(load("")->status, 400);
}

TEST_F(ScenarioHttp, AnAwsErrorRuleAnswersLikeAwsAndIsJournaled) {
  ASSERT_EQ(load(R"(
name: errors
rules:
  - name: opted-out
    match: {api: aws, operation: PutOptedOutNumber, account: "111122223333",
            request: {OptedOutNumber: "+14155550100"}}
    respond:
      error:
        type: ConflictException
        message: scripted conflict
        members: {Reason: DESTINATION_PHONE_NUMBER_OPTED_OUT, ResourceType: opted-out-number}
  - name: throttle
    match: {operation: DescribeOptOutLists}
    respond: {error: ThrottlingException}
)")
                ->status,
            201);
  const json input = {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}};
  auto conflict = aws("PutOptedOutNumber", input, "111122223333");
  ASSERT_TRUE(conflict);
  EXPECT_EQ(conflict->status, 400);
  EXPECT_EQ(conflict->get_header_value("x-amzn-ErrorType"), "ConflictException");
  EXPECT_EQ(conflict->get_header_value("x-smsim-rule"), "errors/opted-out");
  EXPECT_FALSE(conflict->get_header_value("x-amzn-RequestId").empty());
  EXPECT_EQ(conflict->get_header_value("Content-Type"), kAwsContentType);
  EXPECT_EQ(json::parse(conflict->body), (json{{"__type", "ConflictException"},
                                               {"message", "scripted conflict"},
                                               {"Reason", "DESTINATION_PHONE_NUMBER_OPTED_OUT"},
                                               {"ResourceType", "opted-out-number"}}));
  // Another account, another number: no rule, the real service answers.
  EXPECT_EQ(aws("PutOptedOutNumber", input, "444455556666")->status, 200);
  EXPECT_EQ(aws("PutOptedOutNumber",
                {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550101"}}, "111122223333")
                ->status,
            200);

  auto throttled = aws("DescribeOptOutLists", json::object());
  EXPECT_EQ(throttled->status, 400);
  EXPECT_EQ(json::parse(throttled->body),
            (json{{"__type", "ThrottlingException"}, {"message", "Rate exceeded"}}));

  const auto puts = journal("PutOptedOutNumber");
  ASSERT_EQ(puts.size(), 3u);
  EXPECT_EQ(puts[0]["status"], 400);
  EXPECT_EQ(puts[0]["errorType"], "ConflictException");
  EXPECT_EQ(puts[0]["rule"], "errors/opted-out");
  EXPECT_EQ(puts[0]["accountId"], "111122223333");
  EXPECT_EQ(puts[0]["request"], input);
  EXPECT_EQ(puts[0]["response"]["Reason"], "DESTINATION_PHONE_NUMBER_OPTED_OUT");
  EXPECT_TRUE(puts[1]["rule"].is_null());
}

TEST_F(ScenarioHttp, RawStatusHeadersAndBodies) {
  ASSERT_EQ(load(R"(
name: raw
rules:
  - match: {operation: DescribeOptOutLists}
    respond: {status: 503, headers: {Retry-After: "2", Content-Type: text/html}, body: "<h1>down</h1>"}
  - match: {operation: ListTagsForResource}
    respond: {status: 502}
  - match: {operation: DescribeOptedOutNumbers}
    respond: {body: {OptedOutNumbers: [], OptOutListName: Default}}
)")
                ->status,
            201);
  auto down = aws("DescribeOptOutLists", json::object());
  EXPECT_EQ(down->status, 503);
  EXPECT_EQ(down->get_header_value("Retry-After"), "2");
  EXPECT_EQ(down->get_header_value("Content-Type"), "text/html");
  EXPECT_EQ(down->body, "<h1>down</h1>");
  auto bare = aws("ListTagsForResource", {{"ResourceArn", "x"}});
  EXPECT_EQ(bare->status, 502);
  EXPECT_EQ(bare->body, "");
  auto canned = aws("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}});
  EXPECT_EQ(canned->status, 200);
  EXPECT_EQ(json::parse(canned->body)["OptOutListName"], "Default");
}

TEST_F(ScenarioHttp, ConvosoCodesAndThrottles) {
  ASSERT_EQ(load(R"(
name: convoso
rules:
  - name: duplicate
    match: {api: convoso, path: /v1/sms-opt-out/insert, request: {phone_number: "5551234567"}}
    respond: {convoso: {code: 6008}}
  - name: busy
    match: {api: convoso, operation: dnc/search}
    rate: {limit: 1, windowSeconds: 60}
)")
                ->status,
            201);
  auto duplicate = client->Post("/v1/sms-opt-out/insert",
                                "auth_token=t&phone_number=5551234567&phone_code=1&campaign_id=0",
                                "application/x-www-form-urlencoded");
  ASSERT_TRUE(duplicate);
  EXPECT_EQ(duplicate->status, 200);
  EXPECT_EQ(
      json::parse(duplicate->body),
      (json{{"success", false}, {"code", 6008}, {"text", "The phone number already exists"}}));
  auto other = client->Get(
      "/v1/sms-opt-out/insert?auth_token=t&phone_number=5551234568&phone_code=1&campaign_id=0");
  EXPECT_EQ(json::parse(other->body)["success"], true);

  EXPECT_EQ(client->Get("/v1/dnc/search?auth_token=t")->status, 200);
  auto busy = client->Get("/v1/dnc/search?auth_token=t");
  EXPECT_EQ(busy->status, 429);
  EXPECT_EQ(busy->get_header_value("Retry-After"), "60");

  const auto inserts = journal("sms-opt-out/insert");
  ASSERT_EQ(inserts.size(), 2u);
  EXPECT_EQ(inserts[0]["api"], "convoso");
  EXPECT_EQ(inserts[0]["errorType"], "6008");
  EXPECT_EQ(inserts[0]["rule"], "convoso/duplicate");
  EXPECT_EQ(inserts[0]["request"]["phone_number"], "5551234567");
}

TEST_F(ScenarioHttp, FaultsBreakTheConnectionAndTheServerCarriesOn) {
  ASSERT_EQ(load(R"(
name: faults
rules:
  - {match: {operation: DescribeOptOutLists}, fault: connectionReset}
  - {match: {operation: ListTagsForResource}, fault: emptyResponse}
  - {match: {operation: DescribeOptedOutNumbers}, fault: truncatedResponse}
  - {match: {operation: CreateOptOutList}, fault: malformedResponse}
)")
                ->status,
            201);
  auto reset = aws("DescribeOptOutLists", json::object());
  EXPECT_FALSE(reset);
  auto empty = aws("ListTagsForResource", {{"ResourceArn", "x"}});
  EXPECT_FALSE(empty);
  auto truncated = aws("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}});
  EXPECT_FALSE(truncated);
  auto malformed = aws("CreateOptOutList", {{"OptOutListName", "L"}});
  ASSERT_TRUE(malformed);
  EXPECT_EQ(malformed->status, 200);
  EXPECT_TRUE(json::parse(malformed->body, nullptr, false).is_discarded());

  EXPECT_EQ(
      aws("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}})
          ->status,
      200);
  const auto entries = journal();
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0]["errorType"], "connectionReset");
  EXPECT_EQ(entries[1]["errorType"], "emptyResponse");
  EXPECT_EQ(entries[2]["errorType"], "truncatedResponse");
  EXPECT_EQ(entries[3]["errorType"], "malformedResponse");
  EXPECT_EQ(entries[3]["rule"], "faults/rule-4");
}

// A raw socket shows the reset itself: the read fails with ECONNRESET, not an orderly end.
TEST_F(ScenarioHttp, AConnectionResetIsATcpReset) {
  ASSERT_EQ(load("name: rst\nrules: [{fault: connectionReset}]\n")->status, 201);
  httplib::Client raw("127.0.0.1", server->port());
  auto result = raw.Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeOptOutLists"}}, "{}",
                         kAwsContentType);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error(), httplib::Error::Read);
  EXPECT_EQ(journal()[0]["status"], 0);
}

TEST_F(ScenarioHttp, DelayedCallsAreServedAndJournaledWithTheirRule) {
  ASSERT_EQ(load("name: slow\nrules: [{name: lag, match: {operation: DescribeOptOutLists}, "
                 "delay: {type: uniform, minMs: 1, maxMs: 5}}]\n")
                ->status,
            201);
  auto result = aws("DescribeOptOutLists", json::object());
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  EXPECT_EQ(result->get_header_value("x-smsim-rule"), "slow/lag");
  EXPECT_EQ(journal()[0]["rule"], "slow/lag");
  EXPECT_EQ(journal()[0]["errorType"], nullptr);
}

TEST_F(ScenarioHttp, ResetRestoresSeedsAndStartsRulesOver) {
  ASSERT_EQ(load(R"(
name: seeded
seed: {aws: {optOutLists: [{name: Default, numbers: ["+14155550100"]}, {name: Extra}]}}
rules: [{name: once, match: {operation: DescribeOptOutLists}, times: 1, respond: {status: 500}}]
)")
                ->status,
            201);
  EXPECT_TRUE(optedOut("+14155550100"));
  EXPECT_EQ(aws("DeleteOptedOutNumber",
                {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}})
                ->status,
            200);
  EXPECT_EQ(aws("DescribeOptOutLists", json::object())->status, 500);
  EXPECT_EQ(aws("DescribeOptOutLists", json::object())->status, 200);
  EXPECT_FALSE(optedOut("+14155550100"));

  ASSERT_EQ(client->Post("/_smsim/reset", "", "application/json")->status, 200);
  EXPECT_TRUE(optedOut("+14155550100"));
  EXPECT_EQ(aws("DescribeOptOutLists", json::object())->status, 500);
  auto lists = json::parse(aws("DescribeOptOutLists", json::object())->body)["OptOutLists"];
  EXPECT_EQ(lists.size(), 2u);
}

TEST_F(ScenarioHttp, PutStateSteersASequence) {
  ASSERT_EQ(load(R"(
name: seq
rules:
  - {match: {operation: DescribeOptOutLists}, state: Broken, respond: {status: 500}}
)")
                ->status,
            201);
  EXPECT_EQ(aws("DescribeOptOutLists", json::object())->status, 200);
  auto put =
      client->Put("/_smsim/scenarios/seq/state", R"({"state": "Broken"})", "application/json");
  ASSERT_EQ(put->status, 200);
  EXPECT_EQ(aws("DescribeOptOutLists", json::object())->status, 500);
  EXPECT_EQ(
      client->Put("/_smsim/scenarios/nope/state", R"({"state": "x"})", "application/json")->status,
      404);
  EXPECT_EQ(
      client->Put("/_smsim/scenarios/seq/state", R"({"state": 3})", "application/json")->status,
      400);
}

TEST_F(ScenarioHttp, VerifyReportsAsJsonAndJunit) {
  ASSERT_EQ(load(R"(
name: checks
seed: {aws: {optOutLists: [{name: Default, numbers: ["+14155550100"]}]}}
expect:
  - calls: {operation: SendTextMessage}
    count: 0
  - name: the application opted the number out
    calls: {operation: PutOptedOutNumber, request: {OptedOutNumber: "+14155550199"}}
  - optedOut: {number: "+14155550100"}
)")
                ->status,
            201);
  auto report = json::parse(client->Post("/_smsim/verify", "", "application/json")->body);
  EXPECT_EQ(report["passed"], false);
  EXPECT_EQ(report["failedCount"], 1);
  const auto checks = report["scenarios"][0]["checks"];
  ASSERT_EQ(checks.size(), 3u);
  EXPECT_EQ(checks[0]["passed"], true);
  EXPECT_EQ(checks[0]["name"], "SendTextMessage called 0 times");
  EXPECT_EQ(checks[1]["passed"], false);
  EXPECT_EQ(checks[1]["name"], "the application opted the number out");
  EXPECT_EQ(checks[1]["detail"], "called 0 times");
  EXPECT_EQ(checks[1]["line"], 7);

  aws("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550199"}});
  EXPECT_EQ(
      json::parse(
          client->Post("/_smsim/verify?scenario=checks", "", "application/json")->body)["passed"],
      true);
  auto junit = client->Post("/_smsim/verify?format=junit", "", "application/json");
  EXPECT_EQ(junit->get_header_value("Content-Type"), "application/xml");
  EXPECT_NE(
      junit->body.find(R"(<testsuite name="checks" file="&lt;request&gt;" tests="3" failures="0")"),
      std::string::npos)
      << junit->body;
  EXPECT_EQ(client->Post("/_smsim/verify?scenario=nope", "", "application/json")->status, 404);

  auto adHoc = client->Post("/_smsim/verify", "expect: [{notOptedOut: {number: \"+14155550100\"}}]",
                            "application/yaml");
  EXPECT_EQ(json::parse(adHoc->body)["passed"], false);
}

TEST_F(ScenarioHttp, ScenarioFilesLoadAtStartAndABrokenOneStopsTheStart) {
  const std::string good = ::testing::TempDir() + "smsim_good_scenario.yaml";
  const std::string bad = ::testing::TempDir() + "smsim_bad_scenario.yaml";
  std::ofstream(good) << "name: from-file\nseed: {aws: {optOutLists: [{name: Default, numbers: "
                         "[\"+14155550142\"]}]}}\n";
  std::ofstream(bad) << "name: broken\nrules: [{fault: meltdown}]\n";
  start({good});
  EXPECT_TRUE(optedOut("+14155550142"));
  EXPECT_EQ(json::parse(client->Get("/_smsim/scenarios")->body)["scenarios"][0]["file"], good);

  ServerConfig config;
  config.port = 0;
  config.scenarioFiles = {good, bad};
  try {
    Server broken(config);
    FAIL() << "a broken scenario file was loaded";
  } catch (const scenario::ScenarioError& error) {
    EXPECT_EQ(error.position().file, bad);
    EXPECT_EQ(error.position().line, 2);
    EXPECT_EQ(error.key(), "rules[0].fault");
  }
  std::remove(good.c_str());
  std::remove(bad.c_str());
}

// Each of these replays an input that crashed, hung or grew a server before the bounds existed.

constexpr const char* kSelfAlias =
    "name: self\nrules:\n  - match: &a {request: {x: [*a]}}\n    respond: {status: 500}\n";

TEST_F(ScenarioHttp, AliasCyclesAndBombsAreRefusedAndTheServerCarriesOn) {
  const auto cycle = load(kSelfAlias);
  ASSERT_EQ(cycle->status, 400) << cycle->body;
  EXPECT_EQ(json::parse(cycle->body)["id"], "scenario.limit");
  EXPECT_EQ(json::parse(cycle->body)["key"], "rules[0].match.request.x[0]");

  std::string bomb = "name: laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level < 10; ++level) {
    const auto below = "*a" + std::to_string(level - 1);
    bomb += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [" + below;
    for (int i = 1; i < 10; ++i) bomb += ", " + below;
    bomb += "]\n";
  }
  const auto laughs =
      load(bomb + "rules: [{match: {request: {x: *a9}}, respond: {status: 500}}]\n");
  ASSERT_EQ(laughs->status, 400) << laughs->body;
  EXPECT_EQ(json::parse(laughs->body)["id"], "scenario.limit");
  const auto verify = client->Post("/_smsim/verify", "expect:\n  - calls: &c {request: {x: *c}}\n",
                                   "application/yaml");
  EXPECT_EQ(verify->status, 400);
  EXPECT_EQ(client->Get("/_smsim/health")->status, 200);

  const std::string file = ::testing::TempDir() + "smsim_self_alias.yaml";
  std::ofstream(file) << kSelfAlias;
  ServerConfig config;
  config.port = 0;
  config.scenarioFiles = {file};
  EXPECT_THROW(Server serving(config), scenario::ScenarioError);
  std::remove(file.c_str());
}

TEST_F(ScenarioHttp, ABacktrackingPatternGivesUpInsteadOfPinningAThread) {
  ASSERT_EQ(load("name: slow\nrules:\n  - match: {headers: {X-Test: {matches: \"^(a|aa)+$\"}}}\n"
                 "    respond: {status: 500}\n")
                ->status,
            201);
  const auto answered =
      client->Post("/",
                   httplib::Headers{{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeOptOutLists"},
                                    {"X-Test", std::string(48, 'a') + "!"}},
                   "{}", kAwsContentType);
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->status, 200);  // no match: served as usual
}

TEST_F(ScenarioHttp, RuleStatusesThatCarryNoBodyAreRefused) {
  const auto refused = load("name: empty\nrules:\n  - respond: {status: 204, body: {a: 1}}\n");
  ASSERT_EQ(refused->status, 400);
  EXPECT_EQ(json::parse(refused->body)["key"], "rules[0].respond.status");
  EXPECT_EQ(load("name: slow\nrules: [{delay: 300000}]\n")->status, 400);
}

TEST_F(ScenarioHttp, VerifyNeverAnswers500) {
  // A request matcher that is not UTF-8.
  const auto notUtf8 =
      client->Post("/_smsim/verify",
                   "expect:\n  - calls: {request: {MessageBody: \"\xff\xfe\"}}\n    count: 0\n",
                   "application/yaml");
  ASSERT_TRUE(notUtf8);
  EXPECT_EQ(notUtf8->status, 200) << notUtf8->body;
  EXPECT_TRUE(json::parse(notUtf8->body)["passed"]);

  // A journaled body nested 58,000 levels, then a calls check that compares request bodies.
  constexpr std::size_t kDepth = 58'000;
  const auto deep = R"({"OptOutListName":"Default","Deep":)" + std::string(kDepth, '[') +
                    std::string(kDepth, ']') + "}";
  ASSERT_TRUE(client->Post(
      "/", httplib::Headers{{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeOptOutLists"}}, deep,
      kAwsContentType));
  const auto checked =
      client->Post("/_smsim/verify", "expect:\n  - calls: {request: {Deep: [[1]]}}\n    count: 0\n",
                   "application/yaml");
  ASSERT_TRUE(checked);
  EXPECT_EQ(checked->status, 200) << checked->body;
  EXPECT_EQ(client->Get("/_smsim/health")->status, 200);
}

TEST_F(ScenarioHttp, PhoneNumberStatesAreBoundedAndEvictionsShown) {
  constexpr std::size_t kCapacity = 2;
  start({}, kCapacity);
  ASSERT_EQ(load("name: seq\nrules:\n  - {match: {operation: PutOptedOutNumber}, statePer: "
                 "phoneNumber, state: Started, nextState: Seen, delay: 0}\n")
                ->status,
            201);
  for (int i = 0; i < 5; ++i) {
    const json body = {{"state", "Seen"}, {"phoneNumber", "+1415555010" + std::to_string(i)}};
    ASSERT_EQ(client->Put("/_smsim/scenarios/seq/state", body.dump(), "application/json")->status,
              200);
  }
  const json tooLong = {{"state", "Seen"}, {"phoneNumber", std::string(1000, '9')}};
  EXPECT_EQ(client->Put("/_smsim/scenarios/seq/state", tooLong.dump(), "application/json")->status,
            400);
  const auto listed = json::parse(client->Get("/_smsim/scenarios")->body);
  EXPECT_EQ(listed["phoneNumberStateCapacity"], kCapacity);
  EXPECT_EQ(listed["scenarios"][0]["phoneNumberStates"].size(), kCapacity);
  EXPECT_EQ(listed["scenarios"][0]["phoneNumberStatesEvicted"], 3);
}

}  // namespace
}  // namespace smsim
