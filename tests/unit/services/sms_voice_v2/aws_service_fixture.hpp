#pragma once
// Calls SMS Voice v2 operations through the awsJson adapter, without sockets, and checks results
// and typed errors. Shared by the service tests.
#include <gtest/gtest.h>

#include "protocols/aws_json/aws_json_adapter.hpp"

namespace smsim::testing {

class AwsServiceTest : public ::testing::Test {
 protected:
  using json = nlohmann::json;

  aws_json::AwsJsonResponse call(const std::string& operation, const std::string& body,
                                 const std::string& authorization = "") {
    target_ = "PinpointSMSVoiceV2." + operation;
    return adapter_.handle({target_, aws_json::kContentType, authorization, body});
  }
  json ok(const std::string& operation, const json& input) {
    auto response = call(operation, input.dump());
    EXPECT_EQ(response.status, 200) << operation << ": " << response.body;
    return json::parse(response.body);
  }
  json error(const std::string& operation, const json& input, const std::string& type) {
    auto response = call(operation, input.dump());
    EXPECT_EQ(response.errorType, type) << operation << ": " << response.body;
    const auto body = json::parse(response.body);
    EXPECT_EQ(body["__type"], type);
    EXPECT_TRUE(body["message"].is_string());
    return body;
  }
  // A ConflictException (or other error) with this Reason.
  json errorWithReason(const std::string& operation, const json& input, const std::string& type,
                       const std::string& reason) {
    auto body = error(operation, input, type);
    EXPECT_EQ(body["Reason"], reason) << operation << ": " << body.dump();
    return body;
  }

  Clock clock_;
  state::Store store_{clock_, 1000};
  aws_json::AwsJsonAdapter adapter_{store_, clock_, {"123456789012", "us-east-1"}};
  std::string target_;
};

}  // namespace smsim::testing
