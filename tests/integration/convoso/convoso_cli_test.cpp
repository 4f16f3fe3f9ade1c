// The `smsim` executable with Convoso flags: the flags reach the server that answers on the wire
// (tokens, the HTTP auth-error mode, campaigns, the search layout).
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../../support/pcre_match.hpp"
#include "../child_process.hpp"
#include "convoso_test_server.hpp"

namespace smsim::convoso_test {
namespace {

using nlohmann::json;

constexpr std::chrono::seconds kDeadline{60};  // only so a broken build fails instead of hanging

TEST(ConvosoCliTest, ServeFlagsConfigureTheConvosoApi) {
  integration::ChildProcess child({SMSIM_BINARY, "serve", "--port", "0", "--convoso-token",
                                   "secret", "--convoso-auth-errors", "http", "--convoso-campaign",
                                   "111:Sales Campaign", "--convoso-search-layout", "records",
                                   "--convoso-counts-as-strings"});
  const auto firstLine = child.readStdoutLine(kDeadline);
  ASSERT_TRUE(firstLine) << "smsim printed no first line";
  const auto match =
      test::pcreFullMatch(R"(smsim listening on http://127\.0\.0\.1:(\d+))", *firstLine);
  ASSERT_TRUE(match) << *firstLine;
  httplib::Client http("127.0.0.1", std::stoi((*match)[1]));

  const auto refused = http.Get("/v1/sms-opt-out/search?auth_token=guess");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 401);
  EXPECT_EQ(json::parse(refused->body), errorJson(5001, "Auth token is invalid"));

  const auto inserted = http.Post("/v1/sms-opt-out/insert",
                                  "auth_token=secret&phone_number=5551234567&phone_code=1"
                                  "&campaign_id=111",
                                  "application/x-www-form-urlencoded");
  ASSERT_TRUE(inserted);
  EXPECT_EQ(json::parse(inserted->body), json({{"success", true}}));
  const auto found = http.Get("/v1/sms-opt-out/search?auth_token=secret&campaign_id=111");
  ASSERT_TRUE(found);
  const auto body = json::parse(found->body);
  EXPECT_EQ(body["total"], "1") << body;
  EXPECT_EQ(body["records"][0]["campaign_name"], "Sales Campaign") << body;
  http.stop();

  child.signal(SIGTERM);
  const auto exitCode = child.waitForExit(kDeadline);
  ASSERT_TRUE(exitCode) << "smsim did not stop";
  EXPECT_EQ(*exitCode, 0) << child.stderrText();
}

}  // namespace
}  // namespace smsim::convoso_test
