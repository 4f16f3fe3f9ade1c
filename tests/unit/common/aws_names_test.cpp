// Account ids, region names, the Default list and ARNs: the AWS facts every layer shares.
#include "common/aws_names.hpp"

#include <gtest/gtest.h>

namespace smsim::aws_names {
namespace {

TEST(AwsNames, AnAccountIdIsTwelveDigits) {
  EXPECT_TRUE(isAccountId("123456789012"));
  EXPECT_TRUE(isAccountId("000000000000"));
  EXPECT_FALSE(isAccountId("12345678901"));
  EXPECT_FALSE(isAccountId("1234567890123"));
  EXPECT_FALSE(isAccountId("12345678901a"));
  EXPECT_FALSE(isAccountId("AKIAIOSFODNN"));
  EXPECT_FALSE(isAccountId(""));
}

TEST(AwsNames, ARegionNameIsLowerCaseLettersDigitsAndDashes) {
  EXPECT_TRUE(isRegionName("us-east-1"));
  EXPECT_TRUE(isRegionName("us-gov-west-1"));
  EXPECT_TRUE(isRegionName("x"));
  EXPECT_TRUE(isRegionName(std::string(kMaxRegionNameLength, 'a')));
  EXPECT_FALSE(isRegionName(std::string(kMaxRegionNameLength + 1, 'a')));
  EXPECT_FALSE(isRegionName(""));
  EXPECT_FALSE(isRegionName("US-EAST-1"));
  EXPECT_FALSE(isRegionName("us_east_1"));
  EXPECT_FALSE(isRegionName("us-east-1 "));
  EXPECT_FALSE(isRegionName("_"));
}

TEST(AwsNames, ArnsNameRegionAccountTypeAndId) {
  EXPECT_EQ(smsVoiceArn("eu-west-1", "111122223333", "opt-out-list", kDefaultOptOutListName),
            "arn:aws:sms-voice:eu-west-1:111122223333:opt-out-list/Default");
  EXPECT_EQ(smsVoiceArn("us-east-1", "123456789012", "pool", "pool-1"),
            "arn:aws:sms-voice:us-east-1:123456789012:pool/pool-1");
}

}  // namespace
}  // namespace smsim::aws_names
