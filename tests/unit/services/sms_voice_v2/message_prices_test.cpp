#include "services/sms_voice_v2/message_prices.hpp"

#include <gtest/gtest.h>

namespace smsim::sms_voice_v2 {
namespace {

TEST(MessagePrices, TextIsPricedPerPartWithUsCarrierFees) {
  const auto one = textMessagePrice("US", 1);
  const auto three = textMessagePrice("US", 3);
  EXPECT_GT(one.price, 0);
  EXPECT_GT(one.carrierFee, 0);
  EXPECT_DOUBLE_EQ(three.price, 3 * one.price);
  EXPECT_DOUBLE_EQ(three.carrierFee, 3 * one.carrierFee);
  EXPECT_DOUBLE_EQ(one.total(), one.price + one.carrierFee);
  EXPECT_DOUBLE_EQ(textMessagePrice("US", 0).price, one.price);  // a send is at least one part
}

TEST(MessagePrices, CountriesDifferAndUnlistedOnesTakeTheDefault) {
  EXPECT_NE(textMessagePrice("GB", 1).price, textMessagePrice("US", 1).price);
  EXPECT_DOUBLE_EQ(textMessagePrice("GB", 1).carrierFee, 0);
  EXPECT_DOUBLE_EQ(textMessagePrice("KE", 1).price, textMessagePrice("", 1).price);
  EXPECT_GT(textMessagePrice("", 1).price, 0);
}

TEST(MessagePrices, MediaPerMessageAndVoicePerMinute) {
  EXPECT_GT(mediaMessagePrice("US").price, textMessagePrice("US", 1).price);
  EXPECT_DOUBLE_EQ(mediaMessagePrice("GB").price, mediaMessagePrice("").price);  // no UK MMS
  EXPECT_DOUBLE_EQ(voiceMessagePrice("US", 2).price, 2 * voiceMessagePrice("US", 1).price);
}

TEST(MessagePrices, VoiceMinutesAreStartedMinutesAtOneHundredFiftyWords) {
  EXPECT_EQ(voiceMessageMinutes(""), 1U);
  EXPECT_EQ(voiceMessageMinutes("Your code is 1 2 3 4"), 1U);
  std::string words;
  for (int i = 0; i < 151; ++i) words += "word ";
  EXPECT_EQ(voiceMessageMinutes(words), 2U);
}

}  // namespace
}  // namespace smsim::sms_voice_v2
