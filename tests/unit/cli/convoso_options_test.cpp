// The `smsim serve` Convoso flags fill the one ConvosoConfig the server reads; bad values are
// refused by the parser with the flag's name.
#include "cli/convoso_options.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace smsim::cli {
namespace {

// Parses `arguments` (without the program name) as `serve` would.
ConvosoConfig parseServe(std::vector<std::string> arguments) {
  CLI::App serve("serve");
  ConvosoConfig convoso;
  addConvosoOptions(serve, convoso);
  std::reverse(arguments.begin(), arguments.end());  // CLI11 takes them last first
  serve.parse(arguments);
  return convoso;
}

TEST(ConvosoOptionsTest, DefaultsNeedNoFlags) {
  const auto config = parseServe({});
  EXPECT_TRUE(config.tokens.empty());
  EXPECT_EQ(config.authErrors, ConvosoAuthErrors::Code);
  EXPECT_EQ(config.limits.smsOptOutSearchDefaultLimit, 1000u);
  EXPECT_EQ(config.limits.dncSearchDefaultLimit, 100u);
  EXPECT_EQ(config.searchLayout, ConvosoSearchLayout::DataEntries);
  EXPECT_FALSE(config.searchCountsAsStrings);
}

TEST(ConvosoOptionsTest, EveryFlagFillsTheConfiguration) {
  // clang-format off
  const auto config = parseServe({"--convoso-token", "main",
                                  "--convoso-token", "dnc-only:dnc",
                                  "--convoso-campaign", "111:Sales Campaign",
                                  "--convoso-campaign", "222:Reminders:Purpose",
                                  "--convoso-auth-errors", "http",
                                  "--convoso-reason", "User Request",
                                  "--convoso-reason", "Complaint",
                                  "--convoso-purpose", "Marketing",
                                  "--convoso-sms-search-limit", "100",
                                  "--convoso-dnc-search-limit", "50",
                                  "--convoso-search-max-limit", "500",
                                  "--convoso-search-max-offset", "1000000",
                                  "--convoso-counts-as-strings",
                                  "--convoso-search-layout", "records"});
  // clang-format on
  ASSERT_EQ(config.tokens.size(), 2u);
  EXPECT_EQ(config.tokens[1].token, "dnc-only");
  EXPECT_EQ(config.tokens[1].resources, std::vector<std::string>{"dnc"});
  ASSERT_EQ(config.campaigns.size(), 2u);
  EXPECT_EQ(config.campaigns[0].name, "Sales Campaign");
  EXPECT_EQ(config.campaigns[1].type, "Purpose");
  EXPECT_EQ(config.authErrors, ConvosoAuthErrors::Http);
  EXPECT_EQ(config.allowedReasons, (std::vector<std::string>{"User Request", "Complaint"}));
  EXPECT_EQ(config.allowedPurposes, std::vector<std::string>{"Marketing"});
  EXPECT_EQ(config.limits.smsOptOutSearchDefaultLimit, 100u);
  EXPECT_EQ(config.limits.dncSearchDefaultLimit, 50u);
  EXPECT_EQ(config.limits.searchMaxLimit, 500u);
  EXPECT_EQ(config.limits.searchMaxOffset, 1000000u);
  EXPECT_TRUE(config.searchCountsAsStrings);
  EXPECT_EQ(config.searchLayout, ConvosoSearchLayout::TopLevelRecords);
}

TEST(ConvosoOptionsTest, RefusesBadValues) {
  for (const auto& bad :
       std::vector<std::vector<std::string>>{{"--convoso-token", ":dnc"},
                                             {"--convoso-token", "t:voice"},
                                             {"--convoso-campaign", "abc:Name"},
                                             {"--convoso-auth-errors", "401"},
                                             {"--convoso-search-layout", "data"},
                                             {"--convoso-sms-search-limit", "0"},
                                             {"--convoso-dnc-search-limit", "-5"},
                                             {"--convoso-search-max-limit", "0"},
                                             {"--convoso-search-max-offset", "lots"}}) {
    EXPECT_THROW(parseServe(bad), CLI::ParseError) << bad[0] << " " << bad[1];
  }
}

}  // namespace
}  // namespace smsim::cli
