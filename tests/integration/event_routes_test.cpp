// Delivery events through the front door: a send with a configuration set whose CloudWatch Logs
// destination keeps a readable log group, GET /_smsim/events and its filters (400 for an unknown
// type), an outcome scripted by a scenario loaded over HTTP, a TimeToLive the clock passes, a
// scenario naming an unknown event type refused with its position; outcomes put, listed and
// removed at run time through /_smsim/outcomes, scoped to an account and Region, with bad bodies
// refused; and AWS's UNKNOWN status for a message without a final event after 72 hours.
#include <string>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr const char* kLogGroup = "arn:aws:logs:us-east-1:123456789012:log-group:receipts";
constexpr const char* kRole = "arn:aws:iam::123456789012:role/sms-events";
constexpr int kStatusNotFound = 404;

class EventRoutesTest : public RunningServer {
 protected:
  std::string number() {
    return ok("RequestPhoneNumber", {{"IsoCountryCode", "US"},
                                     {"MessageType", "TRANSACTIONAL"},
                                     {"NumberCapabilities", {"SMS"}},
                                     {"NumberType", "LONG_CODE"}})["PhoneNumber"];
  }
  void createSetWithLogGroup() {
    ok("CreateConfigurationSet", {{"ConfigurationSetName", "receipts"}});
    ok("CreateEventDestination",
       {{"ConfigurationSetName", "receipts"},
        {"EventDestinationName", "to-logs"},
        {"MatchingEventTypes", {"TEXT_ALL"}},
        {"CloudWatchLogsDestination", {{"IamRoleArn", kRole}, {"LogGroupArn", kLogGroup}}}});
  }
  std::string send(const std::string& from, const std::string& to, json extra = json::object()) {
    json input = {{"DestinationPhoneNumber", to},
                  {"OriginationIdentity", from},
                  {"MessageBody", "Your order shipped"},
                  {"ConfigurationSetName", "receipts"}};
    input.update(extra);
    return ok("SendTextMessage", input)["MessageId"];
  }
  json events(const std::string& query) {
    const auto [status, body] = control("GET", "/_smsim/events" + query);
    EXPECT_EQ(status, kStatusOk) << query << ": " << body.dump();
    return body["events"];
  }
};

TEST_F(EventRoutesTest, ALogGroupDestinationKeepsTheRecordsOfItsSet) {
  createSetWithLogGroup();
  const auto id = send(number(), "+14155550100", {{"Context", {{"order", "42"}}}});
  const auto [status, body] =
      control("GET", std::string("/_smsim/log-groups/events?logGroupArn=") + kLogGroup);
  ASSERT_EQ(status, kStatusOk) << body.dump();
  ASSERT_EQ(body["events"].size(), 2u);
  const auto record = json::parse(body["events"][1]["message"].get<std::string>());
  EXPECT_EQ(record["eventType"], "TEXT_SUCCESSFUL");
  EXPECT_EQ(record["messageId"], id);
  EXPECT_EQ(record["context"], json({{"order", "42"}}));
  EXPECT_EQ(body["events"][1]["timestamp"], record["eventTimestamp"]);

  const auto listed = events("?messageId=" + id + "&type=TEXT_SUCCESSFUL");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(
      listed[0]["deliveries"],
      json::array(
          {{{"eventDestinationName", "to-logs"}, {"kind", "CloudWatchLogs"}, {"arn", kLogGroup}}}));
  EXPECT_EQ(events("?destination=+14155550100&account=123456789012&region=us-east-1").size(), 2u);
  EXPECT_TRUE(events("?region=eu-west-1").empty());
  EXPECT_EQ(events(std::string("?target=") + kLogGroup).size(), 2u);
}

// A poller (the dashboard, a test waiting for receipts) reads only what is new: `since` the last
// sequence it saw, `limit` a page, `next` the page after.
TEST_F(EventRoutesTest, EventsArePagedBySequence) {
  createSetWithLogGroup();
  const auto from = number();
  send(from, "+14155550100");
  send(from, "+14155550101");  // four events in all: queued and successful, twice
  const auto all = events("");
  ASSERT_EQ(all.size(), 4u);
  for (std::size_t i = 1; i < all.size(); ++i) {
    EXPECT_GT(all[i]["sequence"].get<std::uint64_t>(), all[i - 1]["sequence"].get<std::uint64_t>());
  }
  const auto first = all[0]["sequence"].get<std::uint64_t>();
  auto [status, page] = control("GET", "/_smsim/events?limit=3&since=" + std::to_string(first));
  ASSERT_EQ(status, kStatusOk) << page.dump();
  ASSERT_EQ(page["events"].size(), 3u);
  EXPECT_EQ(page["events"][0]["sequence"], first + 1);
  EXPECT_EQ(page["next"], first + 3);
  std::tie(status, page) = control("GET", "/_smsim/events?limit=3&since=" + page["next"].dump());
  EXPECT_TRUE(page["events"].empty());
  EXPECT_FALSE(page.contains("next"));
  EXPECT_EQ(events("?type=TEXT_SUCCESSFUL&limit=1").size(), 1u);
  for (const auto* bad : {"?since=-1", "?since=x", "?limit=0", "?limit=2x"}) {
    EXPECT_EQ(control("GET", std::string("/_smsim/events") + bad).first, kStatusBadRequest) << bad;
  }
}

TEST_F(EventRoutesTest, FiltersThatCouldNeverMatchAreRefused) {
  auto [status, body] = control("GET", "/_smsim/events?type=TEXT_ALL");
  EXPECT_EQ(status, kStatusBadRequest);
  EXPECT_NE(body["message"].get<std::string>().find("TEXT_SUCCESSFUL"), std::string::npos);
  std::tie(status, body) = control("GET", "/_smsim/events?status=x");
  EXPECT_EQ(status, kStatusBadRequest);
  std::tie(status, body) = control("GET", "/_smsim/log-groups/events");
  EXPECT_EQ(status, kStatusBadRequest);
  EXPECT_EQ(body["error"], "InvalidRequest");
}

TEST_F(EventRoutesTest, AScriptedOutcomeAndATimeToLiveFollowTheSimulatedClock) {
  const auto [loaded, answer] = control("POST", "/_smsim/scenarios", R"(
name: slow-carrier
seed:
  outcomes:
    - destination: "+1415555*"
      events: [{type: TEXT_QUEUED}, {type: TEXT_PENDING, after: 60}, {type: TEXT_DELIVERED, after: 600}]
)");
  ASSERT_EQ(loaded, 201) << answer.dump();
  createSetWithLogGroup();
  const auto from = number();
  const auto delivered = send(from, "+14155550111");
  const auto expired = send(from, "+14155550112", {{"TimeToLive", 300}});
  EXPECT_EQ(events("?messageId=" + delivered).size(), 1u);  // only TEXT_QUEUED is due
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 300})").first, kStatusOk);
  const auto ttl = events("?messageId=" + expired);
  ASSERT_EQ(ttl.size(), 3u);
  EXPECT_EQ(ttl[2]["eventType"], "TEXT_TTL_EXPIRED");
  EXPECT_EQ(ttl[2]["record"]["isFinal"], true);
  EXPECT_EQ(ttl[2]["record"]["messageStatus"], "TTL_EXPIRED");
  EXPECT_EQ(events("?messageId=" + delivered).size(), 2u);
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 300})").first, kStatusOk);
  const auto done = events("?messageId=" + delivered);
  ASSERT_EQ(done.size(), 3u);
  EXPECT_EQ(done[2]["eventType"], "TEXT_DELIVERED");
  EXPECT_EQ(events("?messageId=" + expired).size(), 3u);  // nothing after the TTL event
}

TEST_F(EventRoutesTest, AnOutcomeNamingAnUnknownEventTypeIsALoadError) {
  const auto [status, body] = control("POST", "/_smsim/scenarios", R"(
name: typo
seed:
  outcomes:
    - destination: "+14155550100"
      events: [{type: TEXT_DELIVERD}]
)");
  EXPECT_EQ(status, kStatusBadRequest) << body.dump();
  const auto text = body.dump();
  EXPECT_NE(text.find("TEXT_DELIVERD"), std::string::npos) << text;
  EXPECT_NE(text.find("scenario.invalid_value"), std::string::npos) << text;
}

TEST_F(EventRoutesTest, OutcomesArePutListedAndRemovedAtRunTimePerAccount) {
  auto [status, body] = control("PUT", "/_smsim/outcomes", R"(
{"destination": "+1415555*", "events": [{"type": "TEXT_QUEUED"},
 {"type": "TEXT_CARRIER_BLOCKED", "after": 30}]})");
  ASSERT_EQ(status, kStatusOk) << body.dump();
  EXPECT_EQ(body["destination"], "+1415555*");
  // Another account's outcome for the same numbers doesn't touch this account's sends.
  std::tie(status, body) = control("PUT", "/_smsim/outcomes", R"(
{"destination": "+1415555*", "account": "999999999999", "region": "us-east-1",
 "events": [{"type": "TEXT_SPAM"}]})");
  ASSERT_EQ(status, kStatusOk) << body.dump();
  std::tie(status, body) = control("GET", "/_smsim/outcomes");
  ASSERT_EQ(status, kStatusOk);
  ASSERT_EQ(body["outcomes"].size(), 2u);
  EXPECT_EQ(body["outcomes"][1]["account"], "999999999999");
  EXPECT_EQ(body["capacity"], 1000);

  createSetWithLogGroup();
  const auto from = number();
  const auto blocked = send(from, "+14155550120");
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 30})").first, kStatusOk);
  const auto blockedEvents = events("?messageId=" + blocked);
  ASSERT_EQ(blockedEvents.size(), 2u);
  EXPECT_EQ(blockedEvents[1]["eventType"], "TEXT_CARRIER_BLOCKED");
  EXPECT_EQ(blockedEvents[1]["record"]["messageStatus"], "CARRIER_BLOCKED");

  // Scoped to this account and Region: it wins over the older unscoped one.
  std::tie(status, body) = control("PUT", "/_smsim/outcomes", R"(
{"destination": "+14155550121", "account": "123456789012", "region": "us-east-1",
 "events": [{"type": "TEXT_INVALID"}]})");
  ASSERT_EQ(status, kStatusOk) << body.dump();
  EXPECT_EQ(events("?messageId=" + send(from, "+14155550121"))[0]["eventType"], "TEXT_INVALID");

  std::tie(status, body) = control(
      "DELETE", "/_smsim/outcomes?destination=+14155550121&account=123456789012&region=us-east-1");
  EXPECT_EQ(status, kStatusOk) << body.dump();
  std::tie(status, body) = control("DELETE", "/_smsim/outcomes?destination=+14155550121");
  EXPECT_EQ(status, kStatusNotFound) << body.dump();
  EXPECT_EQ(body["error"], "OutcomeNotFound");
  std::tie(status, body) = control("DELETE", "/_smsim/outcomes");
  EXPECT_EQ(status, kStatusOk);
  EXPECT_EQ(body["removed"], 2);
  const auto ordinary = send(from, "+14155550122");
  EXPECT_EQ(events("?messageId=" + ordinary).back()["eventType"], "TEXT_SUCCESSFUL");
}

TEST_F(EventRoutesTest, ABadOutcomeIsRefusedNamingWhatIsWrong) {
  auto [status, body] =
      control("PUT", "/_smsim/outcomes",
              R"({"destination": "+14155550100", "events": [{"type": "TEXT_DELIVERD"}]})");
  EXPECT_EQ(status, kStatusBadRequest);
  EXPECT_EQ(body["error"], "InvalidRequest");
  EXPECT_NE(body["message"].get<std::string>().find("TEXT_DELIVERED"), std::string::npos)
      << body.dump();
  std::tie(status, body) = control("PUT", "/_smsim/outcomes", "not json");
  EXPECT_EQ(status, kStatusBadRequest);
  std::tie(status, body) = control("PUT", "/_smsim/outcomes",
                                   R"({"destination": "+1", "events": [{"type": "TEXT_SPAM"}]})");
  EXPECT_EQ(status, kStatusBadRequest);
  std::tie(status, body) = control("DELETE", "/_smsim/outcomes?account=123456789012");
  EXPECT_EQ(status, kStatusBadRequest);
  std::tie(status, body) = control("DELETE", "/_smsim/outcomes?status=x");
  EXPECT_EQ(status, kStatusBadRequest);
  std::tie(status, body) = control("GET", "/_smsim/outcomes");
  EXPECT_TRUE(body["outcomes"].empty());
}

// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html:
// after 72 hours without a final event from the carrier, AWS returns an UNKNOWN messageStatus.
TEST_F(EventRoutesTest, AMessageWithNoFinalEventIsUnknownAfter72Hours) {
  const auto [status, body] = control("PUT", "/_smsim/outcomes", R"(
{"destination": "+14155550130", "events": [{"type": "TEXT_QUEUED"}, {"type": "TEXT_PENDING", "after": 60}]})");
  ASSERT_EQ(status, kStatusOk) << body.dump();
  createSetWithLogGroup();
  const auto id = send(number(), "+14155550130");
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 259199})").first, kStatusOk);
  EXPECT_EQ(events("?messageId=" + id).size(), 2u);
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 1})").first, kStatusOk);
  const auto all = events("?messageId=" + id);
  ASSERT_EQ(all.size(), 3u);
  const auto& record = all[2]["record"];
  EXPECT_EQ(record["eventType"], "TEXT_UNKNOWN");
  EXPECT_EQ(record["messageStatus"], "UNKNOWN");
  EXPECT_EQ(record["isFinal"], true);
  EXPECT_EQ(record["eventTimestamp"].get<long long>() -
                record["messageRequestTimestamp"].get<long long>(),
            259200000LL);
  EXPECT_EQ(all[2]["deliveries"][0]["arn"], kLogGroup);
}

}  // namespace
}  // namespace smsim::integration
