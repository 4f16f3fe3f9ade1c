// Sender IDs: request, describe, update, release, and sending with one.
#include "services/sms_voice_v2/identity_fixture.hpp"

namespace smsim::testing {
namespace {

constexpr const char* kBritishHandset = "+447700900123";

class SenderIdsTest : public IdentityTest {
 protected:
  json request(const std::string& senderId, const std::string& country, json extra = {}) {
    json input = {{"SenderId", senderId}, {"IsoCountryCode", country}};
    if (extra.is_object()) input.update(extra);
    return ok("RequestSenderId", input);
  }
};

TEST_F(SenderIdsTest, RequestAnswersExactlyTheShapesMembers) {
  const auto created = request("EXAMPLECO", "GB", {{"Tags", {{{"Key", "k"}, {"Value", "v"}}}}});
  EXPECT_EQ(created["SenderIdArn"],
            "arn:aws:sms-voice:us-east-1:123456789012:sender-id/EXAMPLECO/GB");
  EXPECT_EQ(created["MessageTypes"], json::parse(R"(["TRANSACTIONAL", "PROMOTIONAL"])"));
  EXPECT_EQ(created["DeletionProtectionEnabled"], false);
  EXPECT_EQ(created["Registered"], false);
  EXPECT_EQ(created["MonthlyLeasingPrice"], "0.00");
  EXPECT_EQ(created.size(), 8u);
  EXPECT_EQ(ok("ListTagsForResource", {{"ResourceArn", created["SenderIdArn"]}})["Tags"].size(),
            1u);
}

TEST_F(SenderIdsTest, RequestRefusesWhatTheDocumentationRefuses) {
  for (const auto* bad : {"12345", "-EXAMPLE", "EXAMPLE-"}) {
    errorWithReason("RequestSenderId", {{"SenderId", bad}, {"IsoCountryCode", "GB"}},
                    "ValidationException", "INVALID_PARAMETER");
  }
  // RequestSenderId-2, RequestSenderId-3: as AWS's country tables say.
  for (const auto* country : {"US", "CA", "BR", "NZ"}) {
    errorWithReason("RequestSenderId", {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", country}},
                    "ValidationException", "SENDER_ID_NOT_SUPPORTED");
  }
  for (const auto* country : {"IN", "AU", "EG"}) {
    errorWithReason("RequestSenderId", {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", country}},
                    "ValidationException", "SENDER_ID_REQUIRES_REGISTRATION");
  }
  request("EXAMPLECO", "GB");
  errorWithReason("RequestSenderId", {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", "GB"}},
                  "ConflictException", "RESOURCE_ALREADY_EXISTS");
  request("EXAMPLECO", "DE");  // the same sender ID in another country is another resource
}

TEST_F(SenderIdsTest, DescribeFiltersAndPagesAndChecksItsInput) {
  request("ALPHA", "GB", {{"MessageTypes", {"PROMOTIONAL"}}});
  request("BRAVO", "GB", {{"DeletionProtectionEnabled", true}});
  request("CHARLIE", "DE");
  auto page =
      ok("DescribeSenderIds", {{"Filters", {{{"Name", "iso-country-code"}, {"Values", {"GB"}}}}}});
  EXPECT_EQ(page["SenderIds"].size(), 2u);
  page = ok("DescribeSenderIds",
            {{"Filters", {{{"Name", "deletion-protection-enabled"}, {"Values", {"true"}}}}}});
  ASSERT_EQ(page["SenderIds"].size(), 1u);
  EXPECT_EQ(page["SenderIds"][0]["SenderId"], "BRAVO");
  page = ok("DescribeSenderIds",
            {{"SenderIds", {{{"SenderId", "CHARLIE"}, {"IsoCountryCode", "DE"}}}}});
  EXPECT_EQ(page["SenderIds"][0]["SenderIdArn"],
            "arn:aws:sms-voice:us-east-1:123456789012:sender-id/CHARLIE/DE");
  error("DescribeSenderIds", {{"SenderIds", {{{"SenderId", "CHARLIE"}, {"IsoCountryCode", "GB"}}}}},
        "ResourceNotFoundException");
  errorWithReason(
      "DescribeSenderIds",
      {{"Owner", "SELF"}, {"SenderIds", {{{"SenderId", "ALPHA"}, {"IsoCountryCode", "GB"}}}}},
      "ValidationException", "PARAMETERS_CANNOT_BE_USED_TOGETHER");
  errorWithReason("DescribeSenderIds",
                  {{"Filters", {{{"Name", "message-type"}, {"Values", {"SOMETIMES"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  page = ok("DescribeSenderIds", {{"MaxResults", 2}});
  EXPECT_EQ(page["SenderIds"].size(), 2u);
  page = ok("DescribeSenderIds", {{"MaxResults", 2}, {"NextToken", page["NextToken"]}});
  EXPECT_EQ(page["SenderIds"].size(), 1u);
  EXPECT_FALSE(page.contains("NextToken"));
}

TEST_F(SenderIdsTest, DeletionProtectionKeepsASenderIdUntilUpdated) {
  request("EXAMPLECO", "GB", {{"DeletionProtectionEnabled", true}});
  const json named = {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", "GB"}};
  errorWithReason("ReleaseSenderId", named, "ConflictException", "DELETION_PROTECTION_ENABLED");
  auto update = named;
  update["DeletionProtectionEnabled"] = false;
  EXPECT_EQ(ok("UpdateSenderId", update)["DeletionProtectionEnabled"], false);
  const auto released =
      ok("ReleaseSenderId", {{"SenderId",
                              "arn:aws:sms-voice:us-east-1:123456789012:sender-id/"
                              "EXAMPLECO/GB"},
                             {"IsoCountryCode", "GB"}});
  EXPECT_FALSE(released.contains("DeletionProtectionEnabled"));
  EXPECT_EQ(released.size(), 6u);
  error("ReleaseSenderId", named, "ResourceNotFoundException");
  error("UpdateSenderId", update, "ResourceNotFoundException");
}

// UpdateSenderId names the sender ID by id or ARN with its country; what it omits stays; the
// result has UpdateSenderIdResult's members (RegistrationId only for a registered one).
TEST_F(SenderIdsTest, UpdateFindsByIdOrArnAndAnswersExactlyTheShapesMembers) {
  request("EXAMPLECO", "GB", {{"DeletionProtectionEnabled", true}});
  const std::string arn = "arn:aws:sms-voice:us-east-1:123456789012:sender-id/EXAMPLECO/GB";
  const auto unchanged = ok("UpdateSenderId", {{"SenderId", arn}, {"IsoCountryCode", "GB"}});
  EXPECT_EQ(unchanged["DeletionProtectionEnabled"], true);
  EXPECT_EQ(unchanged["SenderIdArn"], arn);
  EXPECT_EQ(unchanged["SenderId"], "EXAMPLECO");
  EXPECT_EQ(unchanged["Registered"], false);
  EXPECT_FALSE(unchanged.contains("RegistrationId"));
  EXPECT_EQ(unchanged.size(), 7u);
  // The ARN names GB: another IsoCountryCode doesn't find it, nor does the id in another country.
  EXPECT_EQ(error("UpdateSenderId", {{"SenderId", arn}, {"IsoCountryCode", "FR"}},
                  "ResourceNotFoundException")["ResourceType"],
            "sender-id");
  error("UpdateSenderId", {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", "FR"}},
        "ResourceNotFoundException");
  const auto updated = ok(
      "UpdateSenderId",
      {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", "GB"}, {"DeletionProtectionEnabled", false}});
  EXPECT_EQ(updated["DeletionProtectionEnabled"], false);
  EXPECT_EQ(updated.size(), 7u);
}

TEST_F(SenderIdsTest, ASenderIdTextsItsOwnCountryOnly) {
  request("EXAMPLECO", "GB");
  const json text = {{"DestinationPhoneNumber", kBritishHandset},
                     {"OriginationIdentity", "EXAMPLECO"},
                     {"MessageBody", "hi"}};
  ok("SendTextMessage", text);
  const auto sent = store_.outbox().list({}).back();
  EXPECT_EQ(sent.originationNumber, "EXAMPLECO");
  EXPECT_EQ(sent.originationIdentity, "EXAMPLECO");
  auto byArn = text;
  byArn["OriginationIdentity"] = "arn:aws:sms-voice:us-east-1:123456789012:sender-id/EXAMPLECO/GB";
  ok("SendTextMessage", byArn);
  auto toGermany = text;
  toGermany["DestinationPhoneNumber"] = "+4915112345678";
  errorWithReason("SendTextMessage", toGermany, "ValidationException",
                  "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY");
  auto unknown = text;
  unknown["OriginationIdentity"] = "OTHERCO";
  error("SendTextMessage", unknown, "ResourceNotFoundException");
  // Opt-outs on the Default list hold for a sender ID too.
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", kBritishHandset}});
  errorWithReason("SendTextMessage", text, "ConflictException",
                  "DESTINATION_PHONE_NUMBER_OPTED_OUT");
  // Sender IDs send text only.
  errorWithReason("SendVoiceMessage",
                  {{"DestinationPhoneNumber", "+447700900124"},
                   {"OriginationIdentity", "EXAMPLECO"},
                   {"MessageBody", "hi"}},
                  "ValidationException", "VOICE_CAPABILITY_NOT_AVAILABLE");
  const auto limits = ok("DescribeAccountLimits", json::object());
  for (const auto& limit : limits["AccountLimits"]) {
    if (limit["Name"] == "SENDER_IDS") {
      EXPECT_EQ(limit["Used"], 1);
    }
  }
}

// "A pool can include one or more phone numbers and SenderIds ... A sender ID can be associated
// with multiple pools" (the model, CreatePool); ReleaseSenderId's SENDER_ID_ASSOCIATED_TO_POOL.
TEST_F(SenderIdsTest, PoolsHoldSenderIdsAndKeepThemFromRelease) {
  const auto senderIdArn = request("EXAMPLECO", "GB")["SenderIdArn"];
  const auto pool = ok("CreatePool", {{"OriginationIdentity", "EXAMPLECO"},
                                      {"IsoCountryCode", "GB"},
                                      {"MessageType", "TRANSACTIONAL"}});
  const std::string poolId = pool["PoolId"];
  EXPECT_EQ(pool["OptOutListName"], "Default");
  auto members = ok("ListPoolOriginationIdentities", {{"PoolId", poolId}})["OriginationIdentities"];
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0], json({{"OriginationIdentityArn", senderIdArn},
                              {"OriginationIdentity", "EXAMPLECO"},
                              {"IsoCountryCode", "GB"},
                              {"NumberCapabilities", {"SMS"}}}));
  const json named = {{"SenderId", "EXAMPLECO"}, {"IsoCountryCode", "GB"}};
  errorWithReason("ReleaseSenderId", named, "ConflictException", "SENDER_ID_ASSOCIATED_TO_POOL");

  // A pool sends to the sender ID's country from it, elsewhere from a number that reaches.
  const auto number = leaseNumber();
  ok("AssociateOriginationIdentity",
     {{"PoolId", poolId}, {"OriginationIdentity", number["PhoneNumberId"]}});
  ok("SendTextMessage", {{"DestinationPhoneNumber", kBritishHandset},
                         {"OriginationIdentity", poolId},
                         {"MessageBody", "hi"}});
  EXPECT_EQ(store_.outbox().list({}).back().originationNumber, "EXAMPLECO");
  ok("SendTextMessage", {{"DestinationPhoneNumber", "+12065550123"},
                         {"OriginationIdentity", poolId},
                         {"MessageBody", "hi"}});
  EXPECT_EQ(store_.outbox().list({}).back().originationNumber, number["PhoneNumber"]);

  ok("DisassociateOriginationIdentity",
     {{"PoolId", poolId}, {"OriginationIdentity", number["PhoneNumberId"]}});
  const json membership = {{"PoolId", poolId}, {"OriginationIdentity", senderIdArn}};
  errorWithReason("DisassociateOriginationIdentity", membership, "ConflictException",
                  "LAST_PHONE_NUMBER");
  errorWithReason("AssociateOriginationIdentity", membership, "ConflictException",
                  "RESOURCE_ALREADY_ASSOCIATED");
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+4915112345678"},
                   {"OriginationIdentity", poolId},
                   {"MessageBody", "hi"}},
                  "ValidationException", "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY");
  const auto second = ok("CreatePool", {{"OriginationIdentity", senderIdArn},
                                        {"MessageType", "TRANSACTIONAL"}});  // several pools
  ok("AssociateOriginationIdentity",
     {{"PoolId", second["PoolId"]}, {"OriginationIdentity", number["PhoneNumberId"]}});
  const json leaving = {
      {"PoolId", second["PoolId"]}, {"OriginationIdentity", "EXAMPLECO"}, {"IsoCountryCode", "GB"}};
  const auto left = ok("DisassociateOriginationIdentity", leaving);
  EXPECT_EQ(left.size(), 5u);
  EXPECT_EQ(left["OriginationIdentity"], "EXAMPLECO");
  error("DisassociateOriginationIdentity", leaving, "ResourceNotFoundException");

  request("PROMOONLY", "GB", {{"MessageTypes", {"PROMOTIONAL"}}});
  errorWithReason("CreatePool",
                  {{"OriginationIdentity", "PROMOONLY"}, {"MessageType", "TRANSACTIONAL"}},
                  "ConflictException", "MESSAGE_TYPE_MISMATCH");
  request("EXAMPLECO", "DE");
  errorWithReason("CreatePool",
                  {{"OriginationIdentity", "EXAMPLECO"}, {"MessageType", "TRANSACTIONAL"}},
                  "ValidationException", "MISSING_PARAMETER");

  ok("DeletePool", {{"PoolId", poolId}});
  ok("DeletePool", {{"PoolId", second["PoolId"]}});
  ok("ReleaseSenderId", named);
}

// RequestSenderId-4: the 100 sender IDs DescribeAccountLimits reports as SENDER_IDS' Max.
TEST_F(SenderIdsTest, AnAccountHoldsAtMostAHundredSenderIds) {
  for (int i = 0; i < 100; ++i) request("SENDER" + std::to_string(i), "GB");
  errorWithReason("RequestSenderId", {{"SenderId", "ONEMORE"}, {"IsoCountryCode", "GB"}},
                  "ServiceQuotaExceededException", "SENDER_IDS_PER_ACCOUNT");
  // Held first: a range-for over a member of a temporary reads freed memory (ASan found it).
  const auto limits = ok("DescribeAccountLimits", json::object());
  for (const auto& limit : limits["AccountLimits"]) {
    if (limit["Name"] == "SENDER_IDS") {
      EXPECT_EQ(limit["Used"], 100);
      EXPECT_EQ(limit["Max"], 100);
    }
  }
}

}  // namespace
}  // namespace smsim::testing
