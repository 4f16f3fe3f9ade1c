// The body of PUT /_smsim/outcomes: an outcome as `seed.outcomes` writes it, every member checked,
// and every refusal a message that names what is wrong (an unknown event type names the valid
// ones).
#include "control/outcome_request.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim::control {
namespace {

TEST(OutcomeRequest, ReadsAnOutcomeWithItsScopeAndEvents) {
  const auto reading = readOutcomeRequest(
      R"({"destination":"+1206555*","account":"111122223333","region":"eu-west-1",)"
      R"("events":[{"type":"TEXT_QUEUED"},{"type":"TEXT_PENDING","after":60.5,"isFinal":false}]})");
  ASSERT_TRUE(reading.request) << reading.error;
  const auto& outcome = *reading.request;
  EXPECT_EQ(outcome.destination, "+1206555*");
  EXPECT_EQ(outcome.accountId, "111122223333");
  EXPECT_EQ(outcome.region, "eu-west-1");
  ASSERT_EQ(outcome.events.size(), 2u);
  EXPECT_EQ(outcome.events[0].eventType, "TEXT_QUEUED");
  EXPECT_EQ(outcome.events[0].afterSeconds, 0);
  EXPECT_FALSE(outcome.events[0].isFinal);
  EXPECT_EQ(outcome.events[1].afterSeconds, 60.5);
  EXPECT_EQ(outcome.events[1].isFinal, false);
  // As GET /_smsim/outcomes lists it: the form it was put in.
  EXPECT_EQ(nlohmann::json(outcome),
            nlohmann::json::parse(R"({"destination":"+1206555*","account":"111122223333",)"
                                  R"("region":"eu-west-1","events":[{"type":"TEXT_QUEUED",)"
                                  R"("after":0.0},{"type":"TEXT_PENDING","after":60.5,)"
                                  R"("isFinal":false}]})"));
}

TEST(OutcomeRequest, AnUnknownEventTypeNamesTheValidOnes) {
  const auto reading = readOutcomeRequest(
      R"({"destination":"+12065550100","events":[{"type":"TEXT_SUCCESSFUL"},{"type":"TEXT_DELIVERD"}]})");
  ASSERT_FALSE(reading.request);
  EXPECT_NE(reading.error.find("events[1].type 'TEXT_DELIVERD'"), std::string::npos)
      << reading.error;
  EXPECT_NE(reading.error.find("TEXT_DELIVERED"), std::string::npos) << reading.error;
}

TEST(OutcomeRequest, RefusesWhatNoOutcomeIs) {
  const std::string events = R"("events":[{"type":"TEXT_SPAM"}])";
  for (const std::string& body : {
           std::string(""),
           std::string("[]"),
           std::string("{"),
           "{" + events + "}",                                 // no destination
           R"({"destination":"14255550100",)" + events + "}",  // no +
           R"({"destination":"+1425x*",)" + events + "}",      // not digits
           R"({"destination":5,)" + events + "}",              // not a string
           std::string(R"({"destination":"+14255550100"})"),   // no events
           std::string(R"({"destination":"+14255550100","events":[]})"),
           std::string(R"({"destination":"+14255550100","events":{}})"),
           std::string(R"({"destination":"+14255550100","events":[5]})"),
           std::string(R"({"destination":"+14255550100","events":[{"after":5}]})"),
           std::string(R"({"destination":"+14255550100","events":[{"type":"TEXT_ALL"}]})"),
           std::string(
               R"({"destination":"+14255550100","events":[{"type":"TEXT_SPAM","after":-1}]})"),
           std::string(
               R"({"destination":"+14255550100","events":[{"type":"TEXT_SPAM","after":259201}]})"),
           std::string(
               R"({"destination":"+14255550100","events":[{"type":"TEXT_SPAM","after":"5"}]})"),
           std::string(
               R"({"destination":"+14255550100","events":[{"type":"TEXT_SPAM","isFinal":1}]})"),
           std::string(
               R"({"destination":"+14255550100","events":[{"type":"TEXT_SPAM","delay":1}]})"),
           R"({"destination":"+14255550100","account":"12",)" + events + "}",
           R"({"destination":"+14255550100","account":123456789012,)" + events + "}",
           R"({"destination":"+14255550100","region":"US EAST",)" + events + "}",
           R"({"destination":"+14255550100","status":"x",)" + events + "}",
           std::string(R"({"destination":"+14255550100","events":[[[[[[[[[]]]]]]]]]})"),
       }) {
    const auto reading = readOutcomeRequest(body);
    EXPECT_FALSE(reading.request) << body;
    EXPECT_FALSE(reading.error.empty()) << body;
  }
}

TEST(OutcomeRequest, KeepsTheEventListBounded) {
  std::string events;
  for (std::size_t i = 0; i <= kMaxOutcomeEvents; ++i) {
    events += std::string(events.empty() ? "" : ",") + R"({"type":"TEXT_PENDING"})";
  }
  const auto reading =
      readOutcomeRequest(R"({"destination":"+14255550100","events":[)" + events + "]}");
  EXPECT_FALSE(reading.request);
  EXPECT_NE(reading.error.find("1 to 50"), std::string::npos) << reading.error;
}

}  // namespace
}  // namespace smsim::control
