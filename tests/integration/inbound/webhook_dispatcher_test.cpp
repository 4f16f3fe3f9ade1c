// The dispatcher on its own, with loopback subscribers: what it does with endpoints the control
// API never checked (scenario seeds), with more endpoints than it serves at once, and with the
// workers of endpoints that went idle.
#include "delivery/webhook_dispatcher.hpp"

#include <gtest/gtest.h>

#include <string>

#include "webhook_endpoints.hpp"

namespace smsim::testing_support {
namespace {

using delivery::DeliveryRecord;
using delivery::Subscription;
using delivery::WebhookDispatcher;

constexpr const char* kChannel = "arn:aws:sns:us-east-1:123456789012:inbound-sms";
constexpr const char* kPayload = R"({"messageBody":"hello"})";
constexpr std::chrono::milliseconds kShortTimeout{500};

DeliveryPolicy shortPolicy() {
  DeliveryPolicy policy;
  policy.connectTimeout = kShortTimeout;
  policy.readTimeout = kShortTimeout;
  policy.writeTimeout = kShortTimeout;
  return policy;
}

Subscription subscriptionTo(const std::string& endpoint) {
  return {kChannel, endpoint, delivery::format::kRaw, {}};
}

DeliveryRecord recordOf(const WebhookDispatcher& dispatcher, const std::string& deliveryId) {
  for (const auto& record : dispatcher.deliveries().deliveries) {
    if (record.deliveryId == deliveryId) return record;
  }
  ADD_FAILURE() << "no delivery " << deliveryId;
  return {};
}

TEST(WebhookDispatcher, AnUnusableSeededEndpointFailsItsDeliveriesWithTheReason) {
  Clock clock;
  WebhookDispatcher dispatcher(clock, shortPolicy());
  dispatcher.subscribe(subscriptionTo("http://127.0.0.1:99999999999/x"));  // as a seed would
  ASSERT_EQ(dispatcher.subscriptions().size(), 1u);

  const auto ids = dispatcher.publish(kChannel, kPayload, "inbound-1");
  ASSERT_EQ(ids.size(), 1u);
  const auto record = recordOf(dispatcher, ids[0]);
  EXPECT_EQ(record.status, delivery::delivery_status::kFailed);
  EXPECT_EQ(record.attempts, 0);
  EXPECT_NE(record.lastError.find("port"), std::string::npos) << record.lastError;
}

TEST(WebhookDispatcher, BeyondTheEndpointLimitDeliveriesAreDroppedWithTheReason) {
  Clock clock;
  auto policy = shortPolicy();
  policy.maxEndpoints = 1;
  WebhookDispatcher dispatcher(clock, policy);
  HangingEndpoint busy;
  HangingEndpoint other;
  dispatcher.subscribe(subscriptionTo(busy.url("/a")));
  dispatcher.subscribe(subscriptionTo(other.url("/b")));

  const auto ids = dispatcher.publish(kChannel, kPayload, "inbound-1");
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(recordOf(dispatcher, ids[0]).status, delivery::delivery_status::kPending);
  const auto dropped = recordOf(dispatcher, ids[1]);
  EXPECT_EQ(dropped.status, delivery::delivery_status::kDropped);
  EXPECT_NE(dropped.lastError.find("endpoints"), std::string::npos) << dropped.lastError;
  EXPECT_EQ(dispatcher.deliveries().dropped, 1u);
}

TEST(WebhookDispatcher, AnIdleEndpointsWorkerIsReclaimedForAnother) {
  Clock clock;
  auto policy = shortPolicy();
  policy.maxEndpoints = 1;
  WebhookDispatcher dispatcher(clock, policy);
  for (int round = 0; round < 3; ++round) {  // three endpoints in turn, one worker at a time
    Webhook webhook;
    dispatcher.unsubscribe("");
    dispatcher.subscribe(subscriptionTo(webhook.url("/in")));
    const auto ids = dispatcher.publish(kChannel, kPayload, "inbound-" + std::to_string(round));
    ASSERT_EQ(ids.size(), 1u);
    EXPECT_TRUE(eventually([&] {
      return recordOf(dispatcher, ids[0]).status == delivery::delivery_status::kDelivered;
    })) << recordOf(dispatcher, ids[0]).lastError;
  }
}

}  // namespace
}  // namespace smsim::testing_support
