// Bytes that are not UTF-8 in Convoso parameters, on every endpoint and in every request form:
// each call is refused with 4002 before anything changes, and is journaled like any other. The
// audit's replay (`reason=%ff` on insert) once committed the insert and then answered 500.
#include <gtest/gtest.h>

#include "convoso_test_server.hpp"

namespace smsim::convoso_test {
namespace {

using nlohmann::json;

constexpr const char* kNotUtf8 = "\xff";

// Each endpoint with parameters it would otherwise accept, plus `reason` that is not UTF-8.
const std::vector<std::pair<std::string, Parameters>> kCalls = {
    {"sms-opt-out/insert",
     {{"phone_number", "4155550100"}, {"phone_code", "1"}, {"campaign_id", "0"}}},
    {"sms-opt-out/update", {{"id", "1"}}},
    {"sms-opt-out/search", {}},
    {"dnc/insert", {{"phone_number", "4155550100"}, {"phone_code", "1"}, {"campaign_id", "0"}}},
    {"dnc/update", {{"id", "1"}}},
    {"dnc/search", {}},
    {"dnc/delete", {{"phone_number", "4155550100"}, {"phone_code", "1"}, {"campaign_id", "0"}}},
};

class ConvosoInvalidUtf8Test : public testing::TestWithParam<RequestForm> {
 protected:
  HttpReply call(const std::string& operation, Parameters parameters) {
    parameters.insert(parameters.begin(), {"auth_token", "abc123"});
    return server_.call(GetParam(), operation, parameters);
  }
  json journal() {
    const auto result = server_.client().Get("/_smsim/requests?api=convoso");
    EXPECT_TRUE(result);
    return result ? json::parse(result->body)["requests"] : json();
  }

  ConvosoTestServer server_;
};

TEST_P(ConvosoInvalidUtf8Test, EveryEndpointRefusesAValueThatIsNotUtf8AndChangesNothing) {
  for (const auto& [operation, parameters] : kCalls) {
    SCOPED_TRACE(operation);
    auto withReason = parameters;
    withReason.emplace_back("reason", kNotUtf8);
    const auto reply = call(operation, withReason);
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, errorJson(4002, "reason must be valid UTF-8"));
  }
  const auto search = call("sms-opt-out/search", {});
  EXPECT_EQ(search.body["data"]["total"], 0) << "a refused insert must not be committed";
  EXPECT_EQ(call("dnc/search", {}).body["data"]["total"], 0);

  const auto calls = journal();
  ASSERT_EQ(calls.size(), kCalls.size() + 2);
  for (std::size_t i = 0; i < kCalls.size(); ++i) {
    EXPECT_EQ(calls[i]["operation"], kCalls[i].first);
    EXPECT_EQ(calls[i]["errorType"], "4002");
    EXPECT_EQ(calls[i]["request"]["reason"], "\xEF\xBF\xBD");  // U+FFFD in place of the byte
  }
}

TEST_P(ConvosoInvalidUtf8Test, ANameThatIsNotUtf8IsRefusedToo) {
  const auto reply = call("sms-opt-out/insert", {{"phone_number", "4155550100"},
                                                 {"phone_code", "1"},
                                                 {"campaign_id", "0"},
                                                 {std::string("x") + kNotUtf8, "1"}});
  EXPECT_EQ(reply.body, errorJson(4002, "parameter name must be valid UTF-8"));
  EXPECT_EQ(call("sms-opt-out/search", {}).body["data"]["total"], 0);
}

TEST_P(ConvosoInvalidUtf8Test, TheTokenIsCheckedFirst) {
  const auto reply = server_.call(GetParam(), "sms-opt-out/search", {{"reason", kNotUtf8}});
  EXPECT_EQ(reply.body, errorJson(5001, "Auth token is invalid"));
}

INSTANTIATE_TEST_SUITE_P(AllRequestForms, ConvosoInvalidUtf8Test,
                         testing::ValuesIn(kAllRequestForms),
                         [](const auto& testInfo) { return formName(testInfo.param); });

}  // namespace
}  // namespace smsim::convoso_test
