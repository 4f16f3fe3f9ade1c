#pragma once
// A test fixture with a real smsim::Server on a free port and helpers that speak awsJson1.0 and
// the control API to it over HTTP, the way any client would.
#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "smsim/server.hpp"

namespace smsim::integration {

inline constexpr const char* kAwsJsonContentType = "application/x-amz-json-1.0";
inline constexpr const char* kTargetPrefix = "PinpointSMSVoiceV2.";
inline constexpr int kStatusOk = 200;
inline constexpr int kStatusBadRequest = 400;

// An Authorization header whose SigV4 credential scope names an account and a region.
inline std::string authorizationFor(const std::string& accountId,
                                    const std::string& region = "us-east-1") {
  return "AWS4-HMAC-SHA256 Credential=" + accountId + "/20260101/" + region +
         "/sms-voice/aws4_request, SignedHeaders=host;x-amz-date, Signature=0";
}

class RunningServer : public testing::Test {
 protected:
  static ServerConfig configOnFreePort() {
    ServerConfig config;
    config.host = "127.0.0.1";
    config.port = 0;
    return config;
  }

  RunningServer() = default;
  // For a fixture that needs other limits; `config` should still name port 0.
  explicit RunningServer(ServerConfig config) : server_(std::move(config)) {}

  void SetUp() override { server_.start(); }
  void TearDown() override { server_.stop(); }

  httplib::Client client() const {
    httplib::Client http("127.0.0.1", server_.port());
    http.set_read_timeout(60, 0);
    http.set_write_timeout(60, 0);
    // The client writes headers and body separately; with Nagle's algorithm on, each request
    // would wait for a delayed ACK (~40 ms).
    http.set_tcp_nodelay(true);
    return http;
  }

  // POST / with `X-Amz-Target: PinpointSMSVoiceV2.<operation>`.
  static httplib::Result postAws(httplib::Client& http, const std::string& operation,
                                 const std::string& body,
                                 const std::string& contentType = kAwsJsonContentType,
                                 const std::string& authorization = "") {
    httplib::Headers headers = {{"X-Amz-Target", kTargetPrefix + operation}};
    if (!authorization.empty()) headers.emplace("Authorization", authorization);
    return http.Post("/", headers, body, contentType.c_str());
  }
  httplib::Result postAws(const std::string& operation, const std::string& body) {
    auto http = client();
    return postAws(http, operation, body);
  }

  // An operation that must succeed; returns its JSON result.
  nlohmann::json ok(const std::string& operation, const nlohmann::json& input) {
    auto result = postAws(operation, input.dump());
    if (!result) {
      ADD_FAILURE() << operation << ": transport error " << httplib::to_string(result.error());
      return nullptr;
    }
    EXPECT_EQ(result->status, kStatusOk) << operation << ": " << result->body;
    return nlohmann::json::parse(result->body);
  }

  // An operation that must fail with `errorType`; returns the error body.
  nlohmann::json fails(const std::string& operation, const nlohmann::json& input,
                       const std::string& errorType) {
    auto result = postAws(operation, input.dump());
    if (!result) {
      ADD_FAILURE() << operation << ": transport error " << httplib::to_string(result.error());
      return nullptr;
    }
    EXPECT_EQ(result->get_header_value("x-amzn-ErrorType"), errorType) << result->body;
    auto body = nlohmann::json::parse(result->body);
    EXPECT_EQ(body.value("__type", ""), errorType) << result->body;
    return body;
  }

  // A control-API call; returns status and parsed JSON body.
  std::pair<int, nlohmann::json> control(const std::string& method, const std::string& path,
                                         const std::string& body = "") {
    auto http = client();
    httplib::Result result = method == "GET"      ? http.Get(path.c_str())
                             : method == "DELETE" ? http.Delete(path.c_str())
                             : method == "PUT"    ? http.Put(path.c_str(), body, "application/json")
                                               : http.Post(path.c_str(), body, "application/json");
    if (!result) {
      ADD_FAILURE() << method << " " << path << ": transport error "
                    << httplib::to_string(result.error());
      return {0, nullptr};
    }
    return {result->status, nlohmann::json::parse(result->body, nullptr, false)};
  }

  Server server_{configOnFreePort()};
};

}  // namespace smsim::integration
