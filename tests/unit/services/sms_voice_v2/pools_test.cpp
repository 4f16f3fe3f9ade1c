// CreatePool, DescribePools, UpdatePool, DeletePool and pool membership.
#include "services/sms_voice_v2/identity_fixture.hpp"

namespace smsim::testing {
namespace {

using PoolsTest = IdentityTest;

TEST_F(PoolsTest, InheritsSettingsAndKeywordsFromItsFirstNumberButNotDeletionProtection) {
  ok("CreateOptOutList", {{"OptOutListName", "pooled"}});
  const auto number =
      leaseNumber("LONG_CODE", {{"OptOutListName", "pooled"}, {"DeletionProtectionEnabled", true}});
  ok("UpdatePhoneNumber", {{"PhoneNumberId", number["PhoneNumberId"]},
                           {"TwoWayEnabled", true},
                           {"TwoWayChannelArn", "arn:aws:sns:us-east-1:123456789012:in"},
                           {"SelfManagedOptOutsEnabled", true}});
  ok("PutKeyword", {{"OriginationIdentity", number["PhoneNumberId"]},
                    {"Keyword", "JOIN"},
                    {"KeywordMessage", "Welcome back"},
                    {"KeywordAction", "OPT_IN"}});
  const auto pool = createPool(number, {{"Tags", {{{"Key", "k"}, {"Value", "v"}}}}});
  EXPECT_EQ(pool["OptOutListName"], "pooled");
  EXPECT_EQ(pool["TwoWayEnabled"], true);
  EXPECT_EQ(pool["TwoWayChannelArn"], "arn:aws:sns:us-east-1:123456789012:in");
  EXPECT_EQ(pool["SelfManagedOptOutsEnabled"], true);
  EXPECT_EQ(pool["DeletionProtectionEnabled"], false);
  EXPECT_EQ(pool["SharedRoutesEnabled"], false);  // CreatePool-7
  EXPECT_EQ(pool["MessageType"], "TRANSACTIONAL");
  EXPECT_EQ(pool["Status"], "ACTIVE");
  EXPECT_EQ(pool["Tags"][0]["Key"], "k");
  const auto keywords = ok("DescribeKeywords", {{"OriginationIdentity", pool["PoolId"]}});
  EXPECT_EQ(keywords["Keywords"].size(), 3u);  // HELP, JOIN, STOP
  const auto described =
      ok("DescribePhoneNumbers", {{"PhoneNumberIds", {number["PhoneNumberId"]}}});
  EXPECT_EQ(described["PhoneNumbers"][0]["PoolId"], pool["PoolId"]);
}

TEST_F(PoolsTest, ANumberBelongsToOnePool) {
  const auto number = leaseNumber();
  createPool(number);
  errorWithReason(
      "CreatePool",
      {{"OriginationIdentity", number["PhoneNumberArn"]}, {"MessageType", "TRANSACTIONAL"}},
      "ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_POOL");
  errorWithReason(
      "CreatePool",
      {{"OriginationIdentity", leaseNumber()["PhoneNumberId"]}, {"MessageType", "PROMOTIONAL"}},
      "ConflictException", "MESSAGE_TYPE_MISMATCH");
  error("CreatePool", {{"OriginationIdentity", "MySenderId"}, {"MessageType", "TRANSACTIONAL"}},
        "ResourceNotFoundException");
}

TEST_F(PoolsTest, AssociatesAndDisassociatesButNeverTheLastNumber) {
  const auto first = leaseNumber();
  const auto second = leaseNumber();
  const auto pool = createPool(first);
  const json membership = {{"PoolId", pool["PoolId"]},
                           {"OriginationIdentity", second["PhoneNumberId"]}};
  const auto associated = ok("AssociateOriginationIdentity", membership);
  EXPECT_EQ(associated["OriginationIdentity"], second["PhoneNumberId"]);  // Output-2
  errorWithReason("AssociateOriginationIdentity", membership, "ConflictException",
                  "RESOURCE_ALREADY_ASSOCIATED");

  auto members = ok("ListPoolOriginationIdentities", {{"PoolId", pool["PoolArn"]}});
  EXPECT_EQ(members["OriginationIdentities"].size(), 2u);
  members = ok("ListPoolOriginationIdentities",
               {{"PoolId", pool["PoolId"]},
                {"MaxResults", 1},
                {"Filters", {{{"Name", "iso-country-code"}, {"Values", {"US"}}}}}});
  EXPECT_EQ(members["OriginationIdentities"].size(), 1u);
  EXPECT_TRUE(members.contains("NextToken"));

  ok("DisassociateOriginationIdentity", membership);
  errorWithReason("DisassociateOriginationIdentity", membership, "ConflictException",
                  "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL");
  const auto last =
      errorWithReason("DisassociateOriginationIdentity",
                      {{"PoolId", pool["PoolId"]}, {"OriginationIdentity", first["PhoneNumberId"]}},
                      "ConflictException", "LAST_PHONE_NUMBER");
  EXPECT_EQ(last["ResourceType"], "pool");
}

TEST_F(PoolsTest, AssociationRequiresMatchingSettings) {
  const auto pool = createPool(leaseNumber());
  ok("CreateOptOutList", {{"OptOutListName", "other"}});
  const auto differentList = leaseNumber("LONG_CODE", {{"OptOutListName", "other"}});
  errorWithReason(
      "AssociateOriginationIdentity",
      {{"PoolId", pool["PoolId"]}, {"OriginationIdentity", differentList["PhoneNumberId"]}},
      "ConflictException", "OPT_OUT_LIST_MISMATCH");
  const auto selfManaged = leaseNumber();
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", selfManaged["PhoneNumberId"]}, {"SelfManagedOptOutsEnabled", true}});
  errorWithReason(
      "AssociateOriginationIdentity",
      {{"PoolId", pool["PoolId"]}, {"OriginationIdentity", selfManaged["PhoneNumberId"]}},
      "ConflictException", "SELF_MANAGED_OPT_OUTS_MISMATCH");
}

TEST_F(PoolsTest, UpdatesDescribesAndDeletes) {
  const auto number = leaseNumber();
  const auto pool = createPool(number, {{"DeletionProtectionEnabled", true}});
  errorWithReason("DeletePool", {{"PoolId", pool["PoolId"]}}, "ConflictException",
                  "DELETION_PROTECTION_ENABLED");
  ok("CreateOptOutList", {{"OptOutListName", "pool-list"}});
  const auto updated = ok("UpdatePool", {{"PoolId", pool["PoolId"]},
                                         {"DeletionProtectionEnabled", false},
                                         {"OptOutListName", "pool-list"},
                                         {"SharedRoutesEnabled", true}});
  EXPECT_EQ(updated["OptOutListName"], "pool-list");
  EXPECT_EQ(updated["SharedRoutesEnabled"], true);
  EXPECT_EQ(ok("DescribePools",
               {{"Filters", {{{"Name", "opt-out-list-name"}, {"Values", {"pool-list"}}}}}})["Pools"]
                .size(),
            1u);
  EXPECT_EQ(
      ok("DescribePools", {{"Filters", {{{"Name", "status"}, {"Values", {"CREATING"}}}}}})["Pools"]
          .size(),
      0u);
  error("DescribePools", {{"PoolIds", {"pool-00000000000000000000000000000000"}}},
        "ResourceNotFoundException");

  EXPECT_EQ(ok("DeletePool", {{"PoolId", pool["PoolArn"]}})["Status"], "DELETING");
  // Its number is free again.
  const auto described =
      ok("DescribePhoneNumbers", {{"PhoneNumberIds", {number["PhoneNumberId"]}}});
  EXPECT_FALSE(described["PhoneNumbers"][0].contains("PoolId"));
  ok("ReleasePhoneNumber", {{"PhoneNumberId", number["PhoneNumberId"]}});
}

// DescribePools-1, DescribePools-3, ListPoolOriginationIdentities-2.
TEST_F(PoolsTest, DescribeChecksOwnerAndFilterValues) {
  const auto pool = createPool(leaseNumber());
  errorWithReason("DescribePools", {{"Owner", "SELF"}, {"PoolIds", {pool["PoolId"]}}},
                  "ValidationException", "PARAMETERS_CANNOT_BE_USED_TOGETHER");
  EXPECT_EQ(ok("DescribePools", {{"Owner", "SELF"}})["Pools"].size(), 1u);
  errorWithReason("DescribePools", {{"Filters", {{{"Name", "status"}, {"Values", {"BOGUS"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  errorWithReason("DescribePools",
                  {{"Filters", {{{"Name", "shared-routes-enabled"}, {"Values", {"yes"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  errorWithReason("ListPoolOriginationIdentities",
                  {{"PoolId", pool["PoolId"]},
                   {"Filters", {{{"Name", "number-capability"}, {"Values", {"FAX"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  EXPECT_EQ(ok("ListPoolOriginationIdentities",
               {{"PoolId", pool["PoolId"]},
                {"Filters",
                 {{{"Name", "iso-country-code"}, {"Values", {"GB"}}}}}})["OriginationIdentities"]
                .size(),
            0u);
}

// CreatePool-5, AssociateOriginationIdentity-4, DisassociateOriginationIdentity-3.
TEST_F(PoolsTest, IsoCountryCodeMustBeTheNumbersCountry) {
  const auto first = leaseNumber();
  errorWithReason("CreatePool",
                  {{"OriginationIdentity", first["PhoneNumberId"]},
                   {"MessageType", "TRANSACTIONAL"},
                   {"IsoCountryCode", "GB"}},
                  "ValidationException", "COUNTRY_CODE_MISMATCH");
  const auto pool = createPool(first, {{"IsoCountryCode", "US"}});
  const auto second = leaseNumber();
  json membership = {{"PoolId", pool["PoolId"]},
                     {"OriginationIdentity", second["PhoneNumberId"]},
                     {"IsoCountryCode", "GB"}};
  errorWithReason("AssociateOriginationIdentity", membership, "ValidationException",
                  "COUNTRY_CODE_MISMATCH");
  membership["IsoCountryCode"] = "US";
  EXPECT_EQ(ok("AssociateOriginationIdentity", membership)["IsoCountryCode"], "US");
  membership["IsoCountryCode"] = "GB";
  errorWithReason("DisassociateOriginationIdentity", membership, "ValidationException",
                  "COUNTRY_CODE_MISMATCH");
  membership.erase("IsoCountryCode");
  const auto left = ok("DisassociateOriginationIdentity", membership);
  EXPECT_EQ(left["OriginationIdentity"], second["PhoneNumberId"]);  // Output-3
}

// CreatePool-8: the 50 pools DescribeAccountLimits reports as Max.
TEST_F(PoolsTest, AnAccountHoldsAtMostFiftyPools) {
  for (int i = 0; i < 50; ++i) createPool(leaseNumber());
  const auto number = leaseNumber();
  errorWithReason(
      "CreatePool",
      {{"OriginationIdentity", number["PhoneNumberId"]}, {"MessageType", "TRANSACTIONAL"}},
      "ServiceQuotaExceededException", "POOLS_PER_ACCOUNT");
  EXPECT_FALSE(
      ok("DescribePhoneNumbers", {{"PhoneNumberIds", {number["PhoneNumberId"]}}})["PhoneNumbers"][0]
          .contains("PoolId"));
}

// AssociateOriginationIdentity-1, -5; ListPoolOriginationIdentities-1; UpdatePool-1, -2.
TEST_F(PoolsTest, MembershipNeedsAFreeNumberAndAnExistingPool) {
  const auto number = leaseNumber();
  const auto first = createPool(number);
  const auto second = createPool(leaseNumber());
  const auto taken = errorWithReason(
      "AssociateOriginationIdentity",
      {{"PoolId", second["PoolId"]}, {"OriginationIdentity", number["PhoneNumberId"]}},
      "ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_POOL");
  EXPECT_EQ(taken["ResourceId"], number["PhoneNumberId"]);

  const json absentPool = "pool-00000000000000000000000000000000";
  auto body =
      error("AssociateOriginationIdentity",
            {{"PoolId", absentPool}, {"OriginationIdentity", leaseNumber()["PhoneNumberId"]}},
            "ResourceNotFoundException");
  EXPECT_EQ(body["ResourceType"], "pool");
  body = error("AssociateOriginationIdentity",
               {{"PoolId", first["PoolId"]},
                {"OriginationIdentity", "phone-00000000000000000000000000000000"}},
               "ResourceNotFoundException");
  EXPECT_EQ(body["ResourceType"], "phone-number");
  body =
      error("ListPoolOriginationIdentities", {{"PoolId", absentPool}}, "ResourceNotFoundException");
  EXPECT_EQ(body["ResourceType"], "pool");

  body = error("UpdatePool", {{"PoolId", first["PoolId"]}, {"OptOutListName", "nope"}},
               "ResourceNotFoundException");
  EXPECT_EQ(body["ResourceType"], "opt-out-list");
  errorWithReason("UpdatePool", {{"PoolId", first["PoolId"]}, {"TwoWayEnabled", true}},
                  "ValidationException", "TWO_WAY_CHANNEL_NOT_PRESENT");
  EXPECT_EQ(ok("DescribePools", {{"PoolIds", {first["PoolId"]}}})["Pools"][0]["TwoWayEnabled"],
            false);
}

// AssociateOriginationIdentity-3, decided: keywords are part of the configuration a pool's numbers
// share (POOL: "This identity includes keywords, message type, opt-out list, two-way configuration,
// and self-managed opt-out configuration"), so a number must have the pool's keywords
// (KEYWORD_MISMATCH); and the pool's numbers have the same capabilities
// (NUMBER_CAPABILITIES_MISMATCH, the model's Reason). The number type isn't compared.
TEST_F(PoolsTest, AssociationRequiresTheSameKeywordsAndCapabilities) {
  const auto pool = createPool(leaseNumber());
  ok("PutKeyword", {{"OriginationIdentity", pool["PoolId"]},
                    {"Keyword", "JOIN"},
                    {"KeywordMessage", "Welcome back"},
                    {"KeywordAction", "OPT_IN"}});
  const auto plain = leaseNumber();
  const json joining = {{"PoolId", pool["PoolId"]},
                        {"OriginationIdentity", plain["PhoneNumberId"]}};
  errorWithReason("AssociateOriginationIdentity", joining, "ConflictException", "KEYWORD_MISMATCH");
  ok("PutKeyword", {{"OriginationIdentity", plain["PhoneNumberId"]},
                    {"Keyword", "join"},
                    {"KeywordMessage", "Welcome"},
                    {"KeywordAction", "OPT_IN"}});
  errorWithReason("AssociateOriginationIdentity", joining, "ConflictException", "KEYWORD_MISMATCH");
  ok("PutKeyword", {{"OriginationIdentity", plain["PhoneNumberId"]},
                    {"Keyword", "join"},
                    {"KeywordMessage", "Welcome back"},
                    {"KeywordAction", "OPT_IN"}});
  ok("AssociateOriginationIdentity", joining);

  const auto voice = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "VOICE"}}});
  const auto pair = createPool(voice);
  errorWithReason(
      "AssociateOriginationIdentity",
      {{"PoolId", pair["PoolId"]}, {"OriginationIdentity", leaseNumber()["PhoneNumberId"]}},
      "ConflictException", "NUMBER_CAPABILITIES_MISMATCH");
  // The same set in another order matches, and a number requested into the pool must match too.
  ok("AssociateOriginationIdentity",
     {{"PoolId", pair["PoolId"]},
      {"OriginationIdentity",
       leaseNumber("TOLL_FREE", {{"NumberCapabilities", {"VOICE", "SMS"}}})["PhoneNumberId"]}});
  errorWithReason("RequestPhoneNumber",
                  {{"IsoCountryCode", "US"},
                   {"MessageType", "TRANSACTIONAL"},
                   {"NumberCapabilities", {"SMS"}},
                   {"NumberType", "LONG_CODE"},
                   {"PoolId", pair["PoolId"]}},
                  "ConflictException", "NUMBER_CAPABILITIES_MISMATCH");
  // A simulator number joins a pool of long codes: AWS states no rule on number types.
  ok("AssociateOriginationIdentity",
     {{"PoolId", createPool(leaseNumber())["PoolId"]},
      {"OriginationIdentity", leaseNumber("SIMULATOR")["PhoneNumberId"]}});
}

// AssociateOriginationIdentity-6: at most 100 identities (numbers and sender IDs) in a pool.
TEST_F(PoolsTest, APoolHoldsAtMostAHundredIdentities) {
  const auto pool = createPool(leaseNumber());
  for (int i = 1; i < 100; ++i) {
    ok("AssociateOriginationIdentity",
       {{"PoolId", pool["PoolId"]}, {"OriginationIdentity", leaseNumber()["PhoneNumberId"]}});
  }
  ok("RequestSenderId", {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", "GB"}});
  errorWithReason(
      "AssociateOriginationIdentity",
      {{"PoolId", pool["PoolId"]}, {"OriginationIdentity", "EXAMPLECO"}, {"IsoCountryCode", "GB"}},
      "ServiceQuotaExceededException", "ORIGINATION_IDENTITIES_PER_POOL");
  EXPECT_EQ(ok("ListPoolOriginationIdentities",
               {{"PoolId", pool["PoolId"]}, {"MaxResults", 100}})["OriginationIdentities"]
                .size(),
            100u);
}

// DeleteOptOutList-2 for a pool; UpdatePool-4 and Output-4, decided: a pooled number sends with
// the pool's settings but DescribePhoneNumbers reports its own record (AWS states neither way, and
// the number's own settings are what it has again once it leaves the pool).
TEST_F(PoolsTest, APoolsListIsInUseAndItsNumbersKeepTheirOwnRecord) {
  const auto number = leaseNumber();
  const auto pool = createPool(number);
  ok("CreateOptOutList", {{"OptOutListName", "pool-list"}});
  ok("UpdatePool", {{"PoolId", pool["PoolId"]}, {"OptOutListName", "pool-list"}});
  const auto refused = errorWithReason("DeleteOptOutList", {{"OptOutListName", "pool-list"}},
                                       "ConflictException", "RESOURCE_DELETION_NOT_ALLOWED");
  EXPECT_NE(refused["message"].get<std::string>().find(pool["PoolId"].get<std::string>()),
            std::string::npos);
  const auto described = ok("DescribePhoneNumbers",
                            {{"PhoneNumberIds", {number["PhoneNumberId"]}}})["PhoneNumbers"][0];
  EXPECT_EQ(described["OptOutListName"], "Default");
  EXPECT_EQ(described["PoolId"], pool["PoolId"]);
  ok("PutOptedOutNumber", {{"OptOutListName", "pool-list"}, {"OptedOutNumber", "+14155550100"}});
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+14155550100"},
                   {"OriginationIdentity", number["PhoneNumberId"]},
                   {"MessageBody", "hi"}},
                  "ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT");
}

}  // namespace
}  // namespace smsim::testing
