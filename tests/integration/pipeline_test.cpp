// The one request pipeline, through the front door: scenario rules see a Convoso call's
// parameters exactly as the service merges them, a rule's error and the service's error of the
// same kind are the same bytes, unknown routes answer in the format of the API whose path they
// fall under, and the journal's durations include injected delays and carry the request id.
#include <gtest/gtest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "smsim/server.hpp"

namespace smsim {
namespace {

using json = nlohmann::json;
constexpr const char* kAwsContentType = "application/x-amz-json-1.0";
constexpr const char* kFormContentType = "application/x-www-form-urlencoded";

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerConfig config;
    config.host = "127.0.0.1";
    config.port = 0;
    server = std::make_unique<Server>(config);
    server->start();
    client = std::make_unique<httplib::Client>("127.0.0.1", server->port());
    client->set_read_timeout(30);
  }
  void TearDown() override { server->stop(); }

  httplib::Result aws(const std::string& operation, const json& input) {
    return client->Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2." + operation}}, input.dump(),
                        kAwsContentType);
  }
  void load(const std::string& yaml) {
    auto result = client->Post("/_smsim/scenarios", yaml, "application/yaml");
    ASSERT_TRUE(result);
    ASSERT_EQ(result->status, 201) << result->body;
  }
  json journal(const std::string& operation) {
    return json::parse(client->Get("/_smsim/requests?operation=" + operation)->body)["requests"];
  }
  json dncSearch(const std::string& number) {
    return json::parse(
        client->Get("/v1/dnc/search?auth_token=t&phone_number=" + number + "&phone_code=1")->body);
  }

  std::unique_ptr<Server> server;
  std::unique_ptr<httplib::Client> client;
};

constexpr const char* kBlockNumber = R"(
name: block
rules:
  - name: no-0199
    match: {api: convoso, operation: dnc/insert, request: {phone_number: "4155550199"}}
    respond: {convoso: {code: 6007}}
)";

// The body's value wins over the query's (PHP's request_order "GP"), for the service and so for
// the rule: a split request can't slip past a rule that blocks the number it inserts.
TEST_F(PipelineTest, ConvosoRulesSeeTheQueryAndFormMergeTheServiceSees) {
  load(kBlockNumber);
  auto split =
      client->Post("/v1/dnc/insert?auth_token=t&phone_number=4155550100&phone_code=1&campaign_id=0",
                   "phone_number=4155550199", kFormContentType);
  ASSERT_TRUE(split);
  EXPECT_EQ(json::parse(split->body)["code"], 6007) << split->body;
  EXPECT_EQ(split->get_header_value("x-smsim-rule"), "block/no-0199");
  EXPECT_EQ(dncSearch("4155550199")["data"]["total"], 0);

  // And the other way round: the blocked number in the query, another in the body, is served.
  auto other =
      client->Post("/v1/dnc/insert?auth_token=t&phone_number=4155550199&phone_code=1&campaign_id=0",
                   "phone_number=4155550100", kFormContentType);
  ASSERT_TRUE(other);
  EXPECT_EQ(json::parse(other->body)["success"], true) << other->body;
  EXPECT_EQ(dncSearch("4155550100")["data"]["total"], 1);
  EXPECT_EQ(journal("dnc/insert")[1]["request"]["phone_number"], "4155550100");
}

TEST_F(PipelineTest, ConvosoRulesSeeMultipartParameters) {
  load(kBlockNumber);
  httplib::MultipartFormDataItems fields = {{"auth_token", "t", "", ""},
                                            {"phone_number", "4155550199", "", ""},
                                            {"phone_code", "1", "", ""},
                                            {"campaign_id", "0", "", ""}};
  auto multipart = client->Post("/v1/dnc/insert", fields);
  ASSERT_TRUE(multipart);
  EXPECT_EQ(json::parse(multipart->body)["code"], 6007) << multipart->body;
  EXPECT_EQ(dncSearch("4155550199")["data"]["total"], 0);
  const auto entries = journal("dnc/insert");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0]["request"]["phone_number"], "4155550199");
  EXPECT_EQ(entries[0]["rule"], "block/no-0199");
}

TEST_F(PipelineTest, AnAwsRuleErrorIsTheServiceErrorByteForByte) {
  auto service = aws("DeleteOptOutList", {{"OptOutListName", "missing"}});
  ASSERT_TRUE(service);
  ASSERT_EQ(service->status, 400);
  const auto error = json::parse(service->body);
  ASSERT_EQ(error["__type"], "ResourceNotFoundException");

  json members = error;
  members.erase("__type");
  members.erase("message");
  load(
      "name: same\nrules:\n  - name: not-found\n    match: {operation: DeleteOptOutList}\n"
      "    respond:\n      error:\n        type: ResourceNotFoundException\n        message: " +
      error["message"].dump() + "\n        members: " + members.dump() + "\n");
  auto rule = aws("DeleteOptOutList", {{"OptOutListName", "missing"}});
  ASSERT_TRUE(rule);
  EXPECT_EQ(rule->get_header_value("x-smsim-rule"), "same/not-found");
  EXPECT_EQ(rule->status, service->status);
  EXPECT_EQ(rule->body, service->body);
  EXPECT_EQ(rule->get_header_value("x-amzn-ErrorType"),
            service->get_header_value("x-amzn-ErrorType"));
  EXPECT_EQ(rule->get_header_value("Content-Type"), service->get_header_value("Content-Type"));
}

TEST_F(PipelineTest, AConvosoRuleErrorIsTheServiceErrorByteForByte) {
  // 6007 Invalid Phone Number, from the service and from a rule naming only the code.
  auto service = client->Get("/v1/dnc/insert?auth_token=t&phone_code=1");
  ASSERT_TRUE(service);
  ASSERT_EQ(json::parse(service->body)["code"], 6007) << service->body;
  load(
      "name: same\nrules:\n  - name: missing\n    match: {api: convoso, operation: dnc/insert}\n"
      "    respond: {convoso: {code: 6007}}\n");
  auto rule = client->Get("/v1/dnc/insert?auth_token=t&phone_code=1");
  ASSERT_TRUE(rule);
  EXPECT_EQ(rule->get_header_value("x-smsim-rule"), "same/missing");
  EXPECT_EQ(rule->status, service->status);
  EXPECT_EQ(rule->body, service->body);
  EXPECT_EQ(rule->body, R"({"success":false,"code":6007,"text":"Invalid Phone Number"})");
}

// SNS shares `/` with awsJson and is told apart by the request: a form body without X-Amz-Target
// is SNS; X-Amz-Target wins even with a form content type. A rule on `api: sns` sees the
// parameters in the model's shapes and answers SNS's XML with SNS's status for the code.
TEST_F(PipelineTest, SnsIsChosenByTheRequestAndItsRulesAnswerSnsXml) {
  load(R"(
name: sns
rules:
  - name: throttle-sms
    match: {api: sns, operation: Publish, request: {PhoneNumber: "+14155550100"}}
    respond: {error: Throttled}
)");
  const std::string publish = "Action=Publish&Version=2010-03-31&Message=hi&PhoneNumber=";
  auto throttled = client->Post("/", publish + "%2B14155550100", kFormContentType);
  ASSERT_TRUE(throttled);
  EXPECT_EQ(throttled->status, 429);
  EXPECT_EQ(throttled->get_header_value("Content-Type"), "text/xml");
  EXPECT_NE(throttled->body.find("<Code>Throttled</Code><Message>Rate exceeded</Message>"),
            std::string::npos)
      << throttled->body;
  EXPECT_EQ(throttled->get_header_value("x-smsim-rule"), "sns/throttle-sms");
  EXPECT_FALSE(throttled->get_header_value("x-amzn-RequestId").empty());

  auto sent = client->Post("/", publish + "%2B14155550101", kFormContentType);
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->status, 200) << sent->body;
  EXPECT_TRUE(sent->body.starts_with("<PublishResponse")) << sent->body;
  const auto entries =
      json::parse(client->Get("/_smsim/requests?api=sns&operation=Publish")->body)["requests"];
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0]["status"], 429);
  EXPECT_EQ(entries[1]["status"], 200);

  auto viaGet = client->Get(
      "/?Action=CheckIfPhoneNumberIsOptedOut&Version=2010-03-31&"
      "phoneNumber=%2B14155550101");
  ASSERT_TRUE(viaGet);
  EXPECT_NE(viaGet->body.find("<isOptedOut>false</isOptedOut>"), std::string::npos);

  auto awsJson = client->Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeOptOutLists"}},
                              "{}", kFormContentType);
  ASSERT_TRUE(awsJson);
  EXPECT_EQ(json::parse(awsJson->body)["__type"], "SerializationException") << awsJson->body;
  auto neither = client->Post("/", "{}", kAwsContentType);
  ASSERT_TRUE(neither);
  EXPECT_EQ(json::parse(neither->body)["message"], "Missing X-Amz-Target header.");
}

TEST_F(PipelineTest, UnknownRoutesAnswerInTheFormatOfTheirApi) {
  auto awsPath = client->Get("/no/such/route");
  ASSERT_TRUE(awsPath);
  EXPECT_EQ(awsPath->status, 404);
  EXPECT_EQ(awsPath->get_header_value("Content-Type"), kAwsContentType);
  EXPECT_EQ(json::parse(awsPath->body)["__type"], "UnknownOperationException");
  EXPECT_FALSE(awsPath->get_header_value("x-amzn-RequestId").empty());

  auto convoso = client->Get("/v1/no-such-list/insert?auth_token=t");
  ASSERT_TRUE(convoso);
  EXPECT_EQ(convoso->status, 404);
  EXPECT_EQ(json::parse(convoso->body),
            (json{{"success", false}, {"text", "No route for GET /v1/no-such-list/insert."}}));

  auto convosoMethod = client->Delete("/v1/dnc/insert");
  ASSERT_TRUE(convosoMethod);
  EXPECT_EQ(convosoMethod->status, 404);
  EXPECT_EQ(json::parse(convosoMethod->body)["success"], false);

  auto control = client->Get("/_smsim/no-such-route");
  ASSERT_TRUE(control);
  EXPECT_EQ(control->status, 404);
  EXPECT_EQ(json::parse(control->body)["error"], "NotFound");

  auto controlMethod = client->Delete("/_smsim/health");
  ASSERT_TRUE(controlMethod);
  EXPECT_EQ(controlMethod->status, 404);
  EXPECT_EQ(json::parse(controlMethod->body)["error"], "NotFound");
}

TEST_F(PipelineTest, DurationsIncludeInjectedDelaysAndEntriesCarryTheRequestId) {
  load(R"(
name: slow
rules:
  - name: wait
    match: {operation: DescribeOptOutLists}
    delay: 300
)");
  auto result = aws("DescribeOptOutLists", json::object());
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 200);
  const auto entries = journal("DescribeOptOutLists");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_GE(entries[0]["durationMs"].get<double>(), 300.0);
  EXPECT_EQ(entries[0]["rule"], "slow/wait");
  EXPECT_EQ(entries[0]["requestId"], result->get_header_value("x-amzn-RequestId"));
  EXPECT_EQ(entries[0]["accountId"], "123456789012");
  EXPECT_EQ(entries[0]["region"], "us-east-1");

  client->Get("/v1/dnc/search?auth_token=t");
  const auto convoso = journal("dnc/search");
  ASSERT_EQ(convoso.size(), 1u);
  EXPECT_EQ(convoso[0]["requestId"].get<std::string>().size(), 36u);
}

TEST_F(PipelineTest, AResetForgetsClientTokens) {
  const json first = {{"OptOutListName", "before"}, {"ClientToken", "same-token"}};
  ASSERT_EQ(aws("CreateOptOutList", first)->status, 200);
  // A retry with the token replays the first result, even for another name.
  const json retry = {{"OptOutListName", "after"}, {"ClientToken", "same-token"}};
  EXPECT_EQ(json::parse(aws("CreateOptOutList", retry)->body)["OptOutListName"], "before");
  ASSERT_EQ(client->Post("/_smsim/reset", "{}", "application/json")->status, 200);
  auto afterReset = aws("CreateOptOutList", retry);
  ASSERT_TRUE(afterReset);
  EXPECT_EQ(json::parse(afterReset->body)["OptOutListName"], "after") << afterReset->body;
}

}  // namespace
}  // namespace smsim
