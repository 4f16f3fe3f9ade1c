// `{from, count}` ranges: every number as wide as the first, with its '+', and a range that
// would need one digit more is caught before it is expanded.
#include "common/number_range.hpp"

#include <gtest/gtest.h>

namespace smsim {
namespace {

TEST(NumberRange, KeepsTheWidthAndThePlusSignOfTheFirstNumber) {
  const auto range = NumberRange::startingAt("+14155550998", 3);
  EXPECT_TRUE(range.plusSign);
  EXPECT_EQ(range.digits, 11u);
  EXPECT_EQ(range.count, 3u);
  EXPECT_EQ(range.numberAt(0), "+14155550998");
  EXPECT_EQ(range.numberAt(2), "+14155551000");
  const auto padded = NumberRange::startingAt("0015", 2);
  EXPECT_FALSE(padded.plusSign);
  EXPECT_EQ(padded.numberAt(0), "0015");
  EXPECT_EQ(padded.numberAt(1), "0016");
}

TEST(NumberRange, ARangeMustNotRunPastItsWidth) {
  EXPECT_TRUE(NumberRange::startingAt("9998", 2).staysWithinWidth());
  EXPECT_FALSE(NumberRange::startingAt("9998", 3).staysWithinWidth());
  EXPECT_TRUE(NumberRange::startingAt("+0998", 2).staysWithinWidth());
  EXPECT_TRUE(NumberRange::startingAt("9999999999999999999", 1).staysWithinWidth());
  EXPECT_FALSE(NumberRange::startingAt("9999999999999999999", 2).staysWithinWidth());
  EXPECT_TRUE(NumberRange::startingAt("5", 0).staysWithinWidth());
}

}  // namespace
}  // namespace smsim
