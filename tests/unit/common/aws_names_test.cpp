// Account ids, region names, the Default list, ARNs and their parts: the AWS facts every layer
// shares.
#include "common/aws_names.hpp"

#include <gtest/gtest.h>

#include "common/aws_arn.hpp"

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

TEST(ParseArn, SplitsTheSixPartsAndKeepsColonsInTheResource) {
  const auto logs = parseArn("arn:aws:logs:us-east-1:123456789012:log-group:sms:*");
  ASSERT_TRUE(logs);
  EXPECT_EQ(logs->partition, "aws");
  EXPECT_EQ(logs->service, "logs");
  EXPECT_EQ(logs->region, "us-east-1");
  EXPECT_EQ(logs->accountId, "123456789012");
  EXPECT_EQ(logs->resource, "log-group:sms:*");
  const auto role = parseArn("arn:aws-us-gov:iam::123456789012:role/events");
  ASSERT_TRUE(role);
  EXPECT_EQ(role->region, "");
  EXPECT_EQ(role->resource, "role/events");
}

TEST(ParseArn, RefusesWhatIsNotAnArn) {
  for (const auto* text : {"", "arn", "arn:aws:sns", "arn:aws:sns:us-east-1:123456789012",
                           "arn:aws:sns:us-east-1:123456789012:", "urn:aws:sns:r:1:t",
                           "arn:azure:sns:r:1:t", "arn:aws::us-east-1:1:t"}) {
    EXPECT_FALSE(parseArn(text)) << text;
  }
}

}  // namespace
}  // namespace smsim::aws_names
