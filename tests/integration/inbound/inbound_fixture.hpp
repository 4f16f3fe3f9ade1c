#pragma once
// A real smsim on port 0 with one two-way number, and helpers to inject inbound messages,
// subscribe webhooks and read the delivery log over the control API.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "smsim/server.hpp"
#include "webhook_endpoints.hpp"

namespace smsim::testing_support {

using nlohmann::json;

inline constexpr const char* kChannel = "arn:aws:sns:us-east-1:123456789012:inbound-sms";
inline constexpr const char* kHandset = "+14155550100";
// Short enough that a hanging subscriber's attempts end quickly, long enough for a loaded machine.
inline constexpr std::chrono::milliseconds kTestAttemptTimeout{1000};

class InboundDeliveryTest : public testing::Test {
 protected:
  static ServerConfig testConfig() {
    ServerConfig config;
    config.port = 0;
    config.delivery.connectTimeout = kTestAttemptTimeout;
    config.delivery.readTimeout = kTestAttemptTimeout;
    config.delivery.writeTimeout = kTestAttemptTimeout;
    return config;
  }

  void SetUp() override { startWith(testConfig()); }

  // (Re)starts smsim with `config` and a two-way number.
  void startWith(const ServerConfig& config) {
    client_.reset();
    server_.reset();
    server_ = std::make_unique<Server>(config);
    server_->start();
    client_ = std::make_unique<httplib::Client>(server_->baseUrl());
    createTwoWayNumber();
  }

  // A number whose inbound messages are published to kChannel (again after a reset).
  void createTwoWayNumber() {
    number_ = aws("RequestPhoneNumber", {{"IsoCountryCode", "US"},
                                         {"MessageType", "TRANSACTIONAL"},
                                         {"NumberCapabilities", {"SMS"}},
                                         {"NumberType", "LONG_CODE"}});
    aws("UpdatePhoneNumber", {{"PhoneNumberId", number_["PhoneNumberId"]},
                              {"TwoWayEnabled", true},
                              {"TwoWayChannelArn", kChannel}});
  }

  json aws(const std::string& operation, const json& input) {
    httplib::Headers headers = {{"X-Amz-Target", "PinpointSMSVoiceV2." + operation}};
    auto result = client_->Post("/", headers, input.dump(), "application/x-amz-json-1.0");
    EXPECT_TRUE(result && result->status == 200)
        << operation << ": " << (result ? result->body : "no response");
    return result ? json::parse(result->body) : json();
  }
  std::pair<int, json> control(const std::string& method, const std::string& path,
                               const json& body = nullptr) {
    return controlText(method, path, body.dump());
  }
  // A control call with a raw body, for bodies that are not what the JSON library would write.
  std::pair<int, json> controlText(const std::string& method, const std::string& path,
                                   const std::string& body) {
    auto result = method == "GET" ? client_->Get(path.c_str())
                                  : client_->Post(path.c_str(), body, "application/json");
    if (!result) return {0, json()};
    return {result->status, json::parse(result->body, nullptr, false)};
  }
  json inject(const std::string& body, const std::string& handset = kHandset) {
    auto [status, outcome] = control("POST", "/_smsim/inbound",
                                     {{"originationNumber", handset},
                                      {"destinationNumber", number_["PhoneNumber"]},
                                      {"messageBody", body}});
    EXPECT_EQ(status, 200) << outcome.dump();
    return outcome;
  }
  void subscribe(const std::string& endpoint, const std::string& format) {
    auto [status, body] =
        control("POST", "/_smsim/subscriptions",
                {{"channelArn", kChannel}, {"endpoint", endpoint}, {"format", format}});
    ASSERT_EQ(status, 201) << body.dump();
  }
  json deliveries() { return control("GET", "/_smsim/deliveries").second["deliveries"]; }
  // Polls the delivery log until every delivery has settled (bounded: the retry policy gives up
  // after a few seconds).
  json settledDeliveries(std::size_t expected) {
    json settled = json::array();
    const bool done = eventually([&] {
      settled = deliveries();
      return settled.size() == expected &&
             std::all_of(settled.begin(), settled.end(),
                         [](const json& d) { return d["status"] != "PENDING"; });
    });
    if (!done) ADD_FAILURE() << "deliveries did not settle: " << settled.dump();
    return done ? settled : json::array();
  }

  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
  json number_;
};

}  // namespace smsim::testing_support
