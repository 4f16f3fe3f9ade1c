// A dead or hanging subscriber delays nobody else: each endpoint has its own queue and worker.
// Before, one worker served every endpoint in turn, so an endpoint that accepted connections and
// never answered cost every subscriber a full timeout per attempt. Also: reset() and shutdown
// stay prompt with such an endpoint in flight, and a dead endpoint with several deliveries
// waiting (which once made the worker wait on freed memory) fails them all cleanly.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "inbound_fixture.hpp"

namespace smsim::testing_support {
namespace {

constexpr int kMessages = 5;
constexpr std::chrono::seconds kPromptShutdown{10};  // generous: one attempt takes 1 s here

using DeliveryIsolationTest = InboundDeliveryTest;

std::size_t countWhere(const json& deliveries, const std::string& endpoint,
                       const std::function<bool(const json&)>& predicate) {
  return static_cast<std::size_t>(
      std::count_if(deliveries.begin(), deliveries.end(), [&](const json& delivery) {
        return delivery["endpoint"] == endpoint && predicate(delivery);
      }));
}

TEST_F(DeliveryIsolationTest, AHangingSubscriberDoesNotDelayAHealthyOne) {
  HangingEndpoint hanging;
  Webhook healthy;
  subscribe(hanging.url("/hangs"), "raw");  // first, so a single worker would meet it first
  subscribe(healthy.url("/ok"), "raw");
  for (int i = 0; i < kMessages; ++i) inject("hello " + std::to_string(i));

  // The record turns DELIVERED only after the endpoint has answered: wait for both.
  const auto healthyDelivered = [&] {
    return countWhere(deliveries(), healthy.url("/ok"),
                      [](const json& d) { return d["status"] == "DELIVERED"; });
  };
  ASSERT_TRUE(eventually([&] {
    return healthy.received().size() == kMessages &&
           healthyDelivered() == static_cast<std::size_t>(kMessages);
  })) << deliveries().dump();
  const auto log = deliveries();
  EXPECT_EQ(
      countWhere(log, healthy.url("/ok"), [](const json& d) { return d["status"] == "DELIVERED"; }),
      static_cast<std::size_t>(kMessages))
      << log.dump();
  // Served one after another, the last healthy delivery would come after an attempt at every
  // hanging one; served side by side, the hanging endpoint is still on its first deliveries.
  EXPECT_GT(
      countWhere(log, hanging.url("/hangs"),
                 [](const json& d) { return d["status"] == "PENDING" && d["attempts"] == 0; }),
      0u)
      << log.dump();
}

TEST_F(DeliveryIsolationTest, ADeadEndpointFailsEveryWaitingDelivery) {
  subscribe("http://127.0.0.1:1/nothing-listens-here", "raw");
  inject("one");
  inject("two");
  const auto log = settledDeliveries(2);
  for (const auto& delivery : log) {
    EXPECT_EQ(delivery["status"], "FAILED") << delivery.dump();
    EXPECT_EQ(delivery["attempts"], 4);
  }
}

TEST_F(DeliveryIsolationTest, ResetForgetsAttemptsInFlightAndDeliveriesGoOn) {
  HangingEndpoint hanging;
  subscribe(hanging.url("/hangs"), "raw");
  inject("before reset");
  ASSERT_EQ(control("POST", "/_smsim/reset").first, 200);
  EXPECT_TRUE(deliveries().empty());
  EXPECT_TRUE(control("GET", "/_smsim/subscriptions").second["subscriptions"].empty());

  createTwoWayNumber();  // reset removed the number too
  Webhook healthy;
  subscribe(healthy.url("/ok"), "raw");
  inject("after reset");
  const auto log = settledDeliveries(1);
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0]["status"], "DELIVERED");
  EXPECT_EQ(healthy.received().size(), 1u);
}

TEST_F(DeliveryIsolationTest, ShutdownIsPromptWithHangingAttemptsInFlight) {
  HangingEndpoint first;
  HangingEndpoint second;
  subscribe(first.url("/a"), "raw");
  subscribe(second.url("/b"), "raw");
  for (int i = 0; i < kMessages; ++i) inject("hello");
  const auto started = std::chrono::steady_clock::now();
  client_.reset();
  server_.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - started, kPromptShutdown);
}

}  // namespace
}  // namespace smsim::testing_support
