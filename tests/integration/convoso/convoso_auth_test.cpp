// auth_token over HTTP on every endpoint: any non-empty token by default, configured tokens
// otherwise, answered with code 5001 and HTTP 200, or with HTTP 401/403 in the http mode.
#include <gtest/gtest.h>

#include "convoso_test_server.hpp"
#include "protocols/convoso/convoso_endpoints.hpp"

namespace smsim::convoso_test {
namespace {

using nlohmann::json;

const json kInvalidToken = errorJson(5001, "Auth token is invalid");

std::vector<std::string> allOperations() {
  std::vector<std::string> operations;
  for (const auto& endpoint : convoso::kConvosoEndpoints) {
    operations.emplace_back(endpoint.operation);
  }
  return operations;
}

TEST(ConvosoAuthTest, ByDefaultAnyNonEmptyTokenIsAccepted) {
  ConvosoTestServer server;
  for (const auto form : kAllRequestForms) {
    for (const auto& operation : allOperations()) {
      const auto missing = server.call(form, operation, {});
      EXPECT_EQ(missing.status, 200);
      EXPECT_EQ(missing.body, kInvalidToken) << operation;
      EXPECT_EQ(server.call(form, operation, {{"auth_token", ""}}).body, kInvalidToken);
      // A known token reaches the operation, which then answers about its own parameters.
      EXPECT_NE(server.call(form, operation, {{"auth_token", "whatever"}}).body, kInvalidToken)
          << operation;
    }
  }
}

TEST(ConvosoAuthTest, ConfiguredTokensAnswerWithCode5001) {
  ConvosoConfig config;
  config.tokens = {{"main", {}}, {"dnc-only", {"dnc"}}};
  ConvosoTestServer server(config);
  for (const auto form : kAllRequestForms) {
    for (const auto& operation : allOperations()) {
      const auto wrong = server.call(form, operation, {{"auth_token", "other"}});
      EXPECT_EQ(wrong.status, 200);
      EXPECT_EQ(wrong.body, kInvalidToken) << operation;
      EXPECT_NE(server.call(form, operation, {{"auth_token", "main"}}).body, kInvalidToken);
      const bool dnc = operation.starts_with("dnc/");
      const auto scoped = server.call(form, operation, {{"auth_token", "dnc-only"}});
      EXPECT_EQ(scoped.status, 200);
      EXPECT_EQ(scoped.body == kInvalidToken, !dnc) << operation;
    }
  }
}

TEST(ConvosoAuthTest, HttpModeAnswers401And403) {
  ConvosoConfig config;
  config.tokens = {{"main", {}}, {"sms-only", {"sms-opt-out"}}};
  config.authErrors = ConvosoAuthErrors::Http;
  ConvosoTestServer server(config);
  for (const auto form : kAllRequestForms) {
    for (const auto& operation : allOperations()) {
      const auto missing = server.call(form, operation, {});
      EXPECT_EQ(missing.status, 401) << operation;
      EXPECT_EQ(missing.body, kInvalidToken);
      EXPECT_EQ(server.call(form, operation, {{"auth_token", "other"}}).status, 401);
      const auto accepted = server.call(form, operation, {{"auth_token", "main"}});
      EXPECT_EQ(accepted.status, 200);
      const auto scoped = server.call(form, operation, {{"auth_token", "sms-only"}});
      if (operation.starts_with("dnc/")) {
        EXPECT_EQ(scoped.status, 403) << operation;
        EXPECT_EQ(scoped.body, errorJson(5001, "Auth token is not valid for this resource"));
      } else {
        EXPECT_EQ(scoped.status, 200) << operation;
      }
    }
  }
  const auto journal = server.client().Get("/_smsim/requests?api=convoso&operation=dnc/delete");
  ASSERT_TRUE(journal);
  const auto first = json::parse(journal->body)["requests"][0];
  EXPECT_EQ(first["status"], 401);
  EXPECT_EQ(first["errorType"], "5001");
}

}  // namespace
}  // namespace smsim::convoso_test
