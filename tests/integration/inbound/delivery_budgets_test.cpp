// The delivery history, each endpoint's queue and the inbound log stay within their budgets
// (--delivery-history-capacity, --delivery-queue-capacity, --inbound-log-capacity), and what
// they throw away is counted or recorded, never lost silently.
#include <gtest/gtest.h>

#include <string>

#include "inbound_fixture.hpp"

namespace smsim::testing_support {
namespace {

constexpr std::size_t kSmallBudget = 2;
constexpr std::size_t kMessages = 5;

using DeliveryBudgetsTest = InboundDeliveryTest;

TEST_F(DeliveryBudgetsTest, TheHistoryKeepsTheNewestRecordsAndCountsTheRest) {
  auto config = testConfig();
  config.delivery.historyCapacity = kSmallBudget;
  startWith(config);
  Webhook webhook;
  subscribe(webhook.url("/ok"), "raw");
  for (std::size_t i = 0; i < kMessages; ++i) inject("hello " + std::to_string(i));

  ASSERT_TRUE(eventually([&] { return webhook.received().size() == kMessages; }));
  const auto report = control("GET", "/_smsim/deliveries").second;
  EXPECT_EQ(report["deliveries"].size(), kSmallBudget);
  EXPECT_EQ(report["evicted"], kMessages - kSmallBudget);
  EXPECT_EQ(report["dropped"], 0);
}

TEST_F(DeliveryBudgetsTest, AFullEndpointQueueDropsNewDeliveriesVisibly) {
  auto config = testConfig();
  config.delivery.queueCapacity = kSmallBudget;
  startWith(config);
  HangingEndpoint hanging;
  Webhook healthy;
  subscribe(hanging.url("/hangs"), "raw");
  subscribe(healthy.url("/ok"), "raw");
  // One message at a time, each delivered to the healthy endpoint before the next: that
  // endpoint has a queue of its own and keeps up, so it loses nothing.
  for (std::size_t i = 0; i < kMessages; ++i) {
    inject("hello " + std::to_string(i));
    ASSERT_TRUE(eventually([&] { return healthy.received().size() == i + 1; }));
  }

  const auto report = control("GET", "/_smsim/deliveries").second;
  EXPECT_EQ(report["dropped"], kMessages - kSmallBudget) << report.dump();
  std::size_t dropped = 0;
  for (const auto& delivery : report["deliveries"]) {
    if (delivery["status"] != "DROPPED") continue;
    ++dropped;
    EXPECT_EQ(delivery["endpoint"], hanging.url("/hangs"));
    EXPECT_EQ(delivery["attempts"], 0);
    EXPECT_NE(delivery["error"].get<std::string>().find("queue"), std::string::npos);
  }
  EXPECT_EQ(dropped, kMessages - kSmallBudget);
}

TEST_F(DeliveryBudgetsTest, TheInboundLogKeepsTheNewestMessagesAndCountsTheRest) {
  auto config = testConfig();
  config.inboundLogCapacity = kSmallBudget;
  startWith(config);
  for (std::size_t i = 0; i < kMessages; ++i) inject("hello " + std::to_string(i));

  const auto log = control("GET", "/_smsim/inbound").second;
  ASSERT_EQ(log["inbound"].size(), kSmallBudget);
  EXPECT_EQ(log["evicted"], kMessages - kSmallBudget);
  EXPECT_EQ(log["inbound"].back()["messageBody"], "hello 4") << log.dump();
  control("POST", "/_smsim/reset");
  EXPECT_EQ(control("GET", "/_smsim/inbound").second["evicted"], 0);
}

}  // namespace
}  // namespace smsim::testing_support
