// Parts and encoding as
// https://docs.aws.amazon.com/sms-voice/latest/userguide/sms-limitations-character.html counts
// them: 160 GSM characters or 70 others in one part; 153 or 67 per part once split.
#include "services/sms_voice_v2/message_parts.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim::sms_voice_v2 {
namespace {

std::string repeat(const std::string& text, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += text;
  return out;
}

TEST(MessageParts, GsmFitsOneHundredSixtyCharactersInOnePart) {
  const auto parts = countMessageParts(repeat("a", 160));
  EXPECT_EQ(parts.encoding, MessageEncoding::kGsm);
  EXPECT_STREQ(encodingName(parts.encoding), "GSM");
  EXPECT_EQ(parts.characters, 160U);
  EXPECT_EQ(parts.parts, 1U);
}

TEST(MessageParts, GsmSplitsAtOneHundredFiftyThreeAPart) {
  EXPECT_EQ(countMessageParts(repeat("a", 161)).parts, 2U);
  EXPECT_EQ(countMessageParts(repeat("a", 306)).parts, 2U);
  EXPECT_EQ(countMessageParts(repeat("a", 307)).parts, 3U);
}

TEST(MessageParts, TheGsmAlphabetBeyondAsciiStaysGsm) {
  const auto parts = countMessageParts("Ça coûte 5€ à Zürich? ¿Sí! ΔΦΓ £¥ é ñ");
  // û is not GSM 03.38
  EXPECT_EQ(parts.encoding, MessageEncoding::kUnicode);
  EXPECT_EQ(countMessageParts("Ça coute 5€ à Zürich? ¿Sí! ΔΦΓ £¥ é ñ\n").encoding,
            MessageEncoding::kUnicode);  // í is not GSM either
  EXPECT_EQ(countMessageParts("Ça coute 5€ à Zürich? ¿Si! ΔΦΓ £¥ é ñ\n@_$").encoding,
            MessageEncoding::kGsm);
}

TEST(MessageParts, AnExtensionCharacterTakesTwoSeptets) {
  EXPECT_EQ(countMessageParts(repeat("{", 80)).parts, 1U);  // 160 septets
  EXPECT_EQ(countMessageParts(repeat("{", 81)).parts, 2U);
  EXPECT_EQ(countMessageParts(repeat("€", 80)).characters, 80U);
  // 152 septets, then a pair that would straddle parts moves whole to the next: 3 parts, not 2.
  EXPECT_EQ(countMessageParts(repeat("a", 152) + repeat("[", 77)).parts, 3U);
}

TEST(MessageParts, AnyOtherCharacterMakesItUnicodeAtSeventyAndSixtySeven) {
  const auto one = countMessageParts(repeat("é", 69) + "ç");  // ç (lower case) is not GSM
  EXPECT_EQ(one.encoding, MessageEncoding::kUnicode);
  EXPECT_STREQ(encodingName(one.encoding), "Unicode");
  EXPECT_EQ(one.parts, 1U);
  EXPECT_EQ(countMessageParts(repeat("日", 71)).parts, 2U);
  EXPECT_EQ(countMessageParts(repeat("日", 134)).parts, 2U);
  EXPECT_EQ(countMessageParts(repeat("日", 135)).parts, 3U);
  EXPECT_EQ(countMessageParts("`").encoding, MessageEncoding::kUnicode);  // backtick: not GSM
}

TEST(MessageParts, ACharacterPastTheBasicPlaneTakesTwoUnits) {
  const auto parts = countMessageParts(repeat("😀", 35));  // 70 UTF-16 units
  EXPECT_EQ(parts.characters, 35U);
  EXPECT_EQ(parts.parts, 1U);
  EXPECT_EQ(countMessageParts(repeat("😀", 36)).parts, 2U);
}

TEST(MessageParts, EmptyAndBrokenBodiesAreStillCounted) {
  EXPECT_EQ(countMessageParts("").parts, 1U);
  EXPECT_EQ(countMessageParts("").characters, 0U);
  const auto broken = countMessageParts(std::string("ok\xff\xfe", 4));
  EXPECT_EQ(broken.encoding, MessageEncoding::kUnicode);
  EXPECT_EQ(broken.characters, 4U);
}

}  // namespace
}  // namespace smsim::sms_voice_v2
