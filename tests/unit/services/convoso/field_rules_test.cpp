// Validity rules of Convoso values and the insert_date format.
#include "services/convoso/field_rules.hpp"

#include <gtest/gtest.h>

#include "services/convoso/campaigns.hpp"
#include "services/convoso/insert_date.hpp"

namespace smsim::convoso {
namespace {

TEST(ConvosoFieldRulesTest, PhoneCodesAreOneToThreeDigitsWithoutLeadingZero) {
  for (const auto* valid : {"1", "44", "353"}) EXPECT_TRUE(isValidPhoneCode(valid)) << valid;
  for (const auto* invalid : {"", "+1", "0", "01", "1234", "1a", " 1"}) {
    EXPECT_FALSE(isValidPhoneCode(invalid)) << invalid;
  }
}

TEST(ConvosoFieldRulesTest, NorthAmericanNumbersHaveTenDigitsOthersFitE164) {
  EXPECT_TRUE(isValidPhoneNumber("5551234567", "1"));
  EXPECT_FALSE(isValidPhoneNumber("15551234567", "1"));
  EXPECT_FALSE(isValidPhoneNumber("555123456", "1"));
  EXPECT_FALSE(isValidPhoneNumber("555-123-4567", "1"));
  EXPECT_FALSE(isValidPhoneNumber("", "1"));
  EXPECT_TRUE(isValidPhoneNumber("2071234567", "44"));
  EXPECT_TRUE(isValidPhoneNumber("1234", "44"));
  EXPECT_FALSE(isValidPhoneNumber("123", "44"));
  EXPECT_TRUE(isValidPhoneNumber("1234567890123", "44"));    // 15 digits in all
  EXPECT_FALSE(isValidPhoneNumber("12345678901234", "44"));  // 16
}

TEST(ConvosoFieldRulesTest, ParsesIdsAndCounts) {
  EXPECT_EQ(parseCampaignId("0"), 0);
  EXPECT_EQ(parseCampaignId("-1"), -1);
  EXPECT_EQ(parseCampaignId("111"), 111);
  for (const auto* invalid : {"", "-", "abc", "1.5", "+1", "99999999999999999999", "1 "}) {
    EXPECT_FALSE(parseCampaignId(invalid)) << invalid;
  }
  EXPECT_EQ(parseRecordId("12"), 12u);
  EXPECT_FALSE(parseRecordId("0"));
  EXPECT_FALSE(parseRecordId("-3"));
  EXPECT_EQ(parseCount("0"), 0u);
  EXPECT_FALSE(parseCount("-1"));
}

TEST(ConvosoFieldRulesTest, AllowedValuesIgnoreCaseAndEmptyListAllowsAll) {
  EXPECT_TRUE(isAllowedValue({}, "Anything"));
  EXPECT_TRUE(isAllowedValue({"User Request", "Complaint"}, "complaint"));
  EXPECT_FALSE(isAllowedValue({"User Request"}, "Batch Import"));
}

TEST(ConvosoInsertDateTest, FormatsUtcAndParsesDays) {
  EXPECT_EQ(formatInsertDate(0), "1970-01-01 00:00:00");
  EXPECT_EQ(formatInsertDate(1772557811), "2026-03-03 17:10:11");
  const auto day = dayRange("2026-03-03");
  ASSERT_TRUE(day);
  EXPECT_EQ(formatInsertDate(day->first), "2026-03-03 00:00:00");
  EXPECT_EQ(day->last - day->first, 86400);
  for (const auto* invalid :
       {"", "2026-3-3", "2026-02-30", "2026/03/03", "2026-03-03 10:00:00", "abcd-ef-gh"}) {
    EXPECT_FALSE(dayRange(invalid)) << invalid;
  }
}

TEST(ConvosoInsertDateTest, ReadsTheSimulatedClock) {
  Clock clock;
  const auto before = epochSeconds(clock);
  clock.advance(std::chrono::hours(24 * 30));
  EXPECT_GE(epochSeconds(clock) - before, 30 * 86400);
}

TEST(ConvosoCampaignsTest, BuiltInAndConfiguredCampaigns) {
  ConvosoConfig config;
  config.campaigns = {{111, "Sales Campaign", ""}, {222, "Reminders", "purpose"}};
  EXPECT_EQ(findCampaign(config, ConvosoList::SmsOptOut, 0)->name, "Global SMS Opt-Out");
  EXPECT_EQ(findCampaign(config, ConvosoList::Dnc, 0)->name, "Global DNC");
  EXPECT_TRUE(findCampaign(config, ConvosoList::SmsOptOut, -1)->purposeRequired);
  EXPECT_FALSE(findCampaign(config, ConvosoList::SmsOptOut, 111)->purposeRequired);
  EXPECT_TRUE(findCampaign(config, ConvosoList::SmsOptOut, 222)->purposeRequired);
  EXPECT_FALSE(findCampaign(config, ConvosoList::SmsOptOut, 333));
  config.campaigns.push_back({0, "Everyone", ""});
  EXPECT_EQ(findCampaign(config, ConvosoList::SmsOptOut, 0)->name, "Everyone");
}

}  // namespace
}  // namespace smsim::convoso
