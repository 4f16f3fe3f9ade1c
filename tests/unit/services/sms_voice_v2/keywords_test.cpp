// PutKeyword, DeleteKeyword, DescribeKeywords.
#include "services/sms_voice_v2/identity_fixture.hpp"
#include "state/keyword.hpp"

namespace smsim::testing {
namespace {

using KeywordsTest = IdentityTest;

TEST_F(KeywordsTest, EveryNumberHasHelpAndStop) {
  const auto number = leaseNumber();
  const auto keywords = ok("DescribeKeywords", {{"OriginationIdentity", number["PhoneNumberId"]}});
  ASSERT_EQ(keywords["Keywords"].size(), 2u);
  EXPECT_EQ(keywords["Keywords"][0]["Keyword"], "HELP");
  EXPECT_EQ(keywords["Keywords"][0]["KeywordAction"], "AUTOMATIC_RESPONSE");
  EXPECT_EQ(keywords["Keywords"][1]["Keyword"], "STOP");
  EXPECT_EQ(keywords["Keywords"][1]["KeywordAction"], "OPT_OUT");
  EXPECT_EQ(keywords["OriginationIdentityArn"], number["PhoneNumberArn"]);
}

TEST_F(KeywordsTest, PutsCaseInsensitivelyAndFilters) {
  const auto id = leaseNumber()["PhoneNumberId"];
  const auto put = ok("PutKeyword", {{"OriginationIdentity", id},
                                     {"Keyword", "Join"},
                                     {"KeywordMessage", "Welcome back"},
                                     {"KeywordAction", "OPT_IN"}});
  EXPECT_EQ(put["KeywordAction"], "OPT_IN");
  ok("PutKeyword", {{"OriginationIdentity", id},
                    {"Keyword", "JOIN"},
                    {"KeywordMessage", "Hi again"},
                    {"KeywordAction", "OPT_IN"}});
  ok("PutKeyword",
     {{"OriginationIdentity", id}, {"Keyword", "info"}, {"KeywordMessage", "We are ACME"}});
  const auto join = ok("DescribeKeywords", {{"OriginationIdentity", id}, {"Keywords", {"join"}}});
  ASSERT_EQ(join["Keywords"].size(), 1u);
  EXPECT_EQ(
      join["Keywords"][0],
      json({{"Keyword", "Join"}, {"KeywordMessage", "Hi again"}, {"KeywordAction", "OPT_IN"}}));
  const auto automatic =
      ok("DescribeKeywords",
         {{"OriginationIdentity", id},
          {"Filters", {{{"Name", "keyword-action"}, {"Values", {"AUTOMATIC_RESPONSE"}}}}}});
  EXPECT_EQ(automatic["Keywords"].size(), 2u);  // HELP and INFO
  error("DescribeKeywords", {{"OriginationIdentity", id}, {"Keywords", {"nope"}}},
        "ResourceNotFoundException");
  const auto page = ok("DescribeKeywords", {{"OriginationIdentity", id}, {"MaxResults", 3}});
  EXPECT_EQ(page["Keywords"].size(), 3u);
  EXPECT_TRUE(page.contains("NextToken"));
}

TEST_F(KeywordsTest, HelpAndStopCantBeDeletedOrRepurposed) {
  const auto id = leaseNumber()["PhoneNumberId"];
  errorWithReason("DeleteKeyword", {{"OriginationIdentity", id}, {"Keyword", "stop"}},
                  "ConflictException", "RESOURCE_DELETION_NOT_ALLOWED");
  errorWithReason("PutKeyword",
                  {{"OriginationIdentity", id},
                   {"Keyword", "STOP"},
                   {"KeywordMessage", "x"},
                   {"KeywordAction", "OPT_IN"}},
                  "ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED");
  // Its reply can be changed.
  ok("PutKeyword", {{"OriginationIdentity", id},
                    {"Keyword", "STOP"},
                    {"KeywordMessage", "Bye"},
                    {"KeywordAction", "OPT_OUT"}});
  error("DeleteKeyword", {{"OriginationIdentity", id}, {"Keyword", "missing"}},
        "ResourceNotFoundException");
  ok("PutKeyword",
     {{"OriginationIdentity", id}, {"Keyword", "deals"}, {"KeywordMessage", "10% off"}});
  EXPECT_EQ(ok("DeleteKeyword", {{"OriginationIdentity", id}, {"Keyword", "DEALS"}})["Keyword"],
            "deals");
}

TEST_F(KeywordsTest, PoolsOwnTheKeywordsOfTheirNumbers) {
  const auto number = leaseNumber();
  const auto pool = createPool(number);
  errorWithReason("PutKeyword",
                  {{"OriginationIdentity", number["PhoneNumberId"]},
                   {"Keyword", "JOIN"},
                   {"KeywordMessage", "x"},
                   {"KeywordAction", "OPT_IN"}},
                  "ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_POOL");
  ok("PutKeyword", {{"OriginationIdentity", pool["PoolArn"]},
                    {"Keyword", "JOIN"},
                    {"KeywordMessage", "x"},
                    {"KeywordAction", "OPT_IN"}});
  // Describing the member shows the pool's keywords, which apply to it.
  EXPECT_EQ(
      ok("DescribeKeywords", {{"OriginationIdentity", number["PhoneNumberId"]}})["Keywords"].size(),
      3u);
  error("PutKeyword",
        {{"OriginationIdentity", "pool-00000000000000000000000000000000"},
         {"Keyword", "A"},
         {"KeywordMessage", "x"}},
        "ResourceNotFoundException");
}

TEST_F(KeywordsTest, KeywordsAreLimited) {
  const auto id = leaseNumber()["PhoneNumberId"];
  for (int i = 0; i < 28; ++i) {
    ok("PutKeyword", {{"OriginationIdentity", id},
                      {"Keyword", "K" + std::to_string(i)},
                      {"KeywordMessage", "x"}});
  }
  errorWithReason(
      "PutKeyword",
      {{"OriginationIdentity", id}, {"Keyword", "ONE-TOO-MANY"}, {"KeywordMessage", "x"}},
      "ServiceQuotaExceededException", "KEYWORDS_PER_PHONE_NUMBER");
}

// DescribeKeywords-2.
TEST_F(KeywordsTest, AKeywordActionFilterTakesKeywordActions) {
  const auto id = leaseNumber()["PhoneNumberId"];
  errorWithReason("DescribeKeywords",
                  {{"OriginationIdentity", id},
                   {"Filters", {{{"Name", "keyword-action"}, {"Values", {"BOGUS"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  EXPECT_EQ(ok("DescribeKeywords",
               {{"OriginationIdentity", id},
                {"Filters", {{{"Name", "keyword-action"}, {"Values", {"OPT_IN"}}}}}})["Keywords"]
                .size(),
            0u);
}

// PutKeyword-1.
TEST_F(KeywordsTest, AKeywordCantStartOrEndWithASpace) {
  const auto id = leaseNumber()["PhoneNumberId"];
  for (const auto* word : {" HI", "HI ", " "}) {
    const auto body = errorWithReason(
        "PutKeyword", {{"OriginationIdentity", id}, {"Keyword", word}, {"KeywordMessage", "x"}},
        "ValidationException", "INVALID_PARAMETER");
    EXPECT_EQ(body["Fields"][0]["Name"], "Keyword");
  }
  ok("PutKeyword", {{"OriginationIdentity", id}, {"Keyword", "HI THERE"}, {"KeywordMessage", "x"}});
  EXPECT_EQ(ok("DescribeKeywords", {{"OriginationIdentity", id}})["Keywords"].size(), 3u);
}

// PutKeyword-4, PutKeyword-5, PutKeyword-6: on a US toll-free number, or a pool holding one.
TEST_F(KeywordsTest, UsTollFreeNumbersKeepStopAsTheirOnlyOptOut) {
  const auto tollFree = leaseNumber("TOLL_FREE");
  const auto pool = createPool(leaseNumber("TOLL_FREE"));
  for (const auto& id : {tollFree["PhoneNumberId"], pool["PoolId"]}) {
    errorWithReason("PutKeyword",
                    {{"OriginationIdentity", id},
                     {"Keyword", "QUITNOW"},
                     {"KeywordMessage", "Bye"},
                     {"KeywordAction", "OPT_OUT"}},
                    "ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED");
    errorWithReason("PutKeyword",
                    {{"OriginationIdentity", id},
                     {"Keyword", "stop"},
                     {"KeywordMessage", "Bye"},
                     {"KeywordAction", "OPT_OUT"}},
                    "ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED");
    for (const auto* word : {"UNSTOP", "START"}) {
      ok("PutKeyword", {{"OriginationIdentity", id},
                        {"Keyword", word},
                        {"KeywordMessage", "Welcome back"},
                        {"KeywordAction", "OPT_IN"}});
    }
    const auto stop = ok("DescribeKeywords", {{"OriginationIdentity", id}, {"Keywords", {"STOP"}}});
    EXPECT_EQ(stop["Keywords"][0]["KeywordMessage"], state::defaultKeywords()["STOP"].message);
  }
  // A long code may add opt-out keywords.
  ok("PutKeyword", {{"OriginationIdentity", leaseNumber()["PhoneNumberId"]},
                    {"Keyword", "QUITNOW"},
                    {"KeywordMessage", "Bye"},
                    {"KeywordAction", "OPT_OUT"}});
}

// PutKeyword-3: HELP and STOP keep their actions. KeywordAction left out is AUTOMATIC_RESPONSE,
// so a new STOP message must name OPT_OUT again; HELP's message changes without it.
TEST_F(KeywordsTest, AStopMessageNeedsItsOptOutAction) {
  const auto id = leaseNumber()["PhoneNumberId"];
  const auto refused = errorWithReason(
      "PutKeyword", {{"OriginationIdentity", id}, {"Keyword", "Stop"}, {"KeywordMessage", "Bye"}},
      "ConflictException", "RESOURCE_MODIFICATION_NOT_ALLOWED");
  EXPECT_EQ(refused["ResourceType"], "keyword");
  EXPECT_EQ(refused["ResourceId"], "STOP");
  const auto help =
      ok("PutKeyword",
         {{"OriginationIdentity", id}, {"Keyword", "help"}, {"KeywordMessage", "Call 555-0100"}});
  EXPECT_EQ(help["Keyword"], "HELP");  // PutKeyword-2: the first spelling stays
  EXPECT_EQ(help["KeywordAction"], "AUTOMATIC_RESPONSE");
}

// PutKeyword-7, DescribeKeywords-3: only phone numbers and pools hold keywords; an identity that
// names neither is looked up as a sender ID, which holds none.
TEST_F(KeywordsTest, OnlyNumbersAndPoolsHoldKeywords) {
  const std::vector<std::pair<std::string, std::string>> missing = {
      {"phone-00000000000000000000000000000000", "phone-number"},
      {"arn:aws:sms-voice:us-east-1:123456789012:phone-number/"
       "phone-00000000000000000000000000000000",
       "phone-number"},
      {"pool-00000000000000000000000000000000", "pool"},
      {"MySenderId", "sender-id"},
      {"14155550100", "sender-id"}};
  for (const auto& [identity, resourceType] : missing) {
    auto body =
        error("PutKeyword",
              {{"OriginationIdentity", identity}, {"Keyword", "A"}, {"KeywordMessage", "x"}},
              "ResourceNotFoundException");
    EXPECT_EQ(body["ResourceType"], resourceType) << identity;
    body =
        error("DescribeKeywords", {{"OriginationIdentity", identity}}, "ResourceNotFoundException");
    EXPECT_EQ(body["ResourceType"], resourceType) << identity;
  }
}

// DeleteKeyword-1, DeleteKeyword-2, PutKeyword-9 on a pool.
TEST_F(KeywordsTest, APoolKeepsHelpAndStopAndItsOwnLimit) {
  const auto pool = createPool(leaseNumber())["PoolId"];
  for (const auto* word : {"help", "STOP"}) {
    errorWithReason("DeleteKeyword", {{"OriginationIdentity", pool}, {"Keyword", word}},
                    "ConflictException", "RESOURCE_DELETION_NOT_ALLOWED");
  }
  const auto absent = error("DeleteKeyword", {{"OriginationIdentity", pool}, {"Keyword", "nope"}},
                            "ResourceNotFoundException");
  EXPECT_EQ(absent["ResourceType"], "keyword");
  for (int i = 0; i < 28; ++i) {
    ok("PutKeyword", {{"OriginationIdentity", pool},
                      {"Keyword", "K" + std::to_string(i)},
                      {"KeywordMessage", "x"}});
  }
  errorWithReason(
      "PutKeyword",
      {{"OriginationIdentity", pool}, {"Keyword", "ONE-TOO-MANY"}, {"KeywordMessage", "x"}},
      "ServiceQuotaExceededException", "KEYWORDS_PER_POOL");
  // An existing keyword can still be changed at the limit.
  ok("PutKeyword", {{"OriginationIdentity", pool}, {"Keyword", "k0"}, {"KeywordMessage", "y"}});
}

}  // namespace
}  // namespace smsim::testing
