// The control routes the web dashboard reads and writes through (GET /_smsim/accounts, one
// account's state, GET /_smsim/opted-out-numbers, PUT/DELETE of one opted-out number,
// GET /_smsim/convoso, GET /_smsim/sns) and the dashboard's own files under /_smsim/ui/, over real
// HTTP.
#include <algorithm>
#include <string>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr const char* kAccount = "456789012345";
constexpr const char* kRegion = "eu-west-1";
constexpr const char* kHandset = "+14155550177";
constexpr int kNotFound = 404;
constexpr double kThirtyOneDays = 31.0 * 24 * 3600;

class DashboardControlTest : public RunningServer {
 protected:
  // An awsJson call signed for kAccount in kRegion.
  json awsAs(const std::string& operation, const json& input) {
    auto http = client();
    auto result = postAws(http, operation, input.dump(), kAwsJsonContentType,
                          authorizationFor(kAccount, kRegion));
    EXPECT_TRUE(result);
    if (!result) return nullptr;
    EXPECT_EQ(result->status, kStatusOk) << operation << ": " << result->body;
    return json::parse(result->body);
  }

  std::pair<int, json> send(const std::string& method, const std::string& path) {
    auto http = client();
    auto result = method == "PUT" ? http.Put(path.c_str()) : http.Delete(path.c_str());
    EXPECT_TRUE(result);
    if (!result) return {0, nullptr};
    return {result->status, json::parse(result->body, nullptr, false)};
  }

  // An SNS query call signed for kAccount in kRegion; returns the XML answer.
  std::string snsAs(const std::string& parameters) {
    auto http = client();
    const auto result = http.Post("/", {{"Authorization", authorizationFor(kAccount, kRegion)}},
                                  "Action=" + parameters + "&Version=2010-03-31",
                                  "application/x-www-form-urlencoded");
    EXPECT_TRUE(result);
    if (!result) return "";
    EXPECT_EQ(result->status, kStatusOk) << parameters << ": " << result->body;
    return result->body;
  }

  std::string numberPath(const std::string& number) {
    return std::string("/_smsim/accounts/") + kAccount + "/" + kRegion +
           "/opt-out-lists/Default/numbers/" + number;
  }
};

TEST_F(DashboardControlTest, AccountsListEveryScopeWithStateAndItsCounts) {
  const auto [emptyStatus, empty] = control("GET", "/_smsim/accounts");
  EXPECT_EQ(emptyStatus, kStatusOk);
  EXPECT_TRUE(empty["accounts"].empty());
  EXPECT_EQ(empty["defaultAccount"], "123456789012");

  awsAs("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", kHandset}});
  const auto [status, body] = control("GET", "/_smsim/accounts");
  EXPECT_EQ(status, kStatusOk);
  ASSERT_EQ(body["accounts"].size(), 1u);
  EXPECT_EQ(body["accounts"][0]["account"], kAccount);
  EXPECT_EQ(body["accounts"][0]["region"], kRegion);
  EXPECT_EQ(body["accounts"][0]["optedOutNumbers"], 1);
}

TEST_F(DashboardControlTest, OneAccountShowsNumbersPoolsAndKeywordsWithoutCreatingAccounts) {
  const auto number = awsAs("RequestPhoneNumber", {{"IsoCountryCode", "US"},
                                                   {"MessageType", "TRANSACTIONAL"},
                                                   {"NumberCapabilities", {"SMS"}},
                                                   {"NumberType", "LONG_CODE"}});
  awsAs("PutKeyword", {{"OriginationIdentity", number["PhoneNumberId"]},
                       {"Keyword", "JOIN"},
                       {"KeywordMessage", "Welcome back"},
                       {"KeywordAction", "OPT_IN"}});
  const auto [status, detail] =
      control("GET", std::string("/_smsim/accounts/") + kAccount + "/" + kRegion);
  EXPECT_EQ(status, kStatusOk);
  ASSERT_EQ(detail["phoneNumbers"].size(), 1u);
  const auto& shown = detail["phoneNumbers"][0];
  EXPECT_EQ(shown["phoneNumber"], number["PhoneNumber"]);
  EXPECT_EQ(shown["settings"]["optOutListName"], "Default");
  const auto keywords = shown["settings"]["keywords"];
  EXPECT_TRUE(std::any_of(keywords.begin(), keywords.end(), [](const json& keyword) {
    return keyword["keyword"] == "JOIN" && keyword["action"] == "OPT_IN";
  })) << keywords;
  EXPECT_EQ(detail["optOutLists"][0]["name"], "Default");

  EXPECT_EQ(control("GET", "/_smsim/accounts/111111111111/us-east-1").first, kNotFound);
  EXPECT_EQ(control("GET", "/_smsim/accounts").second["accounts"].size(), 1u);
  EXPECT_EQ(control("GET", "/_smsim/accounts/not-an-account/us-east-1").first, kStatusBadRequest);
}

TEST_F(DashboardControlTest, SearchTellsAStopFromTheHandsetFromAnApiOptOut) {
  const auto number = awsAs("RequestPhoneNumber", {{"IsoCountryCode", "US"},
                                                   {"MessageType", "TRANSACTIONAL"},
                                                   {"NumberCapabilities", {"SMS"}},
                                                   {"NumberType", "LONG_CODE"}});
  const json stop = {{"originationNumber", kHandset},
                     {"destinationNumber", number["PhoneNumber"]},
                     {"messageBody", "STOP"}};
  EXPECT_EQ(control("POST", "/_smsim/inbound", stop.dump()).first, kStatusOk);
  EXPECT_EQ(send("PUT", numberPath("+14155550188")).first, kStatusOk);

  // A literal + in the query is read as +, as the other control routes read numbers.
  const auto [status, found] = control("GET", "/_smsim/opted-out-numbers?number=+1415555017");
  EXPECT_EQ(status, kStatusOk);
  ASSERT_EQ(found["numbers"].size(), 1u);
  EXPECT_EQ(found["total"], 1);
  EXPECT_EQ(found["numbers"][0]["optedOutNumber"], kHandset);
  EXPECT_EQ(found["numbers"][0]["endUserOptedOut"], true);
  EXPECT_EQ(found["numbers"][0]["account"], kAccount);

  const auto all = control("GET", "/_smsim/opted-out-numbers?limit=1").second;
  EXPECT_EQ(all["total"], 2);
  EXPECT_EQ(all["numbers"].size(), 1u);
  EXPECT_EQ(control("GET", "/_smsim/opted-out-numbers?limit=0").first, kStatusBadRequest);
  EXPECT_EQ(control("GET", "/_smsim/opted-out-numbers?owner=me").first, kStatusBadRequest);
}

TEST_F(DashboardControlTest, AddAndRemoveFollowTheServiceRulesThirtyDaysIncluded) {
  const auto [added, addedBody] = send("PUT", numberPath("%2B14155550199"));
  EXPECT_EQ(added, kStatusOk);
  EXPECT_EQ(addedBody["optedOutNumber"], "+14155550199");
  EXPECT_EQ(addedBody["endUserOptedOut"], false);
  EXPECT_EQ(send("DELETE", numberPath("+14155550199")).first, kStatusOk);

  EXPECT_EQ(send("PUT", numberPath("+14155550199")).first, kStatusOk);
  const auto [refused, refusal] = send("DELETE", numberPath("+14155550199"));
  EXPECT_EQ(refused, kStatusBadRequest);
  EXPECT_EQ(refusal["error"], "ValidationException");

  const json advance = {{"advanceSeconds", kThirtyOneDays}};
  EXPECT_EQ(control("POST", "/_smsim/clock", advance.dump()).first, kStatusOk);
  EXPECT_EQ(send("DELETE", numberPath("+14155550199")).first, kStatusOk);

  EXPECT_EQ(send("PUT", numberPath("4155550199")).second["error"], "ValidationException");
  const auto [missing, missingBody] = send("DELETE", numberPath("+14155550100"));
  EXPECT_EQ(missing, kNotFound);
  EXPECT_EQ(missingBody["error"], "ResourceNotFoundException");
}

TEST_F(DashboardControlTest, ConvosoListsShowTheirRecords) {
  auto http = client();
  ASSERT_TRUE(http.Post("/v1/sms-opt-out/insert",
                        "auth_token=any&phone_number=4155550123&phone_code=1&campaign_id=0",
                        "application/x-www-form-urlencoded"));
  const auto [status, lists] = control("GET", "/_smsim/convoso");
  EXPECT_EQ(status, kStatusOk);
  EXPECT_EQ(lists["smsOptOut"]["total"], 1);
  EXPECT_EQ(lists["smsOptOut"]["records"][0]["phoneNumber"], "4155550123");
  EXPECT_EQ(lists["dnc"]["total"], 0);
  EXPECT_EQ(control("GET", "/_smsim/convoso?limit=abc").first, kStatusBadRequest);
}

TEST_F(DashboardControlTest, TheDashboardIsServedFromTheBinaryAndLoadsNothingElsewhere) {
  auto http = client();
  const auto page = http.Get("/_smsim/ui/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, kStatusOk);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("<main"), std::string::npos);
  EXPECT_NE(page->get_header_value("Content-Security-Policy").find("default-src 'none'"),
            std::string::npos);
  EXPECT_EQ(page->body.find("http"), std::string::npos) << "the page names no other origin";

  const auto script = http.Get("/_smsim/ui/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, kStatusOk);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");

  const auto missing = http.Get("/_smsim/ui/nothing.js");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, kNotFound);

  const auto bare = http.Get("/_smsim/ui");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->status, 308);
  EXPECT_EQ(bare->get_header_value("Location"), "/_smsim/ui/");
}

TEST_F(DashboardControlTest, SnsShowsTopicsSubscriptionsSandboxNumbersAndAttributes) {
  EXPECT_TRUE(control("GET", "/_smsim/sns").second["accounts"].empty());
  snsAs("CreateTopic&Name=alerts&Attributes.entry.1.key=DisplayName&Attributes.entry.1.value=Ops");
  const std::string topicArn = std::string("arn:aws:sns:") + kRegion + ":" + kAccount + ":alerts";
  snsAs("Subscribe&TopicArn=" + topicArn + "&Protocol=sms&Endpoint=%2B14155550111");
  // Nothing listens on port 9: the confirmation request fails, the subscription stays pending.
  snsAs("Subscribe&TopicArn=" + topicArn + "&Protocol=http&Endpoint=http%3A%2F%2F127.0.0.1%3A9%2F");
  snsAs(
      "SetSMSAttributes&attributes.entry.1.key=DefaultSMSType"
      "&attributes.entry.1.value=Transactional");
  snsAs("CreateSMSSandboxPhoneNumber&PhoneNumber=%2B14155550112");

  const auto [status, body] = control("GET", std::string("/_smsim/sns?account=") + kAccount);
  EXPECT_EQ(status, kStatusOk);
  ASSERT_EQ(body["accounts"].size(), 1u) << body;
  const auto& sns = body["accounts"][0];
  EXPECT_EQ(sns["region"], kRegion);
  EXPECT_EQ(sns["inSandbox"], false);
  EXPECT_EQ(sns["smsAttributes"]["DefaultSMSType"], "Transactional");
  ASSERT_EQ(sns["topics"].size(), 1u);
  EXPECT_EQ(sns["topics"][0]["topicArn"], topicArn);
  EXPECT_EQ(sns["topics"][0]["attributes"]["DisplayName"], "Ops");
  EXPECT_EQ(sns["topics"][0]["subscriptionsConfirmed"], 1);
  EXPECT_EQ(sns["topics"][0]["subscriptionsPending"], 1);
  ASSERT_EQ(sns["subscriptions"].size(), 2u);
  for (const auto& subscription : sns["subscriptions"]) {
    EXPECT_EQ(subscription["confirmed"], subscription["protocol"] == "sms") << subscription;
  }
  ASSERT_EQ(sns["sandboxNumbers"].size(), 1u);
  EXPECT_EQ(sns["sandboxNumbers"][0]["phoneNumber"], "+14155550112");
  EXPECT_EQ(sns["sandboxNumbers"][0]["status"], "Pending");

  EXPECT_TRUE(control("GET", "/_smsim/sns?region=us-west-2").second["accounts"].empty());
  EXPECT_EQ(control("GET", "/_smsim/sns?account=me").first, kStatusBadRequest);
  EXPECT_EQ(control("GET", "/_smsim/sns?topic=alerts").first, kStatusBadRequest);
}

// A browser accepts brotli; smsim answers uncompressed (compressing a small answer cost a
// dashboard poll 97% of its server time).
TEST_F(DashboardControlTest, AnswersAreNotCompressedWhateverTheBrowserAccepts) {
  auto http = client();
  const auto answer = http.Get("/_smsim/accounts", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_TRUE(answer);
  EXPECT_EQ(answer->status, kStatusOk);
  EXPECT_FALSE(answer->has_header("Content-Encoding"))
      << answer->get_header_value("Content-Encoding");
  EXPECT_EQ(json::parse(answer->body)["accounts"], json::array());
}

TEST_F(DashboardControlTest, APollerThatAsksGetsItsConnectionClosed) {
  auto http = client();
  http.set_keep_alive(true);  // else cpp-httplib's client asks every answer to close
  const auto closing = http.Get("/_smsim/clock", {{"X-Smsim-Close", "1"}});
  ASSERT_TRUE(closing);
  EXPECT_EQ(closing->status, kStatusOk);
  EXPECT_EQ(closing->get_header_value("Connection"), "close");

  const auto kept = http.Get("/_smsim/clock");
  ASSERT_TRUE(kept);
  EXPECT_NE(kept->get_header_value("Connection"), "close");
}

}  // namespace
}  // namespace smsim::integration
