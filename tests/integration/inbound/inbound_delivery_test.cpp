// POST /_smsim/inbound end to end: a real smsim on port 0, a webhook server on port 0 in this
// test, and the two-way payload travelling between them as SNS would post it.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "inbound_fixture.hpp"

namespace smsim::testing_support {
namespace {

TEST_F(InboundDeliveryTest, DeliversTheSnsEnvelopeToTheSubscribedWebhook) {
  Webhook webhook;
  subscribe(webhook.url("/sns"), "sns-http");
  const auto outcome = inject("STOP");
  EXPECT_EQ(outcome["action"], "OPT_OUT");
  EXPECT_EQ(outcome["listChanged"], true);
  EXPECT_TRUE(outcome["replyMessageId"].is_string());
  ASSERT_EQ(outcome["deliveries"].size(), 1u);

  const auto deliveries = settledDeliveries(1);
  EXPECT_EQ(deliveries[0]["status"], "DELIVERED");
  EXPECT_EQ(deliveries[0]["attempts"], 1);
  const auto received = webhook.received();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].path, "/sns");
  EXPECT_EQ(received[0].messageType, "Notification");
  const auto envelope = json::parse(received[0].body);
  EXPECT_EQ(envelope["TopicArn"], kChannel);
  const auto payload = json::parse(envelope["Message"].get<std::string>());
  EXPECT_EQ(payload["originationNumber"], kHandset);
  EXPECT_EQ(payload["messageBody"], "STOP");
  EXPECT_EQ(payload["inboundMessageId"], outcome["inboundMessageId"]);

  // The reply is in the outbox, from the number to the handset.
  const auto messages =
      control("GET", "/_smsim/messages?destination=%2B14155550100").second["messages"];
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0]["originationNumber"], number_["PhoneNumber"]);
  const auto log = control("GET", "/_smsim/inbound").second["inbound"];
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0]["keyword"], "STOP");
}

TEST_F(InboundDeliveryTest, LambdaAndRawFormats) {
  Webhook webhook;
  subscribe(webhook.url("/lambda"), "lambda-sns");
  subscribe(webhook.url("/raw"), "raw");
  inject("hello");
  settledDeliveries(2);
  auto received = webhook.received();
  ASSERT_EQ(received.size(), 2u);
  std::sort(received.begin(), received.end(), [](auto& a, auto& b) { return a.path < b.path; });
  const auto event = json::parse(received[0].body);
  EXPECT_EQ(json::parse(event["Records"][0]["Sns"]["Message"].get<std::string>())["messageBody"],
            "hello");
  EXPECT_EQ(json::parse(received[1].body)["messageBody"], "hello");
}

TEST_F(InboundDeliveryTest, ADeadEndpointIsRetriedThenFailedWithoutBlockingInjection) {
  Webhook failing;
  failing.answer(500);
  subscribe(failing.url("/down"), "sns-http");
  subscribe("http://127.0.0.1:1/nothing-listens-here", "raw");
  const auto started = std::chrono::steady_clock::now();
  const auto outcome = inject("STOP");
  EXPECT_LT(std::chrono::steady_clock::now() - started,
            std::chrono::seconds(2));       // not bounded by retries
  EXPECT_EQ(outcome["listChanged"], true);  // the state change stands
  const auto deliveries = settledDeliveries(2);
  for (const auto& delivery : deliveries) {
    EXPECT_EQ(delivery["status"], "FAILED") << delivery.dump();
    EXPECT_EQ(delivery["attempts"], 4);
    EXPECT_TRUE(delivery["error"].is_string());
  }
  EXPECT_EQ(failing.received().size(), 4u);
}

TEST_F(InboundDeliveryTest, ConcurrentInjectionsAreAllApplied) {
  Webhook webhook;
  subscribe(webhook.url("/sns"), "raw");
  constexpr int kThreads = 4;
  constexpr int kPerThread = 10;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      httplib::Client client(server_->baseUrl());
      for (int i = 0; i < kPerThread; ++i) {
        const std::string handset = "+1415555" + std::to_string(1000 + t * kPerThread + i);
        json body = {{"originationNumber", handset},
                     {"destinationNumber", number_["PhoneNumber"]},
                     {"messageBody", "stop"}};
        auto result = client.Post("/_smsim/inbound", body.dump(), "application/json");
        EXPECT_TRUE(result && result->status == 200);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const auto listed =
      aws("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"];
  EXPECT_EQ(listed.size(), static_cast<std::size_t>(kThreads * kPerThread));
  EXPECT_EQ(control("GET", "/_smsim/messages").second["messages"].size(),
            static_cast<std::size_t>(kThreads * kPerThread));
  settledDeliveries(kThreads * kPerThread);
  EXPECT_EQ(webhook.received().size(), static_cast<std::size_t>(kThreads * kPerThread));
}

TEST_F(InboundDeliveryTest, BadRequestsGetJsonErrorsAndChangeNothing) {
  const json cases[] = {
      {{"originationNumber", "12345"},
       {"destinationNumber", number_["PhoneNumber"]},
       {"messageBody", "STOP"}},
      {{"originationNumber", kHandset}, {"messageBody", "STOP"}},
      {{"originationNumber", kHandset},
       {"destinationNumber", number_["PhoneNumber"]},
       {"messageBody", ""}},
      {{"originationNumber", kHandset},
       {"destinationNumber", number_["PhoneNumber"]},
       {"messageBody", 7}},
      {{"originationNumber", kHandset},
       {"destinationNumber", number_["PhoneNumber"]},
       {"messageBody", std::string(1601, 'a')}},
  };
  for (const auto& body : cases) {
    auto [status, error] = control("POST", "/_smsim/inbound", body);
    EXPECT_EQ(status, 400) << body.dump();
    EXPECT_EQ(error["error"], "InvalidRequest");
  }
  auto [status, error] = control("POST", "/_smsim/inbound",
                                 {{"originationNumber", kHandset},
                                  {"destinationNumber", "+14155559999"},
                                  {"messageBody", "STOP"}});
  EXPECT_EQ(status, 404);
  auto notJson = client_->Post("/_smsim/inbound", "{nope", "application/json");
  ASSERT_TRUE(notJson);
  EXPECT_EQ(notJson->status, 400);
  EXPECT_EQ(
      control("POST", "/_smsim/subscriptions", {{"channelArn", kChannel}, {"endpoint", "ftp://x"}})
          .first,
      400);
  EXPECT_EQ(control("POST", "/_smsim/subscriptions",
                    {{"channelArn", kChannel}, {"endpoint", "http://x"}, {"format", "email"}})
                .first,
            400);
  EXPECT_TRUE(
      aws("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"].empty());
  EXPECT_TRUE(control("GET", "/_smsim/inbound").second["inbound"].empty());
}

TEST_F(InboundDeliveryTest, ResetDropsSubscriptionsAndHistory) {
  Webhook webhook;
  subscribe(webhook.url("/sns"), "raw");
  inject("hello");
  settledDeliveries(1);
  control("POST", "/_smsim/reset");
  EXPECT_TRUE(control("GET", "/_smsim/subscriptions").second["subscriptions"].empty());
  EXPECT_TRUE(control("GET", "/_smsim/deliveries").second["deliveries"].empty());
  EXPECT_TRUE(control("GET", "/_smsim/inbound").second["inbound"].empty());
}

}  // namespace
}  // namespace smsim::testing_support
