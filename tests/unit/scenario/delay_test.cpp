// Delays: each distribution stays in its bounds and a seed repeats it.
#include "scenario/delay.hpp"

#include <gtest/gtest.h>

namespace smsim::scenario {
namespace {

TEST(Delay, FixedIsExact) {
  std::mt19937_64 random(1);
  DelaySpec spec;
  spec.fixedMs = 250;
  EXPECT_EQ(sampleDelayMs(spec, random), 250);
}

TEST(Delay, UniformStaysInItsRange) {
  std::mt19937_64 random(1);
  DelaySpec spec;
  spec.kind = DelaySpec::Kind::Uniform;
  spec.minMs = 100;
  spec.maxMs = 200;
  double lowest = 1e9, highest = 0;
  for (int i = 0; i < 1000; ++i) {
    const double ms = sampleDelayMs(spec, random);
    lowest = std::min(lowest, ms);
    highest = std::max(highest, ms);
  }
  EXPECT_GE(lowest, 100);
  EXPECT_LE(highest, 200);
  EXPECT_LT(lowest, 120);  // 1000 draws spread over the whole range
  EXPECT_GT(highest, 180);
}

TEST(Delay, LognormalCentresOnItsMedianAndNeverPassesItsCap) {
  std::mt19937_64 random(3);
  DelaySpec spec;
  spec.kind = DelaySpec::Kind::Lognormal;
  spec.medianMs = 50;
  spec.sigma = 1.5;
  spec.capMs = 400;
  std::vector<double> samples;
  for (int i = 0; i < 2001; ++i) samples.push_back(sampleDelayMs(spec, random));
  std::sort(samples.begin(), samples.end());
  EXPECT_LE(samples.back(), 400);
  EXPECT_EQ(samples.back(), 400);  // sigma 1.5: the tail reaches the cap
  EXPECT_GT(samples[1000], 35);
  EXPECT_LT(samples[1000], 70);
}

TEST(Delay, TheSameSeedDrawsTheSameDelays) {
  DelaySpec spec;
  spec.kind = DelaySpec::Kind::Uniform;
  spec.minMs = 0;
  spec.maxMs = 1000;
  std::mt19937_64 a(99), b(99);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(sampleDelayMs(spec, a), sampleDelayMs(spec, b));
}

}  // namespace
}  // namespace smsim::scenario
