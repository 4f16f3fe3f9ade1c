// POST /_smsim/subscriptions checks every member and the endpoint URL when it subscribes, and
// answers 400 in the control API's error format: an endpoint the delivery worker could not use
// (port 99999999999 once threw out of the HTTP client and ended the process) never gets in.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "inbound_fixture.hpp"

namespace smsim::testing_support {
namespace {

constexpr int kBadRequest = 400;

class SubscriptionValidationTest : public InboundDeliveryTest {
 protected:
  // Expects a 400 InvalidRequest whose message contains `mentions`.
  void expectRejected(const std::string& body, const std::string& mentions) {
    auto [status, error] = controlText("POST", "/_smsim/subscriptions", body);
    EXPECT_EQ(status, kBadRequest) << body;
    EXPECT_EQ(error.value("error", ""), "InvalidRequest") << body;
    EXPECT_NE(error.value("message", "").find(mentions), std::string::npos)
        << body << " -> " << error.dump();
  }
  std::string withEndpoint(const std::string& endpoint) {
    return json{{"channelArn", kChannel}, {"endpoint", endpoint}}.dump();
  }
};

TEST_F(SubscriptionValidationTest, AnOutOfRangePortIsRefusedAndInjectionStillWorks) {
  expectRejected(withEndpoint("http://127.0.0.1:99999999999/x"), "port");
  expectRejected(withEndpoint("http://127.0.0.1:0/x"), "port");
  expectRejected(withEndpoint("http://127.0.0.1:65536/x"), "port");
  expectRejected(withEndpoint("http://127.0.0.1:/x"), "port");
  expectRejected(withEndpoint("http://127.0.0.1:8o/x"), "port");
  EXPECT_TRUE(control("GET", "/_smsim/subscriptions").second["subscriptions"].empty());
  // What used to end the process: an inbound message once such a subscription existed.
  const auto outcome = inject("hello");
  EXPECT_TRUE(outcome["deliveries"].empty());
  EXPECT_EQ(control("GET", "/_smsim/health").first, 200);
}

TEST_F(SubscriptionValidationTest, EndpointsMustBeUsableUrls) {
  expectRejected(withEndpoint("ftp://example.com/x"), "http:// or https://");
  expectRejected(withEndpoint("127.0.0.1:8080/x"), "http:// or https://");
  expectRejected(withEndpoint("http:///x"), "host");
  expectRejected(withEndpoint("http://:8080/x"), "host");
  expectRejected(withEndpoint("http://exa mple.com/x"), "host");
  expectRejected(withEndpoint("http://user:secret@example.com/x"), "credentials");
  expectRejected(withEndpoint("http://example.com/a b"), "path");
  expectRejected(withEndpoint("http://example.com/x\r\nX-Injected: 1"), "path");
  expectRejected(withEndpoint("http://[::1/x"), "]");
  expectRejected(withEndpoint("http://example.com/" + std::string(3000, 'a')), "2048");
}

// Firehose's HttpEndpointBufferingHints: both or neither, interval 0-900 s, size 1-64 MB.
TEST_F(SubscriptionValidationTest, BufferingHintsAreFirehosesAndForFirehoseOnly) {
  const auto withHints = [](const std::string& format, const json& hints) {
    return json{{"channelArn", kChannel},
                {"endpoint", "http://127.0.0.1:9/f"},
                {"format", format},
                {"bufferingHints", hints}}
        .dump();
  };
  expectRejected(withHints("raw", {{"intervalInSeconds", 0}, {"sizeInMBs", 1}}), "firehose only");
  expectRejected(withHints("firehose", {{"intervalInSeconds", 60}}), "both");
  expectRejected(withHints("firehose", {{"intervalInSeconds", 901}, {"sizeInMBs", 5}}), "0 to 900");
  expectRejected(withHints("firehose", {{"intervalInSeconds", 60}, {"sizeInMBs", 65}}), "1 to 64");
  expectRejected(withHints("firehose", {{"intervalInSeconds", "60"}, {"sizeInMBs", 5}}),
                 "intervalInSeconds");
  expectRejected(withHints("firehose", {{"intervalInSeconds", 60}, {"sizeInMBs", 5}, {"x", 1}}),
                 "intervalInSeconds");
  expectRejected(withHints("firehose", json::array()), "intervalInSeconds");
  EXPECT_TRUE(control("GET", "/_smsim/subscriptions").second["subscriptions"].empty());

  auto [status, made] =
      controlText("POST", "/_smsim/subscriptions",
                  withHints("firehose", {{"intervalInSeconds", 0}, {"sizeInMBs", 64}}));
  EXPECT_EQ(status, 201) << made.dump();
  EXPECT_EQ(made["bufferingHints"], (json{{"intervalInSeconds", 0}, {"sizeInMBs", 64}}));
  std::tie(status, made) = controlText(
      "POST", "/_smsim/subscriptions",
      json{{"channelArn", kChannel}, {"endpoint", "http://127.0.0.1:9/g"}, {"format", "firehose"}}
          .dump());
  EXPECT_EQ(status, 201) << made.dump();
  EXPECT_EQ(made["bufferingHints"], (json{{"intervalInSeconds", 300}, {"sizeInMBs", 5}}));
}

TEST_F(SubscriptionValidationTest, GoodEndpointsAreAcceptedAsGiven) {
  for (const std::string endpoint :
       {"http://127.0.0.1:8080/sns", "https://hooks.example.com/sms?x=1", "http://localhost",
        "HTTP://[::1]:9000/in", "http://my_host.internal:1/"}) {
    auto [status, body] = controlText("POST", "/_smsim/subscriptions", withEndpoint(endpoint));
    EXPECT_EQ(status, 201) << endpoint << " -> " << body.dump();
    EXPECT_EQ(body["endpoint"], endpoint);
  }
}

TEST_F(SubscriptionValidationTest, EveryMemberIsTypeChecked) {
  const std::string endpoint = "\"http://127.0.0.1:8080/x\"";
  const std::string channel = std::string("\"") + kChannel + "\"";
  expectRejected(R"({"channelArn": 5, "endpoint": )" + endpoint + "}", "channelArn");
  expectRejected(R"({"channelArn": ["a"], "endpoint": )" + endpoint + "}", "channelArn");
  expectRejected(R"({"channelArn": null, "endpoint": )" + endpoint + "}", "channelArn");
  expectRejected(R"({"channelArn": "", "endpoint": )" + endpoint + "}", "channelArn");
  expectRejected(R"({"channelArn": )" + channel + R"(, "endpoint": 8080})", "endpoint");
  expectRejected(R"({"channelArn": )" + channel + R"(, "endpoint": {"url": "x"}})", "endpoint");
  expectRejected(
      R"({"channelArn": )" + channel + R"(, "endpoint": )" + endpoint + R"(, "format": 7})",
      "format");
  expectRejected(
      R"({"channelArn": )" + channel + R"(, "endpoint": )" + endpoint + R"(, "format": null})",
      "format");
  expectRejected(R"(["channelArn", "endpoint"])", "JSON object");
  expectRejected(R"("http://127.0.0.1:8080/x")", "JSON object");
  expectRejected(std::string(100000, '[') + std::string(100000, ']'), "JSON object");
  EXPECT_TRUE(control("GET", "/_smsim/subscriptions").second["subscriptions"].empty());
}

TEST_F(SubscriptionValidationTest, InboundMembersAreTypeChecked) {
  const std::string numbers = std::string(R"("originationNumber": ")") + kHandset +
                              R"(", "destinationNumber": ")" +
                              number_["PhoneNumber"].get<std::string>() + "\"";
  for (const std::string& body : std::vector<std::string>{
           "{" + numbers + R"(, "messageBody": ["STOP"]})",
           "{" + numbers + R"(, "messageBody": "STOP", "accountId": 5, "region": "us-east-1"})",
           "{" + numbers + R"(, "messageBody": "STOP", "accountId": "123456789012"})",
           R"({"originationNumber": 14155550100, "destinationNumber": "+14155550101",
            "messageBody": "STOP"})",
           std::string(R"({"originationNumber": "+1)") + std::string(5000, '5') +
               R"(", "destinationNumber": "+14155550101", "messageBody": "STOP"})"}) {
    auto [status, error] = controlText("POST", "/_smsim/inbound", body);
    EXPECT_EQ(status, kBadRequest) << body;
    EXPECT_EQ(error.value("error", ""), "InvalidRequest") << body;
  }
}

}  // namespace
}  // namespace smsim::testing_support
