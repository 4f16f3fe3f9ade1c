#include "common/phone_region.hpp"

#include <gtest/gtest.h>

namespace smsim {
namespace {

TEST(PhoneRegion, TellsTheCountryOfANumberFromItsMetadata) {
  EXPECT_EQ(regionOfNumber("+14254147755"), "US");  // AWS's US simulator destination
  EXPECT_EQ(regionOfNumber("+16045550100"), "CA");  // +1 shared with Canada: the area code tells
  EXPECT_EQ(regionOfNumber("+4915201234567"), "DE");
  EXPECT_EQ(regionOfNumber("+819012345678"), "JP");
}

TEST(PhoneRegion, AFictionalNumberKeepsItsCallingCodesCountry) {
  EXPECT_EQ(regionOfNumber("+447700900123"), "GB");  // Ofcom's range for drama: not valid
}

TEST(PhoneRegion, NoCountryForWhatIsNotANumber) {
  EXPECT_EQ(regionOfNumber(""), "");
  EXPECT_EQ(regionOfNumber("14254147755"), "");  // no +
  EXPECT_EQ(regionOfNumber("+999"), "");
  EXPECT_EQ(regionOfNumber("+abc"), "");
}

}  // namespace
}  // namespace smsim
