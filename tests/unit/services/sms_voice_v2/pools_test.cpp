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

}  // namespace
}  // namespace smsim::testing
