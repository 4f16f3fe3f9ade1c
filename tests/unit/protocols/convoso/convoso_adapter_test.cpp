// The Convoso wire format without sockets: parameter merging, auth answers in both modes and the
// success shape of each endpoint.
#include "protocols/convoso/convoso_adapter.hpp"

#include <gtest/gtest.h>

namespace smsim::convoso {
namespace {

using nlohmann::json;

const ConvosoEndpoint& endpoint(std::string_view operation) {
  for (const auto& candidate : kConvosoEndpoints) {
    if (candidate.operation == operation) return candidate;
  }
  throw std::logic_error("no endpoint " + std::string(operation));
}

class ConvosoAdapterTest : public testing::Test {
 protected:
  ConvosoResponse call(std::string_view operation, ConvosoParameters parameters) {
    return adapter_.handle(endpoint(operation), parameters);
  }
  json body(const ConvosoResponse& response) { return json::parse(response.bodyText()); }

  ConvosoConfig config_;
  Clock clock_;
  state::ConvosoStore store_;
  ConvosoAdapter adapter_{{config_, store_, clock_}};
};

TEST(ConvosoParametersTest, LaterValuesWin) {
  const auto merged = mergeParameters({{"reason", "query"}, {"a", "1"}, {"reason", "body"}});
  EXPECT_EQ(merged.at("reason"), "body");
  EXPECT_EQ(parameter(merged, "a"), "1");
  EXPECT_EQ(parameter(merged, "b"), std::nullopt);
  EXPECT_EQ(parametersJson(merged), json({{"a", "1"}, {"reason", "body"}}));
}

TEST_F(ConvosoAdapterTest, AnswersEachEndpointInItsOwnShape) {
  const ConvosoParameters number = {{"auth_token", "t"},
                                    {"phone_number", "5551234567"},
                                    {"phone_code", "1"},
                                    {"campaign_id", "0"}};
  auto response = call("sms-opt-out/insert", number);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.bodyText(), R"({"success":true})");
  EXPECT_EQ(body(call("dnc/insert", number)), json::parse(R"({"success":true,"id":1})"));
  EXPECT_EQ(body(call("sms-opt-out/update", {{"auth_token", "t"}, {"id", "1"}})),
            json::parse(R"({"success":true,"data":{"id":"1"}})"));
  EXPECT_EQ(body(call("dnc/update", {{"auth_token", "t"}, {"id", "1"}})),
            json::parse(R"({"success":true,"id":1})"));
  response = call("sms-opt-out/search", {{"auth_token", "t"}});
  const auto found = body(response);
  EXPECT_EQ(found["data"]["total"], 1);
  EXPECT_EQ(found["data"]["entries"][0]["id"], "1");
  EXPECT_EQ(found["data"]["entries"][0]["campaign_id"], "0");
  EXPECT_TRUE(
      response.bodyText().starts_with(R"({"success":true,"data":{"offset":0,"limit":1000,)"))
      << response.bodyText();
  EXPECT_EQ(body(call("dnc/delete", number)), json::parse(R"({"success":true})"));
  config_.searchCountsAsStrings = true;
  EXPECT_EQ(body(call("dnc/search", {{"auth_token", "t"}}))["data"],
            json::parse(R"({"offset":"0","limit":"100","total":"0","entries":[]})"));
}

TEST_F(ConvosoAdapterTest, SearchLayoutPutsThePageInDataOrAtTheTop) {
  auto response = call("dnc/search", {{"auth_token", "t"}});
  EXPECT_EQ(response.bodyText(),
            R"({"success":true,"data":{"offset":0,"limit":100,"total":0,"entries":[]}})");
  config_.searchLayout = ConvosoSearchLayout::TopLevelRecords;
  response = call("dnc/search", {{"auth_token", "t"}, {"offset", "3"}});
  EXPECT_EQ(response.bodyText(),
            R"({"success":true,"offset":3,"limit":100,"total":0,"records":[]})");
  config_.searchCountsAsStrings = true;
  call("dnc/insert", {{"auth_token", "t"},
                      {"phone_number", "5551234567"},
                      {"phone_code", "1"},
                      {"campaign_id", "0"}});
  const auto found = body(call("dnc/search", {{"auth_token", "t"}}));
  EXPECT_EQ(found["total"], "1");
  ASSERT_EQ(found["records"].size(), 1u);
  EXPECT_EQ(found["records"][0]["campaign_name"], "Global DNC");
}

TEST_F(ConvosoAdapterTest, ErrorsAreHttp200WithCodeAndText) {
  const auto response = call("sms-opt-out/insert", {{"auth_token", "t"}, {"phone_code", "1"}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.errorCode, 6007);
  EXPECT_EQ(response.bodyText(), R"({"success":false,"code":6007,"text":"Invalid Phone Number"})");
  EXPECT_EQ(call("dnc/insert", {{"auth_token", "t"},
                                {"phone_number", "5551234567"},
                                {"phone_code", "1"},
                                {"campaign_id", "0"},
                                {"id", "x"}})
                .bodyText(),
            R"({"success":false,"code":6056,"text":"Missing or Invalid value for ID"})");
}

TEST_F(ConvosoAdapterTest, AuthTokensInCodeAndHttpModes) {
  const auto invalid =
      json::parse(R"({"success":false,"code":5001,"text":"Auth token is invalid"})");
  auto response = call("dnc/search", {});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(body(response), invalid);
  EXPECT_EQ(body(call("dnc/search", {{"auth_token", ""}})), invalid);
  EXPECT_EQ(body(call("dnc/search", {{"auth_token", "anything"}}))["success"], true);

  config_.tokens = {{"good", {}}, {"dnc-only", {"dnc"}}};
  EXPECT_EQ(body(call("dnc/search", {{"auth_token", "anything"}})), invalid);
  EXPECT_EQ(body(call("dnc/search", {{"auth_token", "good"}}))["success"], true);
  EXPECT_EQ(body(call("dnc/search", {{"auth_token", "dnc-only"}}))["success"], true);
  response = call("sms-opt-out/search", {{"auth_token", "dnc-only"}});
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(body(response), invalid);

  config_.authErrors = ConvosoAuthErrors::Http;
  response = call("sms-opt-out/search", {{"auth_token", "nope"}});
  EXPECT_EQ(response.status, 401);
  EXPECT_EQ(body(response), invalid);
  response = call("sms-opt-out/search", {});
  EXPECT_EQ(response.status, 401);
  response = call("sms-opt-out/search", {{"auth_token", "dnc-only"}});
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(
      body(response),
      json::parse(
          R"({"success":false,"code":5001,"text":"Auth token is not valid for this resource"})"));
  EXPECT_EQ(response.errorCode, 5001);
}

TEST_F(ConvosoAdapterTest, RefusesAParameterThatIsNotUtf8BeforeChangingAnything) {
  // The audit's replay: the insert was committed, then its journal entry threw.
  const ConvosoParameters insert = {{"auth_token", "x"},
                                    {"phone_number", "4155550100"},
                                    {"phone_code", "1"},
                                    {"campaign_id", "0"},
                                    {"reason", "\xff"}};
  const auto response = call("sms-opt-out/insert", insert);
  EXPECT_EQ(response.errorCode, 4002);
  EXPECT_EQ(response.bodyText(),
            R"({"success":false,"code":4002,"text":"reason must be valid UTF-8"})");
  EXPECT_EQ(body(call("sms-opt-out/search", {{"auth_token", "x"}}))["data"]["total"], 0);
}

}  // namespace
}  // namespace smsim::convoso
