// The E.164 checks: the API's PhoneNumber pattern with its '+', and a number that can exist.
#include "common/phone_number.hpp"

#include <gtest/gtest.h>

namespace smsim {
namespace {

TEST(PhoneNumber, FollowsTheApiPattern) {
  EXPECT_TRUE(isE164("+14155550100"));
  EXPECT_TRUE(isE164("+12"));
  EXPECT_TRUE(isE164("+1234567890123456789"));  // 19 digits
  EXPECT_FALSE(isE164("+12345678901234567890"));
  EXPECT_FALSE(isE164("+04155550100"));
  EXPECT_FALSE(isE164("+1"));
  EXPECT_FALSE(isE164("+"));
  EXPECT_FALSE(isE164(""));
  EXPECT_FALSE(isE164("+1415555010a"));
  EXPECT_FALSE(isE164("+1 4155550100"));
  EXPECT_FALSE(isE164("++14155550100"));
  EXPECT_FALSE(
      isE164(std::string_view("+1415\0"
                              "5550100",
                              12)));
}

TEST(PhoneNumber, ThePlusSignIsRequired) {
  EXPECT_FALSE(isE164("14155550100"));
  EXPECT_FALSE(isPossibleE164("14155550100"));
}

// The lengths a number that can exist has: 10 digits after a +1, 7 to 15 digits elsewhere.
TEST(PhoneNumber, APossibleNumberHasTheLengthOfOne) {
  EXPECT_TRUE(isPossibleE164("+14155550100"));
  EXPECT_TRUE(isPossibleE164("+14150000000"));
  EXPECT_TRUE(isPossibleE164("+447700900123"));
  EXPECT_TRUE(isPossibleE164("+6834002"));          // Niue: 7 digits
  EXPECT_TRUE(isPossibleE164("+491520123456789"));  // 15 digits
  EXPECT_FALSE(isPossibleE164("+12"));
  EXPECT_FALSE(isPossibleE164("+10000000"));
  EXPECT_FALSE(isPossibleE164("+141555501000"));
  EXPECT_FALSE(isPossibleE164("+683400"));
  EXPECT_FALSE(isPossibleE164("+4915201234567890"));  // 16 digits
  EXPECT_FALSE(isPossibleE164("+04155550100"));
  EXPECT_FALSE(isPossibleE164("+1415555010a"));
}

}  // namespace
}  // namespace smsim
