// ASCII case folding and the digits-only test, which must not depend on the locale.
#include "common/text.hpp"

#include <gtest/gtest.h>

namespace smsim {
namespace {

TEST(Text, ComparesIgnoringAsciiCase) {
  EXPECT_TRUE(equalsIgnoringCase("Content-Type", "content-TYPE"));
  EXPECT_TRUE(equalsIgnoringCase("", ""));
  EXPECT_FALSE(equalsIgnoringCase("chunked", "chunked "));
  EXPECT_FALSE(equalsIgnoringCase("abc", "abd"));
}

TEST(Text, DigitsAreNonEmptyAndAsciiOnly) {
  EXPECT_TRUE(isAsciiDigits("0123456789"));
  EXPECT_FALSE(isAsciiDigits(""));
  EXPECT_FALSE(isAsciiDigits("-1"));
  EXPECT_FALSE(isAsciiDigits("1 2"));
  EXPECT_FALSE(isAsciiDigits("\xd9\xa1"));  // ARABIC-INDIC DIGIT ONE
}

}  // namespace
}  // namespace smsim
