// The one E.164 check: the API's PhoneNumber pattern, with the '+' required or optional.
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

TEST(PhoneNumber, ThePlusSignIsRequiredUnlessSaidOtherwise) {
  EXPECT_FALSE(isE164("14155550100"));
  EXPECT_TRUE(isE164("14155550100", PlusSign::Optional));
  EXPECT_TRUE(isE164("+14155550100", PlusSign::Optional));
  EXPECT_FALSE(isE164("04155550100", PlusSign::Optional));
  EXPECT_FALSE(isE164("1", PlusSign::Optional));
}

}  // namespace
}  // namespace smsim
