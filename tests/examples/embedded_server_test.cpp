// The README's GoogleTest example, compiled and run so it can't drift from the public API: a
// fixture that embeds smsim in-process through include/smsim/ only (no internal header).
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <memory>
#include <smsim/server.hpp>
#include <string>

// readme-example-begin
class OptOutTest : public ::testing::Test {
 protected:
  void SetUp() override {
    smsim::ServerConfig config;
    config.port = 0;  // a free port, so test binaries can run in parallel
    server_ = std::make_unique<smsim::Server>(config);
    server_->start();  // returns once connections are accepted
  }
  void TearDown() override { server_->stop(); }

  // Point the code under test at server_->baseUrl() (for the AWS SDK for C++, its
  // ClientConfiguration::endpointOverride). Here, a plain awsJson1.0 call with cpp-httplib.
  httplib::Result call(const std::string& operation, const std::string& body) {
    httplib::Client client(server_->baseUrl());
    return client.Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2." + operation}}, body,
                       "application/x-amz-json-1.0");
  }

  std::unique_ptr<smsim::Server> server_;
};

TEST_F(OptOutTest, OptedOutNumberIsListed) {
  auto put = call("PutOptedOutNumber",
                  R"({"OptOutListName": "Default", "OptedOutNumber": "+14155550100"})");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 200);

  auto listed = call("DescribeOptedOutNumbers", R"({"OptOutListName": "Default"})");
  ASSERT_TRUE(listed);
  EXPECT_NE(listed->body.find("+14155550100"), std::string::npos);
}

TEST_F(OptOutTest, OptInAgainOnlyAfterThirtyDays) {
  const std::string number = R"({"OptOutListName": "Default", "OptedOutNumber": "+14155550100"})";
  call("PutOptedOutNumber", number);
  EXPECT_EQ(call("DeleteOptedOutNumber", number)->status, 200);
  call("PutOptedOutNumber", number);
  EXPECT_EQ(call("DeleteOptedOutNumber", number)->status, 400);  // within 30 days

  server_->clock().advance(std::chrono::hours(24 * 31));  // simulated time, no waiting
  EXPECT_EQ(call("DeleteOptedOutNumber", number)->status, 200);
}
// readme-example-end

// Not in the README: each test's server starts empty, which the fixture above relies on.
TEST_F(OptOutTest, EachTestGetsAFreshServer) {
  auto listed = call("DescribeOptedOutNumbers", R"({"OptOutListName": "Default"})");
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->status, 200);
  EXPECT_EQ(listed->body.find("+14155550100"), std::string::npos);
}
