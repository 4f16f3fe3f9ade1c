// RequestPhoneNumber, DescribePhoneNumbers, UpdatePhoneNumber, ReleasePhoneNumber.
#include <regex>

#include "services/sms_voice_v2/aws_service_fixture.hpp"

namespace smsim::testing {
namespace {

class PhoneNumbersTest : public AwsServiceTest {
 protected:
  json request(const std::string& country = "US", const std::string& type = "LONG_CODE",
               json extra = json::object()) {
    json input = {{"IsoCountryCode", country},
                  {"MessageType", "TRANSACTIONAL"},
                  {"NumberCapabilities", {"SMS"}},
                  {"NumberType", type}};
    input.update(extra);
    return ok("RequestPhoneNumber", input);
  }
};

TEST_F(PhoneNumbersTest, LeasesPlausibleNumbersWithAwsDefaults) {
  const auto number = request();
  EXPECT_TRUE(std::regex_match(number["PhoneNumber"].get<std::string>(),
                               std::regex(R"(\+1[2-9]\d{2}555\d{4})")))
      << number["PhoneNumber"];
  EXPECT_TRUE(std::regex_match(number["PhoneNumberId"].get<std::string>(),
                               std::regex("phone-[0-9a-f]{32}")));
  EXPECT_EQ(number["PhoneNumberArn"], "arn:aws:sms-voice:us-east-1:123456789012:phone-number/" +
                                          number["PhoneNumberId"].get<std::string>());
  EXPECT_EQ(number["Status"], "ACTIVE");
  EXPECT_EQ(number["OptOutListName"], "Default");
  EXPECT_EQ(number["TwoWayEnabled"], false);
  EXPECT_EQ(number["SelfManagedOptOutsEnabled"], false);
  EXPECT_EQ(number["DeletionProtectionEnabled"], false);

  const auto tollFree = request("US", "TOLL_FREE");
  EXPECT_TRUE(std::regex_match(tollFree["PhoneNumber"].get<std::string>(),
                               std::regex(R"(\+18[3-8]{2}\d{7})")));
  const auto british = request("GB");
  EXPECT_TRUE(british["PhoneNumber"].get<std::string>().starts_with("+447700900"));
}

// RequestPhoneNumber-1, RequestPhoneNumber-2, RequestPhoneNumber-3.
TEST_F(PhoneNumbersTest, SimulatorNumbersAreUsOnlyAndTransactionalOnly) {
  EXPECT_EQ(request("US", "SIMULATOR")["NumberType"], "SIMULATOR");
  auto body = errorWithReason("RequestPhoneNumber",
                              {{"IsoCountryCode", "GB"},
                               {"MessageType", "TRANSACTIONAL"},
                               {"NumberCapabilities", {"SMS"}},
                               {"NumberType", "SIMULATOR"}},
                              "ValidationException", "INVALID_PARAMETER");
  EXPECT_EQ(body["Fields"][0]["Name"], "IsoCountryCode");
  body = errorWithReason("RequestPhoneNumber",
                         {{"IsoCountryCode", "US"},
                          {"MessageType", "PROMOTIONAL"},
                          {"NumberCapabilities", {"SMS"}},
                          {"NumberType", "SIMULATOR"}},
                         "ValidationException", "INVALID_PARAMETER");
  EXPECT_EQ(body["Fields"][0]["Name"], "MessageType");
  body = errorWithReason("RequestPhoneNumber",
                         {{"IsoCountryCode", "CA"},
                          {"MessageType", "TRANSACTIONAL"},
                          {"NumberCapabilities", {"SMS"}},
                          {"NumberType", "TEN_DLC"}},
                         "ValidationException", "INVALID_PARAMETER");
  EXPECT_EQ(body["Fields"][0]["Name"], "IsoCountryCode");
  EXPECT_EQ(ok("DescribePhoneNumbers", json::object())["PhoneNumbers"].size(), 1u);
}

// RequestPhoneNumber-8: simulator numbers do SMS and MMS; India has no voice, MMS is for the US
// and Canada (not Canadian toll-free). A capability asked twice is kept once.
TEST_F(PhoneNumbersTest, CapabilitiesMustBeAvailableForTheTypeAndCountry) {
  auto ask = [](const std::string& country, const std::string& type, json capabilities) {
    return json{{"IsoCountryCode", country},
                {"MessageType", "TRANSACTIONAL"},
                {"NumberCapabilities", std::move(capabilities)},
                {"NumberType", type}};
  };
  for (const auto& input :
       {ask("US", "SIMULATOR", {"SMS", "VOICE"}), ask("IN", "LONG_CODE", {"VOICE"})}) {
    const auto body = errorWithReason("RequestPhoneNumber", input, "ValidationException",
                                      "VOICE_CAPABILITY_NOT_AVAILABLE");
    EXPECT_EQ(body["Fields"][0]["Name"], "NumberCapabilities");
  }
  for (const auto& input :
       {ask("GB", "LONG_CODE", {"SMS", "MMS"}), ask("CA", "TOLL_FREE", {"MMS"})}) {
    const auto body =
        errorWithReason("RequestPhoneNumber", input, "ValidationException", "INVALID_PARAMETER");
    EXPECT_EQ(body["Fields"][0]["Name"], "NumberCapabilities");
  }
  EXPECT_TRUE(ok("DescribePhoneNumbers", json::object())["PhoneNumbers"].empty());

  EXPECT_EQ(ok("RequestPhoneNumber", ask("US", "SIMULATOR", {"SMS", "MMS"}))["NumberCapabilities"],
            json({"SMS", "MMS"}));
  EXPECT_EQ(ok("RequestPhoneNumber", ask("CA", "LONG_CODE", {"MMS"}))["NumberCapabilities"],
            json({"MMS"}));
  EXPECT_EQ(
      ok("RequestPhoneNumber", ask("GB", "LONG_CODE", {"SMS", "VOICE"}))["NumberCapabilities"],
      json({"SMS", "VOICE"}));
  const auto repeated = ok("RequestPhoneNumber", ask("US", "LONG_CODE", {"SMS", "VOICE", "SMS"}));
  EXPECT_EQ(repeated["NumberCapabilities"], json({"SMS", "VOICE"}));
}

// RequestPhoneNumber-5, RequestPhoneNumber-10.
TEST_F(PhoneNumbersTest, RequestNeedsAnExistingPoolAndRoomInTheAccount) {
  json input = {{"IsoCountryCode", "US"},
                {"MessageType", "TRANSACTIONAL"},
                {"NumberCapabilities", {"SMS"}},
                {"NumberType", "LONG_CODE"},
                {"PoolId", "pool-00000000000000000000000000000000"}};
  EXPECT_EQ(error("RequestPhoneNumber", input, "ResourceNotFoundException")["ResourceType"],
            "pool");
  input.erase("PoolId");
  for (int i = 0; i < 100; ++i) ok("RequestPhoneNumber", input);
  errorWithReason("RequestPhoneNumber", input, "ServiceQuotaExceededException",
                  "PHONE_NUMBERS_PER_ACCOUNT");
  EXPECT_EQ(ok("DescribeAccountLimits", json::object())["AccountLimits"][0]["Used"], 100);
}

TEST_F(PhoneNumbersTest, RequestTakesAnOptOutListAndIsIdempotent) {
  ok("CreateOptOutList", {{"OptOutListName", "marketing"}});
  const auto first =
      request("US", "LONG_CODE", {{"OptOutListName", "marketing"}, {"ClientToken", "abc"}});
  EXPECT_EQ(first["OptOutListName"], "marketing");
  EXPECT_EQ(request("US", "LONG_CODE", {{"OptOutListName", "marketing"}, {"ClientToken", "abc"}}),
            first);
  error("RequestPhoneNumber",
        {{"IsoCountryCode", "US"},
         {"MessageType", "TRANSACTIONAL"},
         {"NumberCapabilities", {"SMS"}},
         {"NumberType", "LONG_CODE"},
         {"OptOutListName", "missing"}},
        "ResourceNotFoundException");
}

TEST_F(PhoneNumbersTest, DescribesByIdArnAndEveryFilterWithPagination) {
  const auto a = request("US", "LONG_CODE");
  const auto b = request("US", "TOLL_FREE");
  const auto c = request("GB", "LONG_CODE", {{"MessageType", "PROMOTIONAL"}});
  ok("UpdatePhoneNumber", {{"PhoneNumberId", a["PhoneNumberId"]},
                           {"TwoWayEnabled", true},
                           {"TwoWayChannelArn", "arn:aws:sns:us-east-1:123456789012:inbound"},
                           {"SelfManagedOptOutsEnabled", true},
                           {"DeletionProtectionEnabled", true}});

  const auto byId =
      ok("DescribePhoneNumbers", {{"PhoneNumberIds", {a["PhoneNumberId"], b["PhoneNumberArn"]}}});
  EXPECT_EQ(byId["PhoneNumbers"].size(), 2u);
  error("DescribePhoneNumbers", {{"PhoneNumberIds", {"phone-00000000000000000000000000000000"}}},
        "ResourceNotFoundException");

  auto count = [&](const std::string& name, const std::string& value) {
    return ok("DescribePhoneNumbers",
              {{"Filters", {{{"Name", name}, {"Values", {value}}}}}})["PhoneNumbers"]
        .size();
  };
  EXPECT_EQ(count("status", "ACTIVE"), 3u);
  EXPECT_EQ(count("iso-country-code", "GB"), 1u);
  EXPECT_EQ(count("message-type", "PROMOTIONAL"), 1u);
  EXPECT_EQ(count("number-capability", "SMS"), 3u);
  EXPECT_EQ(count("number-capability", "VOICE"), 0u);
  EXPECT_EQ(count("number-type", "TOLL_FREE"), 1u);
  EXPECT_EQ(count("two-way-enabled", "true"), 1u);
  EXPECT_EQ(count("self-managed-opt-outs-enabled", "false"), 2u);
  EXPECT_EQ(count("opt-out-list-name", "Default"), 3u);
  EXPECT_EQ(count("deletion-protection-enabled", "true"), 1u);
  EXPECT_EQ(count("two-way-channel-arn", "arn:aws:sns:us-east-1:123456789012:inbound"), 1u);

  const auto page1 = ok("DescribePhoneNumbers", {{"MaxResults", 2}});
  ASSERT_EQ(page1["PhoneNumbers"].size(), 2u);
  const auto page2 =
      ok("DescribePhoneNumbers", {{"MaxResults", 2}, {"NextToken", page1["NextToken"]}});
  ASSERT_EQ(page2["PhoneNumbers"].size(), 1u);
  EXPECT_FALSE(page2.contains("NextToken"));
  (void)c;
}

TEST_F(PhoneNumbersTest, UpdateChecksTheListAndTwoWayChannel) {
  const auto number = request();
  errorWithReason("UpdatePhoneNumber",
                  {{"PhoneNumberId", number["PhoneNumberId"]}, {"TwoWayEnabled", true}},
                  "ValidationException", "TWO_WAY_CHANNEL_NOT_PRESENT");
  error("UpdatePhoneNumber",
        {{"PhoneNumberId", number["PhoneNumberId"]}, {"OptOutListName", "nope"}},
        "ResourceNotFoundException");
  // A failed update changes nothing.
  EXPECT_EQ(ok("DescribePhoneNumbers",
               {{"PhoneNumberIds", {number["PhoneNumberId"]}}})["PhoneNumbers"][0]["TwoWayEnabled"],
            false);
}

TEST_F(PhoneNumbersTest, ReleaseHonoursDeletionProtectionAndPools) {
  const auto number = request("US", "LONG_CODE", {{"DeletionProtectionEnabled", true}});
  const json release = {{"PhoneNumberId", number["PhoneNumberId"]}};
  const auto refused = errorWithReason("ReleasePhoneNumber", release, "ConflictException",
                                       "DELETION_PROTECTION_ENABLED");
  EXPECT_EQ(refused["ResourceType"], "phone-number");
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", number["PhoneNumberId"]}, {"DeletionProtectionEnabled", false}});

  const auto pooled = request();
  ok("CreatePool",
     {{"OriginationIdentity", pooled["PhoneNumberId"]}, {"MessageType", "TRANSACTIONAL"}});
  errorWithReason("ReleasePhoneNumber", {{"PhoneNumberId", pooled["PhoneNumberId"]}},
                  "ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_POOL");
  errorWithReason("UpdatePhoneNumber",
                  {{"PhoneNumberId", pooled["PhoneNumberId"]}, {"SelfManagedOptOutsEnabled", true}},
                  "ConflictException", "PHONE_NUMBER_ASSOCIATED_TO_POOL");

  const auto released = ok("ReleasePhoneNumber", release);
  EXPECT_EQ(released["Status"], "DELETED");
  EXPECT_FALSE(released.contains("InternationalSendingEnabled"));  // Output-1: not in the shape
  error("ReleasePhoneNumber", release, "ResourceNotFoundException");
}

TEST_F(PhoneNumbersTest, AListInUseCantBeDeleted) {
  ok("CreateOptOutList", {{"OptOutListName", "used"}});
  const auto number = request("US", "LONG_CODE", {{"OptOutListName", "used"}});
  errorWithReason("DeleteOptOutList", {{"OptOutListName", "used"}}, "ConflictException",
                  "RESOURCE_DELETION_NOT_ALLOWED");
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", number["PhoneNumberId"]}, {"OptOutListName", "Default"}});
  ok("DeleteOptOutList", {{"OptOutListName", "used"}});
}

TEST_F(PhoneNumbersTest, NumbersArePerAccountAndTaggable) {
  const auto number = request("US", "LONG_CODE", {{"Tags", {{{"Key", "env"}, {"Value", "ci"}}}}});
  EXPECT_EQ(
      ok("ListTagsForResource", {{"ResourceArn", number["PhoneNumberArn"]}})["Tags"][0]["Value"],
      "ci");
  const auto other = call("DescribePhoneNumbers", "{}",
                          "AWS4-HMAC-SHA256 Credential=111122223333/20261122/us-east-1/sms-voice/"
                          "aws4_request, SignedHeaders=host, Signature=x");
  EXPECT_TRUE(json::parse(other.body)["PhoneNumbers"].empty());
  const auto limits = ok("DescribeAccountLimits", json::object());
  EXPECT_EQ(limits["AccountLimits"][0],
            json({{"Name", "PHONE_NUMBERS"}, {"Used", 1}, {"Max", 100}}));
  EXPECT_EQ(ok("DescribeAccountAttributes", json::object())["AccountAttributes"][0]["Name"],
            "ACCOUNT_TIER");
}

// ReleasePhoneNumber-3, ReleasePhoneNumber-4 (decided: smsim forgets a released number at once,
// as nothing read says AWS keeps showing it): a released number neither sends nor is described.
TEST_F(PhoneNumbersTest, AReleasedNumberIsGone) {
  const auto number = request();
  ok("ReleasePhoneNumber", {{"PhoneNumberId", number["PhoneNumberId"]}});
  for (const auto& identity : {number["PhoneNumberId"], number["PhoneNumber"]}) {
    const auto body = error("SendTextMessage",
                            {{"DestinationPhoneNumber", "+14155550100"},
                             {"OriginationIdentity", identity},
                             {"MessageBody", "hi"}},
                            "ResourceNotFoundException");
    EXPECT_EQ(body["ResourceType"], "phone-number");
  }
  error("DescribePhoneNumbers", {{"PhoneNumberIds", {number["PhoneNumberId"]}}},
        "ResourceNotFoundException");
  EXPECT_TRUE(ok("DescribePhoneNumbers",
                 {{"Filters", {{{"Name", "status"}, {"Values", {"DELETED"}}}}}})["PhoneNumbers"]
                  .empty());
}

// UpdatePhoneNumber-4, decided: every country smsim leases numbers in takes two-way (the AWS
// tables read for US, CA, AU, NZ, IN and BR say so; no row read says No for the others), so
// TWO_WAY_NOT_SUPPORTED_IN_COUNTRY doesn't arise. UpdatePhoneNumber-5: deletion protection.
TEST_F(PhoneNumbersTest, TwoWayAndDeletionProtectionAreUpdated) {
  const auto number = request("GB");
  const auto updated =
      ok("UpdatePhoneNumber", {{"PhoneNumberId", number["PhoneNumberId"]},
                               {"TwoWayEnabled", true},
                               {"TwoWayChannelArn", "arn:aws:sns:us-east-1:123456789012:inbound"},
                               {"DeletionProtectionEnabled", true}});
  EXPECT_EQ(updated["TwoWayEnabled"], true);
  EXPECT_EQ(updated["DeletionProtectionEnabled"], true);
  EXPECT_EQ(
      ok("UpdatePhoneNumber", {{"PhoneNumberId", number["PhoneNumberId"]},
                               {"DeletionProtectionEnabled", false}})["DeletionProtectionEnabled"],
      false);
}

// TagResource-1..3, -5, -6, UntagResource-1, ListTagsForResource-1.
TEST_F(PhoneNumbersTest, TagsAreKeptPerResource) {
  const std::string arn = request()["PhoneNumberArn"];
  ok("TagResource", {{"ResourceArn", arn}, {"Tags", {{{"Key", "env"}, {"Value", "ci"}}}}});
  ok("TagResource", {{"ResourceArn", arn}, {"Tags", {{{"Key", "env"}, {"Value", "prod"}}}}});
  // TagResource-2, decided: one key twice in a request keeps the last value (nothing read says
  // AWS refuses it).
  ok("TagResource",
     {{"ResourceArn", arn},
      {"Tags", {{{"Key", "team"}, {"Value", "a"}}, {{"Key", "team"}, {"Value", "b"}}}}});
  EXPECT_EQ(ok("ListTagsForResource", {{"ResourceArn", arn}})["Tags"],
            json::parse(R"([{"Key":"env","Value":"prod"},{"Key":"team","Value":"b"}])"));
  // TagResource-6: AWS reserves the aws: prefix of tag keys, in any case.
  for (const auto* key : {"aws:owner", "AWS:owner"}) {
    const auto body = errorWithReason(
        "TagResource", {{"ResourceArn", arn}, {"Tags", {{{"Key", key}, {"Value", "x"}}}}},
        "ValidationException", "INVALID_PARAMETER");
    EXPECT_EQ(body["Fields"][0]["Name"], "Tags");
  }
  ok("TagResource", {{"ResourceArn", arn}, {"Tags", {{{"Key", "awsome"}, {"Value", "aws:x"}}}}});
  ok("UntagResource", {{"ResourceArn", arn}, {"TagKeys", {"team", "absent"}}});
  EXPECT_EQ(ok("ListTagsForResource", {{"ResourceArn", arn}})["Tags"].size(), 2u);

  const std::string missing =
      "arn:aws:sms-voice:us-east-1:123456789012:phone-number/"
      "phone-00000000000000000000000000000000";
  auto elsewhere = arn;
  elsewhere.replace(elsewhere.find("123456789012"), 12, "111122223333");
  for (const auto& resource : {missing, elsewhere}) {
    error("TagResource", {{"ResourceArn", resource}, {"Tags", {{{"Key", "k"}, {"Value", "v"}}}}},
          "ResourceNotFoundException");
    error("UntagResource", {{"ResourceArn", resource}, {"TagKeys", {"k"}}},
          "ResourceNotFoundException");
    error("ListTagsForResource", {{"ResourceArn", resource}}, "ResourceNotFoundException");
  }
  // TagResource-5, decided: an ARN of another service names no resource of the account (kept;
  // nothing read says AWS answers INVALID_ARN instead).
  const auto foreign =
      error("ListTagsForResource", {{"ResourceArn", "arn:aws:sns:us-east-1:123456789012:topic"}},
            "ResourceNotFoundException");
  EXPECT_EQ(foreign["ResourceType"], "account");
}

// DescribeAccountLimits-1: Used counts what the account holds.
TEST_F(PhoneNumbersTest, AccountLimitsCountTheAccountsResources) {
  const auto number = request();
  request();
  ok("CreatePool",
     {{"OriginationIdentity", number["PhoneNumberId"]}, {"MessageType", "TRANSACTIONAL"}});
  ok("CreateOptOutList", {{"OptOutListName", "marketing"}});
  const auto limits = ok("DescribeAccountLimits", json::object())["AccountLimits"];
  auto limit = [&](const std::string& name) {
    for (const auto& entry : limits) {
      if (entry["Name"] == name) return entry;
    }
    return json();
  };
  EXPECT_EQ(limit("PHONE_NUMBERS"), json({{"Name", "PHONE_NUMBERS"}, {"Used", 2}, {"Max", 100}}));
  EXPECT_EQ(limit("POOLS"), json({{"Name", "POOLS"}, {"Used", 1}, {"Max", 50}}));
  EXPECT_EQ(limit("OPT_OUT_LISTS"), json({{"Name", "OPT_OUT_LISTS"}, {"Used", 2}, {"Max", 1000}}));
}

// Common-2, Common-3 (decided: the first result, whatever the parameters; the SMS Voice model has
// no error for a token reused with other parameters, unlike EC2's IdempotentParameterMismatch).
TEST_F(PhoneNumbersTest, AClientTokenReplaysItsFirstResultWhateverTheParameters) {
  const auto number = request("US", "LONG_CODE", {{"ClientToken", "lease-1"}});
  EXPECT_EQ(request("US", "TOLL_FREE",
                    {{"ClientToken", "lease-1"}, {"NumberCapabilities", {"SMS", "VOICE"}}}),
            number);
  const auto list =
      ok("CreateOptOutList", {{"OptOutListName", "first"}, {"ClientToken", "list-1"}});
  EXPECT_EQ(ok("CreateOptOutList", {{"OptOutListName", "second"}, {"ClientToken", "list-1"}}),
            list);
  EXPECT_EQ(ok("DescribePhoneNumbers", json::object())["PhoneNumbers"].size(), 1u);
  EXPECT_EQ(ok("DescribeOptOutLists", json::object())["OptOutLists"].size(), 2u);  // and Default
}

// DescribePhoneNumbers-1.
TEST_F(PhoneNumbersTest, OwnerAndPhoneNumberIdsCantBeUsedTogether) {
  const auto number = request();
  const auto body = errorWithReason(
      "DescribePhoneNumbers", {{"Owner", "SELF"}, {"PhoneNumberIds", {number["PhoneNumberId"]}}},
      "ValidationException", "PARAMETERS_CANNOT_BE_USED_TOGETHER");
  EXPECT_EQ(body["Fields"].size(), 2u);
  EXPECT_EQ(ok("DescribePhoneNumbers", {{"Owner", "SELF"}})["PhoneNumbers"].size(), 1u);
}

// DescribePhoneNumbers-3: a value the filter can never match is refused, a possible one isn't.
TEST_F(PhoneNumbersTest, FilterValuesMustFitTheirFilter) {
  request();
  for (const auto& [name, value] :
       std::vector<std::pair<std::string, std::string>>{{"status", "BOGUS"},
                                                        {"message-type", "MARKETING"},
                                                        {"number-capability", "FAX"},
                                                        {"number-type", "LANDLINE"},
                                                        {"two-way-enabled", "maybe"},
                                                        {"self-managed-opt-outs-enabled", "1"},
                                                        {"deletion-protection-enabled", "TRUE"}}) {
    errorWithReason("DescribePhoneNumbers", {{"Filters", {{{"Name", name}, {"Values", {value}}}}}},
                    "ValidationException", "INVALID_FILTER_VALUES");
  }
  EXPECT_TRUE(ok("DescribePhoneNumbers",
                 {{"Filters", {{{"Name", "status"}, {"Values", {"DELETED"}}}}}})["PhoneNumbers"]
                  .empty());
  EXPECT_TRUE(
      ok("DescribePhoneNumbers",
         {{"Filters", {{{"Name", "opt-out-list-name"}, {"Values", {"BOGUS"}}}}}})["PhoneNumbers"]
          .empty());
}

// RequestPhoneNumber-6: a number requested into a pool must match it, as an associated one must.
TEST_F(PhoneNumbersTest, ANumberRequestedIntoAPoolMustMatchIt) {
  const auto founder = request();
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", founder["PhoneNumberId"]}, {"SelfManagedOptOutsEnabled", true}});
  const auto pool = ok("CreatePool", {{"OriginationIdentity", founder["PhoneNumberId"]},
                                      {"MessageType", "TRANSACTIONAL"}});
  const json intoPool = {{"IsoCountryCode", "US"},
                         {"MessageType", "PROMOTIONAL"},
                         {"NumberCapabilities", {"SMS"}},
                         {"NumberType", "LONG_CODE"},
                         {"PoolId", pool["PoolId"]}};
  errorWithReason("RequestPhoneNumber", intoPool, "ConflictException", "MESSAGE_TYPE_MISMATCH");
  json transactional = intoPool;
  transactional["MessageType"] = "TRANSACTIONAL";
  errorWithReason("RequestPhoneNumber", transactional, "ConflictException",
                  "SELF_MANAGED_OPT_OUTS_MISMATCH");
  // Nothing was leased, and the pool still holds its founder only.
  EXPECT_EQ(ok("DescribePhoneNumbers", json::object())["PhoneNumbers"].size(), 1u);
  EXPECT_EQ(
      ok("ListPoolOriginationIdentities", {{"PoolId", pool["PoolId"]}})["OriginationIdentities"]
          .size(),
      1u);

  ok("UpdatePool", {{"PoolId", pool["PoolId"]}, {"SelfManagedOptOutsEnabled", false}});
  EXPECT_EQ(ok("RequestPhoneNumber", transactional)["PoolId"], pool["PoolId"]);
}

// TagResource-4: at most 50 tags, checked before a create changes anything.
TEST_F(PhoneNumbersTest, AResourceHoldsAtMostFiftyTags) {
  auto tags = [](int from, int count) {
    json list = json::array();
    for (int i = from; i < from + count; ++i) {
      list.push_back({{"Key", "k" + std::to_string(i)}, {"Value", "v"}});
    }
    return list;
  };
  const auto number = request("US", "LONG_CODE", {{"Tags", tags(0, 40)}});
  const json arn = number["PhoneNumberArn"];
  ok("TagResource", {{"ResourceArn", arn}, {"Tags", tags(30, 20)}});  // 10 new: 50
  ok("TagResource", {{"ResourceArn", arn}, {"Tags", tags(0, 50)}});   // overwrites only
  errorWithReason("TagResource", {{"ResourceArn", arn}, {"Tags", tags(50, 1)}},
                  "ServiceQuotaExceededException", "TAGS_PER_RESOURCE");
  EXPECT_EQ(ok("ListTagsForResource", {{"ResourceArn", arn}})["Tags"].size(), 50u);

  errorWithReason("RequestPhoneNumber",
                  {{"IsoCountryCode", "US"},
                   {"MessageType", "TRANSACTIONAL"},
                   {"NumberCapabilities", {"SMS"}},
                   {"NumberType", "LONG_CODE"},
                   {"Tags", tags(0, 51)}},
                  "ServiceQuotaExceededException", "TAGS_PER_RESOURCE");
  EXPECT_EQ(ok("DescribePhoneNumbers", json::object())["PhoneNumbers"].size(), 1u);
  errorWithReason("CreatePool",
                  {{"OriginationIdentity", number["PhoneNumberId"]},
                   {"MessageType", "TRANSACTIONAL"},
                   {"Tags", tags(0, 51)}},
                  "ServiceQuotaExceededException", "TAGS_PER_RESOURCE");
  EXPECT_TRUE(ok("DescribePools", json::object())["Pools"].empty());
  EXPECT_FALSE(ok("DescribePhoneNumbers", json::object())["PhoneNumbers"][0].contains("PoolId"));
}

}  // namespace
}  // namespace smsim::testing
