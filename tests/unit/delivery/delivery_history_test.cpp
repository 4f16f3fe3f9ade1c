#include "delivery/delivery_history.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim::delivery {
namespace {

DeliveryRecord record(const std::string& id, const char* status = delivery_status::kPending) {
  DeliveryRecord made;
  made.deliveryId = id;
  made.status = status;
  return made;
}

TEST(DeliveryHistory, KeepsTheNewestRecordsAndCountsEvictions) {
  DeliveryHistory history(2);
  for (const char* id : {"a", "b", "c"}) history.add(record(id));
  const auto report = history.report();
  ASSERT_EQ(report.deliveries.size(), 2u);
  EXPECT_EQ(report.deliveries[0].deliveryId, "b");
  EXPECT_EQ(report.evicted, 1u);
  EXPECT_EQ(history.find("a"), nullptr);
  ASSERT_NE(history.find("c"), nullptr);
  history.find("c")->attempts = 3;
  EXPECT_EQ(history.report().deliveries[1].attempts, 3);
}

TEST(DeliveryHistory, CountsDroppedDeliveriesEvenOnceEvicted) {
  DeliveryHistory history(1);
  history.add(record("a", delivery_status::kDropped));
  history.add(record("b"));
  const auto report = history.report();
  EXPECT_EQ(report.dropped, 1u);
  EXPECT_EQ(report.evicted, 1u);
  const nlohmann::json json = report;
  EXPECT_EQ(json["dropped"], 1);
  EXPECT_EQ(json["evicted"], 1);
  EXPECT_EQ(json["deliveries"].size(), 1u);
}

TEST(DeliveryHistory, ZeroCapacityKeepsNothingAndClearResetsTheCounts) {
  DeliveryHistory history(0);
  history.add(record("a"));
  EXPECT_TRUE(history.report().deliveries.empty());
  EXPECT_EQ(history.report().evicted, 1u);
  history.clear();
  EXPECT_EQ(history.report().evicted, 0u);
}

}  // namespace
}  // namespace smsim::delivery
