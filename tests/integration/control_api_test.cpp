// The control API under /_smsim over real HTTP: health, reset, the request journal and the
// simulated clock, as a test suite would use them.
#include <string>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr double kThirtyDaysInSeconds = 30.0 * 24 * 3600;
constexpr double kHundredYearsInSeconds = 3153600000;
// The audit's body: refused by the adapter, journaled, then parsed and dumped recursively by the
// next journal read until the stack ran out.
constexpr std::size_t kAuditNestingLevels = 58'000;

class ControlApiTest : public RunningServer {
 protected:
  json journal(const std::string& query = "") {
    auto [status, body] = control("GET", "/_smsim/requests" + query);
    EXPECT_EQ(status, kStatusOk);
    return body["requests"];
  }
};

const json kNumber = {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}};

TEST_F(ControlApiTest, HealthReportsStatusAndVersion) {
  const auto [status, body] = control("GET", "/_smsim/health");
  EXPECT_EQ(status, kStatusOk);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["version"], version());
}

TEST_F(ControlApiTest, ResetReturnsStateJournalAndClockToTheStart) {
  ok("CreateOptOutList", {{"OptOutListName", "temporary"}});
  ok("PutOptedOutNumber", kNumber);
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 3600})").first, kStatusOk);
  ASSERT_FALSE(journal().empty());

  const auto [status, body] = control("POST", "/_smsim/reset");
  EXPECT_EQ(status, kStatusOk);
  EXPECT_TRUE(journal().empty());
  EXPECT_EQ(control("GET", "/_smsim/clock").second["offsetSeconds"], 0);
  const auto lists = ok("DescribeOptOutLists", json::object());
  ASSERT_EQ(lists["OptOutLists"].size(), 1u);
  EXPECT_EQ(lists["OptOutLists"][0]["OptOutListName"], "Default");
  EXPECT_TRUE(
      ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"].empty());
}

TEST_F(ControlApiTest, TheJournalRecordsEveryCallWithItsBodiesAndFilters) {
  ok("PutOptedOutNumber", kNumber);
  fails("PutOptedOutNumber", {{"OptOutListName", "nope"}, {"OptedOutNumber", "+14155550100"}},
        "ResourceNotFoundException");
  ok("DescribeOptOutLists", json::object());
  auto http = client();
  ASSERT_TRUE(postAws(http, "NoSuchOperation", "{}"));

  const auto all = journal();
  ASSERT_EQ(all.size(), 4u) << all.dump(2);
  for (const auto& entry : all) EXPECT_EQ(entry["api"], "aws");

  const auto puts = journal("?api=aws&operation=PutOptedOutNumber");
  ASSERT_EQ(puts.size(), 2u) << puts.dump(2);
  EXPECT_EQ(puts[0]["operation"], "PutOptedOutNumber");
  EXPECT_EQ(puts[0]["status"], kStatusOk);
  EXPECT_TRUE(puts[0]["errorType"].is_null());
  EXPECT_EQ(puts[0]["request"], kNumber);
  EXPECT_EQ(puts[0]["response"]["OptedOutNumber"], "+14155550100");
  EXPECT_EQ(puts[1]["status"], kStatusBadRequest);
  EXPECT_EQ(puts[1]["errorType"], "ResourceNotFoundException");
  EXPECT_EQ(puts[1]["request"]["OptOutListName"], "nope");
  EXPECT_EQ(puts[1]["response"]["ResourceId"], "nope");
  EXPECT_LT(puts[0]["sequence"].get<long>(), puts[1]["sequence"].get<long>());

  const auto unknown = journal("?operation=NoSuchOperation");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0]["errorType"], "UnknownOperationException");
  EXPECT_TRUE(journal("?api=convoso").empty());

  const auto [status, body] = control("DELETE", "/_smsim/requests");
  EXPECT_EQ(status, kStatusOk);
  EXPECT_TRUE(journal().empty());
  // Clearing the journal leaves the state alone.
  EXPECT_EQ(
      ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"].size(), 1u);
}

TEST_F(ControlApiTest, AdvancingTheClockPassesTheThirtyDayRule) {
  ok("PutOptedOutNumber", kNumber);
  ok("DeleteOptedOutNumber", kNumber);
  ok("PutOptedOutNumber", kNumber);
  EXPECT_EQ(fails("DeleteOptedOutNumber", kNumber, "ValidationException")["Reason"],
            "PHONE_NUMBER_CANNOT_BE_OPTED_IN");

  const auto [status, clock] =
      control("POST", "/_smsim/clock", json{{"advanceSeconds", kThirtyDaysInSeconds}}.dump());
  EXPECT_EQ(status, kStatusOk);
  EXPECT_EQ(clock["offsetSeconds"], kThirtyDaysInSeconds);
  EXPECT_EQ(control("GET", "/_smsim/clock").second["offsetSeconds"], kThirtyDaysInSeconds);
  ok("DeleteOptedOutNumber", kNumber);
}

TEST_F(ControlApiTest, BadClockBodiesGetJsonErrors) {
  for (const char* body : {"not json", "[]", "{}", R"({"advanceSeconds": "10"})",
                           R"({"advanceSeconds": -1})", R"({"advanceSeconds": 1e300})"}) {
    SCOPED_TRACE(body);
    const auto [status, error] = control("POST", "/_smsim/clock", body);
    EXPECT_EQ(status, kStatusBadRequest);
    ASSERT_TRUE(error.is_object());
    EXPECT_TRUE(error["error"].is_string());
    EXPECT_TRUE(error["message"].is_string());
  }
  EXPECT_EQ(control("GET", "/_smsim/clock").second["offsetSeconds"], 0);
}

TEST_F(ControlApiTest, TheClockMovesAtMostAHundredYearsInTotal) {
  const std::string hundredYears = json{{"advanceSeconds", kHundredYearsInSeconds}}.dump();
  EXPECT_EQ(control("POST", "/_smsim/clock", hundredYears).first, kStatusOk);
  // Three of these once overflowed the clock's nanoseconds and dates went negative.
  for (int call = 0; call < 2; ++call) {
    const auto [status, error] = control("POST", "/_smsim/clock", hundredYears);
    EXPECT_EQ(status, kStatusBadRequest);
    EXPECT_EQ(error["error"], "InvalidRequest");
  }
  EXPECT_EQ(control("POST", "/_smsim/clock", R"({"advanceSeconds": 1})").first, kStatusBadRequest);
  const auto clock = control("GET", "/_smsim/clock").second;
  EXPECT_EQ(clock["offsetSeconds"], kHundredYearsInSeconds);
  EXPECT_GT(clock["now"].get<double>(), kHundredYearsInSeconds);
  ok("PutOptedOutNumber", kNumber);
  const auto listed = ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}});
  EXPECT_GT(listed["OptedOutNumbers"][0]["OptedOutTimestamp"].get<double>(),
            kHundredYearsInSeconds);
}

TEST_F(ControlApiTest, ADeeplyNestedBodyIsJournaledAsText) {
  const std::string deep =
      std::string(kAuditNestingLevels, '[') + std::string(kAuditNestingLevels, ']');
  auto http = client();
  const auto refused = postAws(http, "PutOptedOutNumber", deep);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, kStatusBadRequest);
  const auto calls = journal();
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0]["request"], deep);
}

TEST_F(ControlApiTest, JournalAndOutboxAnswersCountWhatWasDropped) {
  ok("DescribeOptOutLists", json::object());
  const auto requests = control("GET", "/_smsim/requests").second;
  EXPECT_EQ(requests, json({{"requests", requests["requests"]}, {"evicted", 0}}));
  EXPECT_EQ(requests["requests"].size(), 1u);
  EXPECT_EQ(control("GET", "/_smsim/messages").second,
            json({{"messages", json::array()}, {"evicted", 0}}));
}

class SmallJournalTest : public RunningServer {
 protected:
  SmallJournalTest() : RunningServer(smallConfig()) {}
  static ServerConfig smallConfig() {
    auto config = configOnFreePort();
    config.journalCapacity = 2;
    return config;
  }
};

TEST_F(SmallJournalTest, EvictedCountsCallsDroppedForCapacityUntilCleared) {
  for (int i = 0; i < 5; ++i) ok("DescribeOptOutLists", json::object());
  const auto requests = control("GET", "/_smsim/requests").second;
  EXPECT_EQ(requests["requests"].size(), 2u);
  EXPECT_EQ(requests["evicted"], 3);  // control calls are not journaled

  EXPECT_EQ(control("DELETE", "/_smsim/requests").first, kStatusOk);
  EXPECT_EQ(control("GET", "/_smsim/requests").second["evicted"], 0);
}

}  // namespace
}  // namespace smsim::integration
