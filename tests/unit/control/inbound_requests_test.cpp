#include "control/inbound_requests.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace smsim::control {
namespace {

constexpr const char* kChannel = "arn:aws:sns:us-east-1:123456789012:inbound-sms";

TEST(InboundRequests, ReadsAnInboundMessageWithItsOptionalScope) {
  const auto reading = readInboundRequest(
      R"({"originationNumber":"+14155550100","destinationNumber":"+14155550101",)"
      R"("messageBody":"STOP","accountId":"111122223333","region":"eu-west-1"})");
  ASSERT_TRUE(reading.request) << reading.error;
  EXPECT_EQ(reading.request->messageBody, "STOP");
  ASSERT_TRUE(reading.request->scope);
  EXPECT_EQ(reading.request->scope->accountId, "111122223333");
}

TEST(InboundRequests, RefusesMembersOfTheWrongType) {
  for (
      const char* body :
      {R"({"originationNumber":5,"destinationNumber":"+14155550101","messageBody":"x"})",
       R"({"originationNumber":"+14155550100","destinationNumber":"+14155550101","messageBody":{}})",
       R"({"originationNumber":"+14155550100","destinationNumber":"+14155550101",)"
       R"("messageBody":"x","region":"us-east-1"})",
       "[]", "", "{", "null"}) {
    const auto reading = readInboundRequest(body);
    EXPECT_FALSE(reading.request) << body;
    EXPECT_FALSE(reading.error.empty()) << body;
  }
}

TEST(InboundRequests, ReadsASubscriptionWithItsEndpointParsed) {
  const auto reading = readSubscriptionRequest(std::string(R"({"channelArn":")") + kChannel +
                                               R"(","endpoint":"http://127.0.0.1:9000/in"})");
  ASSERT_TRUE(reading.request) << reading.error;
  EXPECT_EQ(reading.request->format, delivery::format::kSnsHttp);
  ASSERT_TRUE(reading.request->target.url);
  EXPECT_EQ(reading.request->target.url->port, 9000);
  EXPECT_EQ(reading.request->target.url->path, "/in");
}

TEST(InboundRequests, RefusesSubscriptionsWithAnyMemberOfTheWrongType) {
  const std::string channel = std::string(R"("channelArn":")") + kChannel + "\"";
  for (const std::string& body : std::vector<std::string>{
           R"({"channelArn":5,"endpoint":"http://h/"})",
           R"({"channelArn":[],"endpoint":"http://h/"})", "{" + channel + R"(,"endpoint":5})",
           "{" + channel + R"(,"endpoint":["http://h/"]})",
           "{" + channel + R"(,"endpoint":"http://h/","format":5})",
           "{" + channel + R"(,"endpoint":"http://h/","format":"email"})",
           "{" + channel + R"(,"endpoint":"http://h:99999999999/"})", "[1]"}) {
    const auto reading = readSubscriptionRequest(body);
    EXPECT_FALSE(reading.request) << body;
    EXPECT_FALSE(reading.error.empty()) << body;
  }
}

}  // namespace
}  // namespace smsim::control
