// The Convoso configuration's JSON mapping (for scenario files) and the command line's short
// forms of campaigns and tokens.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "services/convoso/config_specs.hpp"
#include "smsim/convoso_config.hpp"

namespace smsim {
namespace {

using nlohmann::json;

TEST(ConvosoConfigJsonTest, FillsEveryFieldAndRoundTrips) {
  const auto in = json::parse(R"({
    "tokens": ["abc", {"token": "dnc-only", "resources": ["dnc"]}],
    "authErrors": "http",
    "campaigns": [{"id": 111, "name": "Sales Campaign"}, {"id": "222", "name": "Reminders",
                  "type": "Purpose"}],
    "allowedReasons": ["User Request"],
    "allowedPurposes": ["Marketing", "Survey"],
    "limits": {"smsOptOutSearchDefaultLimit": 100, "searchMaxOffset": 1000000},
    "searchCountsAsStrings": true,
    "searchLayout": "records"
  })");
  const auto config = in.get<ConvosoConfig>();
  ASSERT_EQ(config.tokens.size(), 2u);
  EXPECT_EQ(config.tokens[0].token, "abc");
  EXPECT_TRUE(config.tokens[0].resources.empty());
  EXPECT_EQ(config.tokens[1].resources, std::vector<std::string>{"dnc"});
  EXPECT_EQ(config.authErrors, ConvosoAuthErrors::Http);
  ASSERT_EQ(config.campaigns.size(), 2u);
  EXPECT_EQ(config.campaigns[1].id, 222);
  EXPECT_EQ(config.campaigns[1].type, "Purpose");
  EXPECT_EQ(config.allowedPurposes.size(), 2u);
  EXPECT_EQ(config.limits.smsOptOutSearchDefaultLimit, 100u);
  EXPECT_EQ(config.limits.dncSearchDefaultLimit, 100u) << "missing keys keep their defaults";
  EXPECT_EQ(config.limits.searchMaxLimit, 1000u);
  EXPECT_EQ(config.limits.searchMaxOffset, 1000000u);
  EXPECT_TRUE(config.searchCountsAsStrings);
  EXPECT_EQ(config.searchLayout, ConvosoSearchLayout::TopLevelRecords);

  const json out = config;
  EXPECT_EQ(out.get<ConvosoConfig>().campaigns[1].name, "Reminders");
  EXPECT_EQ(json(out.get<ConvosoConfig>()), out);
  EXPECT_EQ(json::object().get<ConvosoConfig>().limits.searchMaxOffset, 100000u);
  EXPECT_EQ(json::object().get<ConvosoConfig>().searchLayout, ConvosoSearchLayout::DataEntries);
  EXPECT_EQ(json(ConvosoConfig{})["searchLayout"], "entries");
}

TEST(ConvosoConfigJsonTest, NamesTheKeyThatIsWrong) {
  const auto errorOf = [](const char* text) -> std::string {
    try {
      (void)json::parse(text).get<ConvosoConfig>();
    } catch (const std::invalid_argument& error) {
      return error.what();
    }
    return "no error";
  };
  EXPECT_EQ(errorOf(R"({"token": []})"), "convoso config: token: unknown key");
  EXPECT_EQ(errorOf(R"({"authErrors": "401"})"),
            "convoso config: authErrors: must be \"code\" or \"http\"");
  EXPECT_EQ(errorOf(R"({"campaigns": [{"id": "x", "name": "A"}]})"),
            "convoso config: campaigns[].id: must be an integer");
  EXPECT_EQ(errorOf(R"({"campaigns": [{"id": 1}]})"),
            "convoso config: campaigns[].name: is required");
  EXPECT_EQ(errorOf(R"({"tokens": [{"token": "a", "resources": ["sms"]}]})"),
            "convoso config: tokens[].resources: unknown resource 'sms' (sms-opt-out or dnc)");
  EXPECT_EQ(errorOf(R"({"limits": {"searchMaxLimit": -1}})"),
            "convoso config: limits.searchMaxLimit: must be a whole number >= 0");
  EXPECT_EQ(errorOf(R"({"limits": {"maxLimit": 5}})"),
            "convoso config: limits.maxLimit: unknown key");
  EXPECT_EQ(errorOf(R"({"limits": {"dncSearchDefaultLimit": 0}})"),
            "convoso config: limits.dncSearchDefaultLimit: must be at least 1");
  EXPECT_EQ(errorOf(R"({"limits": {"searchMaxLimit": 0}})"),
            "convoso config: limits.searchMaxLimit: must be at least 1");
  EXPECT_EQ(errorOf(R"({"searchLayout": "data"})"),
            "convoso config: searchLayout: must be \"entries\" or \"records\"");
  EXPECT_EQ(errorOf(R"({"allowedReasons": "Complaint"})"),
            "convoso config: allowedReasons: must be a list of strings");
}

TEST(ConvosoConfigSpecsTest, ParsesCampaignsAndTokens) {
  const auto campaign = convoso::parseCampaignSpec("111:Sales Campaign");
  EXPECT_EQ(campaign.id, 111);
  EXPECT_EQ(campaign.name, "Sales Campaign");
  EXPECT_EQ(campaign.type, "");
  const auto purpose = convoso::parseCampaignSpec("-1:Purpose Opt-Outs:Purpose");
  EXPECT_EQ(purpose.id, -1);
  EXPECT_EQ(purpose.name, "Purpose Opt-Outs");
  EXPECT_EQ(purpose.type, "Purpose");
  EXPECT_THROW(convoso::parseCampaignSpec("111"), std::invalid_argument);
  EXPECT_THROW(convoso::parseCampaignSpec("abc:Name"), std::invalid_argument);
  EXPECT_THROW(convoso::parseCampaignSpec("111:"), std::invalid_argument);

  const auto any = convoso::parseTokenSpec("secret");
  EXPECT_EQ(any.token, "secret");
  EXPECT_TRUE(any.resources.empty());
  const auto scoped = convoso::parseTokenSpec("secret:dnc,sms-opt-out");
  EXPECT_EQ(scoped.resources, (std::vector<std::string>{"dnc", "sms-opt-out"}));
  EXPECT_THROW(convoso::parseTokenSpec("secret:voice"), std::invalid_argument);
  EXPECT_THROW(convoso::parseTokenSpec(":dnc"), std::invalid_argument);
  EXPECT_EQ(convoso::parseAuthErrorsMode("http"), ConvosoAuthErrors::Http);
  EXPECT_THROW(convoso::parseAuthErrorsMode("401"), std::invalid_argument);
  EXPECT_EQ(convoso::parseSearchLayout("records"), ConvosoSearchLayout::TopLevelRecords);
  EXPECT_EQ(convoso::parseSearchLayout("entries"), ConvosoSearchLayout::DataEntries);
  EXPECT_EQ(convoso::parseSearchLayout("Records"), std::nullopt);
  EXPECT_EQ(convoso::searchLayoutName(ConvosoSearchLayout::TopLevelRecords), "records");
}

}  // namespace
}  // namespace smsim
