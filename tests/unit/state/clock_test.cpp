#include "smsim/clock.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace smsim {
namespace {

using std::chrono::seconds;

constexpr seconds kHundredYears{3'153'600'000};

TEST(Clock, MovesAtMostAHundredYearsFromRealTimeInTotal) {
  Clock clock;
  EXPECT_TRUE(clock.advance(kHundredYears));
  // The audit's third call of 3153600000 seconds overflowed now() and dates went negative.
  EXPECT_FALSE(clock.advance(kHundredYears));
  EXPECT_FALSE(clock.advance(kHundredYears));
  EXPECT_FALSE(clock.advance(std::chrono::milliseconds(1)));
  EXPECT_EQ(clock.offset(), kHundredYears);
  EXPECT_GT(clock.nowEpochSeconds(), static_cast<double>(kHundredYears.count()));
}

TEST(Clock, MovesBackAsFarAsForward) {
  Clock clock;
  EXPECT_TRUE(clock.advance(-kHundredYears));
  EXPECT_FALSE(clock.advance(-seconds(1)));
  EXPECT_TRUE(clock.advance(kHundredYears * 2));
  EXPECT_EQ(clock.offset(), kHundredYears);
}

TEST(Clock, RefusesStepsThatWouldOverflowTheSumItself) {
  Clock clock;
  EXPECT_FALSE(clock.advance(std::chrono::milliseconds::max()));
  EXPECT_FALSE(clock.advance(std::chrono::milliseconds::min()));
  EXPECT_EQ(clock.offset().count(), 0);
}

}  // namespace
}  // namespace smsim
