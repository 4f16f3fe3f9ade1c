#include "state/bounded_map.hpp"

#include <gtest/gtest.h>

namespace smsim::state {
namespace {

TEST(BoundedMap, KeepsTheNewestKeysAndCountsEvictions) {
  BoundedMap<int> map(2);
  map["a"] = 1;
  map["b"] = 2;
  map["a"] = 3;  // an update is no new key: nothing is evicted
  EXPECT_EQ(map.evicted(), 0u);
  map["c"] = 4;
  EXPECT_EQ(map.size(), 2u);
  EXPECT_EQ(map.evicted(), 1u);
  EXPECT_EQ(map.find("a"), nullptr);
  ASSERT_NE(map.find("b"), nullptr);
  EXPECT_EQ(*map.find("b"), 2);
  EXPECT_EQ(*map.find("c"), 4);
}

// A soak of creates with fresh ClientTokens (or inbound messages from fresh handsets) must not
// grow the account's memory without end.
TEST(BoundedMap, StaysWithinItsCapacityOverManyKeys) {
  BoundedMap<std::string> map;
  for (int i = 0; i < 50'000; ++i) map["token-" + std::to_string(i)] = "result";
  EXPECT_EQ(map.size(), BoundedMap<std::string>::kDefaultCapacity);
  EXPECT_EQ(map.evicted(), 40'000u);
}

}  // namespace
}  // namespace smsim::state
