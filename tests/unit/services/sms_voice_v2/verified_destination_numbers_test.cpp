// The sandbox: the account tier, verified destination numbers and their codes, and sends to
// numbers that aren't verified.
#include "services/sms_voice_v2/identity_fixture.hpp"

namespace smsim::testing {
namespace {

class VerifiedDestinationNumbersTest : public IdentityTest {
 protected:
  void enterSandbox() {
    store_.withAccount({"123456789012", "us-east-1"},
                       [](state::AccountState& account) { account.tier = AccountTier::Sandbox; });
  }
  json create(const std::string& number) {
    return ok("CreateVerifiedDestinationNumber", {{"DestinationPhoneNumber", number}});
  }
  // Sends a code and returns it, read from the outbox as a test would read it.
  std::string sendCode(const json& created, const std::string& channel = "TEXT") {
    ok("SendDestinationNumberVerificationCode",
       {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]},
        {"VerificationChannel", channel}});
    const auto messages = store_.outbox().list({});
    const auto& body = messages.back().messageBody;
    return body.substr(body.size() - 6);
  }
  json verify(const json& created, const std::string& code) {
    return ok("VerifyDestinationNumber",
              {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]},
               {"VerificationCode", code}});
  }
};

TEST_F(VerifiedDestinationNumbersTest, TheAccountTierIsReportedAsAwsReportsIt) {
  auto attributes = ok("DescribeAccountAttributes", json::object());
  EXPECT_EQ(attributes["AccountAttributes"],
            json::parse(R"([{"Name": "ACCOUNT_TIER", "Value": "PRODUCTION"}])"));
  enterSandbox();
  attributes = ok("DescribeAccountAttributes", json::object());
  EXPECT_EQ(attributes["AccountAttributes"][0]["Value"], "SANDBOX");
}

TEST_F(VerifiedDestinationNumbersTest, CreateAnswersThePendingNumberWithExactlyTheShapesMembers) {
  const auto created = ok(
      "CreateVerifiedDestinationNumber",
      {{"DestinationPhoneNumber", "+14155550100"}, {"Tags", {{{"Key", "team"}, {"Value", "qa"}}}}});
  EXPECT_EQ(created["Status"], "PENDING");
  EXPECT_EQ(created["DestinationPhoneNumber"], "+14155550100");
  const auto id = created["VerifiedDestinationNumberId"].get<std::string>();
  EXPECT_TRUE(id.starts_with("verifieddestinationnumber-"));
  EXPECT_EQ(created["VerifiedDestinationNumberArn"],
            "arn:aws:sms-voice:us-east-1:123456789012:verified-destination-number/" + id);
  EXPECT_EQ(created["Tags"][0]["Key"], "team");
  EXPECT_EQ(created.size(), 6u);  // Arn, Id, number, Status, Tags, CreatedTimestamp
  const auto tags =
      ok("ListTagsForResource", {{"ResourceArn", created["VerifiedDestinationNumberArn"]}});
  EXPECT_EQ(tags["Tags"].size(), 1u);
  const auto limits = ok("DescribeAccountLimits", json::object());
  for (const auto& limit : limits["AccountLimits"]) {
    if (limit["Name"] == "VERIFIED_DESTINATION_NUMBERS") {
      EXPECT_EQ(limit["Used"], 1);
    }
  }
}

TEST_F(VerifiedDestinationNumbersTest, CreateRefusesBadDuplicateAndEleventhNumbers) {
  errorWithReason("CreateVerifiedDestinationNumber", {{"DestinationPhoneNumber", "14155550100"}},
                  "ValidationException", "INVALID_PARAMETER");
  create("+14155550100");
  errorWithReason("CreateVerifiedDestinationNumber", {{"DestinationPhoneNumber", "+14155550100"}},
                  "ConflictException", "RESOURCE_ALREADY_EXISTS");
  for (int i = 1; i < 10; ++i) create("+1415555010" + std::to_string(i));
  errorWithReason("CreateVerifiedDestinationNumber", {{"DestinationPhoneNumber", "+14155550200"}},
                  "ServiceQuotaExceededException", "VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT");
}

TEST_F(VerifiedDestinationNumbersTest, TheCodeLandsInTheOutboxAndVerifiesTheNumber) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "VOICE"}}});
  const auto created = create("+14155550100");
  const auto code = sendCode(created);
  auto messages = store_.outbox().list({});
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].destinationNumber, "+14155550100");
  EXPECT_EQ(messages[0].originationNumber, number["PhoneNumber"]);
  EXPECT_EQ(messages[0].origin, "SendDestinationNumberVerificationCode:TEXT");
  sendCode(created, "VOICE");
  EXPECT_EQ(store_.outbox().list({}).back().origin, "SendDestinationNumberVerificationCode:VOICE");
  // The first code was replaced by the second.
  errorWithReason("VerifyDestinationNumber",
                  {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]},
                   {"VerificationCode", code == "000000" ? "000001" : "000000"}},
                  "ValidationException", "VERIFICATION_CODE_MISMATCH");
  const auto latest = store_.outbox().list({}).back().messageBody;
  const auto verified = verify(created, latest.substr(latest.size() - 6));
  EXPECT_EQ(verified["Status"], "VERIFIED");
  EXPECT_EQ(verified.size(), 5u);
  errorWithReason("SendDestinationNumberVerificationCode",
                  {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberArn"]},
                   {"VerificationChannel", "TEXT"}},
                  "ConflictException", "VERIFICATION_ALREADY_COMPLETE");
}

TEST_F(VerifiedDestinationNumbersTest, ACodeExpiresOnTheSimulatedClock) {
  leaseNumber();
  const auto created = create("+14155550100");
  const auto code = sendCode(created);
  clock_.advance(std::chrono::minutes(16));
  errorWithReason("VerifyDestinationNumber",
                  {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]},
                   {"VerificationCode", code}},
                  "ConflictException", "VERIFICATION_CODE_EXPIRED");
}

TEST_F(VerifiedDestinationNumbersTest, CodesNeedAnIdentityThatCanReachTheNumber) {
  const auto created = create("+14155550100");
  const json input = {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]},
                      {"VerificationChannel", "TEXT"}};
  errorWithReason("SendDestinationNumberVerificationCode", input, "ConflictException",
                  "NO_ORIGINATION_IDENTITIES_FOUND");
  leaseNumber();  // SMS only
  auto voice = input;
  voice["VerificationChannel"] = "VOICE";
  errorWithReason("SendDestinationNumberVerificationCode", voice, "ConflictException",
                  "NO_ORIGINATION_IDENTITIES_FOUND");
  auto unknown = input;
  unknown["VerifiedDestinationNumberId"] = "verifieddestinationnumber-0";
  error("SendDestinationNumberVerificationCode", unknown, "ResourceNotFoundException");
}

TEST_F(VerifiedDestinationNumbersTest, AtMostFiveCodesADay) {
  leaseNumber();
  const auto created = create("+14155550100");
  for (int i = 0; i < 5; ++i) sendCode(created);
  errorWithReason("SendDestinationNumberVerificationCode",
                  {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]},
                   {"VerificationChannel", "TEXT"}},
                  "ServiceQuotaExceededException", "VERIFICATION_ATTEMPTS_PER_DAY");
  clock_.advance(std::chrono::hours(24));
  sendCode(created);
}

TEST_F(VerifiedDestinationNumbersTest, DescribeFindsByIdNumberAndStatusAndPages) {
  leaseNumber();
  const auto first = create("+14155550100");
  create("+14155550101");
  create("+14155550102");
  verify(first, sendCode(first));
  auto page = ok("DescribeVerifiedDestinationNumbers",
                 {{"Filters", {{{"Name", "status"}, {"Values", {"VERIFIED"}}}}}});
  ASSERT_EQ(page["VerifiedDestinationNumbers"].size(), 1u);
  EXPECT_EQ(page["VerifiedDestinationNumbers"][0]["DestinationPhoneNumber"], "+14155550100");
  page = ok("DescribeVerifiedDestinationNumbers", {{"DestinationPhoneNumbers", {"+14155550102"}}});
  EXPECT_EQ(page["VerifiedDestinationNumbers"].size(), 1u);
  page = ok("DescribeVerifiedDestinationNumbers",
            {{"VerifiedDestinationNumberIds", {first["VerifiedDestinationNumberArn"]}}});
  EXPECT_EQ(page["VerifiedDestinationNumbers"][0]["VerifiedDestinationNumberId"],
            first["VerifiedDestinationNumberId"]);
  error("DescribeVerifiedDestinationNumbers",
        {{"VerifiedDestinationNumberIds", {"verifieddestinationnumber-0"}}},
        "ResourceNotFoundException");
  errorWithReason("DescribeVerifiedDestinationNumbers",
                  {{"Filters", {{{"Name", "status"}, {"Values", {"DONE"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  page = ok("DescribeVerifiedDestinationNumbers", {{"MaxResults", 2}});
  EXPECT_EQ(page["VerifiedDestinationNumbers"].size(), 2u);
  ASSERT_TRUE(page.contains("NextToken"));
  page = ok("DescribeVerifiedDestinationNumbers",
            {{"MaxResults", 2}, {"NextToken", page["NextToken"]}});
  EXPECT_EQ(page["VerifiedDestinationNumbers"].size(), 1u);
  EXPECT_FALSE(page.contains("NextToken"));
}

TEST_F(VerifiedDestinationNumbersTest, DeleteAnswersWithoutStatusAndForgetsTheNumber) {
  const auto created = create("+14155550100");
  const auto deleted =
      ok("DeleteVerifiedDestinationNumber",
         {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]}});
  EXPECT_EQ(deleted["DestinationPhoneNumber"], "+14155550100");
  EXPECT_FALSE(deleted.contains("Status"));
  EXPECT_EQ(deleted.size(), 4u);
  error("DeleteVerifiedDestinationNumber",
        {{"VerifiedDestinationNumberId", created["VerifiedDestinationNumberId"]}},
        "ResourceNotFoundException");
  create("+14155550100");  // the number can be added again
}

TEST_F(VerifiedDestinationNumbersTest, TheSandboxSendsOnlyToVerifiedAndSimulatorDestinations) {
  const auto number = leaseNumber();
  const json text = {{"DestinationPhoneNumber", "+14155550100"},
                     {"OriginationIdentity", number["PhoneNumberId"]},
                     {"MessageBody", "hi"}};
  ok("SendTextMessage", text);  // production: any destination
  enterSandbox();
  auto refused = errorWithReason("SendTextMessage", text, "ConflictException",
                                 "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
  EXPECT_EQ(refused["ResourceId"], "+14155550100");
  auto dryRun = text;
  dryRun["DryRun"] = true;
  errorWithReason("SendTextMessage", dryRun, "ConflictException",
                  "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
  const auto created = create("+14155550100");
  errorWithReason("SendTextMessage", text, "ConflictException",
                  "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");  // pending isn't verified
  verify(created, sendCode(created));
  ok("SendTextMessage", text);
  errorWithReason(
      "SendVoiceMessage",
      {{"DestinationPhoneNumber", "+14155550101"},
       {"OriginationIdentity",
        leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "VOICE"}}})["PhoneNumberId"]},
       {"MessageBody", "hi"}},
      "ConflictException", "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
  auto simulator = text;
  simulator["DestinationPhoneNumber"] = "+14254147755";  // a simulator destination
  ok("SendTextMessage", simulator);
}

TEST_F(VerifiedDestinationNumbersTest, AStoreStartsAccountsInItsTier) {
  state::Store sandboxStore{clock_, 10, AccountTier::Sandbox};
  EXPECT_TRUE(sandboxStore.withAccount({"123456789012", "us-east-1"},
                                       [](state::AccountState& a) { return state::inSandbox(a); }));
}

}  // namespace
}  // namespace smsim::testing
