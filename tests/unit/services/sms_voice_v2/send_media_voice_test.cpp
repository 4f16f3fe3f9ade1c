// SendMediaMessage and SendVoiceMessage: the same identity, opt-out and configuration set checks
// as SendTextMessage, the capability each needs, and the outbox recording their kind.
#include "services/sms_voice_v2/identity_fixture.hpp"
#include "smsim/account_tier.hpp"
#include "state/outbox.hpp"

namespace smsim::testing {
namespace {

class SendMediaVoiceTest : public IdentityTest {
 protected:
  static constexpr const char* kHandset = "+14155550100";

  json mms(const json& identity, json extra = json::object()) {
    json input = {{"DestinationPhoneNumber", kHandset},
                  {"OriginationIdentity", identity},
                  {"MessageBody", "Your receipt"},
                  {"MediaUrls", {"s3://receipts/r-1.png"}}};
    input.update(extra);
    return input;
  }
  json voice(const json& identity, json extra = json::object()) {
    json input = {{"DestinationPhoneNumber", kHandset},
                  {"OriginationIdentity", identity},
                  {"MessageBody", "Your code is 1 2 3 4"}};
    input.update(extra);
    return input;
  }
  std::vector<state::OutboxMessage> outbox() { return store_.outbox().list({}); }
};

TEST_F(SendMediaVoiceTest, SendsAndRecordsEachKindInTheOutbox) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}});
  ok("CreateConfigurationSet", {{"ConfigurationSetName", "receipts"}});
  const auto media =
      ok("SendMediaMessage", mms(number["PhoneNumberId"], {{"ConfigurationSetName", "receipts"},
                                                           {"Context", {{"order", "42"}}}}));
  const auto spoken = ok("SendVoiceMessage", voice(number["PhoneNumber"]));
  EXPECT_EQ(media["MessageId"].get<std::string>().size(), 36u);
  const auto messages = outbox();
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(messages[0].messageId, media["MessageId"]);
  EXPECT_EQ(messages[0].origin, "SendMediaMessage");
  EXPECT_EQ(messages[0].mediaUrls, std::vector<std::string>{"s3://receipts/r-1.png"});
  EXPECT_EQ(messages[0].configurationSetName, "receipts");
  EXPECT_EQ(messages[0].context.at("order"), "42");
  EXPECT_EQ(messages[0].originationNumber, number["PhoneNumber"]);
  EXPECT_EQ(messages[1].messageId, spoken["MessageId"]);
  EXPECT_EQ(messages[1].origin, "SendVoiceMessage");
  EXPECT_EQ(messages[1].messageBody, "Your code is 1 2 3 4");
  EXPECT_EQ(json(messages[0])["mediaUrls"], json({"s3://receipts/r-1.png"}));
  EXPECT_FALSE(json(messages[1]).contains("mediaUrls"));
}

TEST_F(SendMediaVoiceTest, RefuseOptedOutDestinationsAsSendTextMessageDoes) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}});
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", kHandset}});
  for (const auto& [operation, input] :
       {std::pair{"SendMediaMessage", mms(number["PhoneNumberId"])},
        std::pair{"SendVoiceMessage", voice(number["PhoneNumberId"])}}) {
    auto body = errorWithReason(operation, input, "ConflictException",
                                "DESTINATION_PHONE_NUMBER_OPTED_OUT");
    EXPECT_EQ(body["ResourceType"], "opted-out-number");
    EXPECT_EQ(body["ResourceId"], kHandset);
  }
  EXPECT_TRUE(outbox().empty());
}

TEST_F(SendMediaVoiceTest, NeedTheCapabilityAKnownSetAndSomethingToSend) {
  const auto smsOnly = leaseNumber();
  errorWithReason("SendMediaMessage", mms(smsOnly["PhoneNumberId"]), "ValidationException",
                  "CHANNEL_NOT_ENABLED");
  errorWithReason("SendVoiceMessage", voice(smsOnly["PhoneNumberId"]), "ValidationException",
                  "VOICE_CAPABILITY_NOT_AVAILABLE");
  const auto mmsNumber = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS"}}});
  EXPECT_EQ(error("SendMediaMessage",
                  mms(mmsNumber["PhoneNumberId"], {{"ConfigurationSetName", "ghost"}}),
                  "ResourceNotFoundException")["ResourceType"],
            "configuration-set");
  auto empty = mms(mmsNumber["PhoneNumberId"]);
  empty.erase("MessageBody");
  empty.erase("MediaUrls");
  errorWithReason("SendMediaMessage", empty, "ValidationException", "MISSING_PARAMETER");
  // A dry run checks and records nothing.
  ok("SendMediaMessage", mms(mmsNumber["PhoneNumberId"], {{"DryRun", true}}));
  EXPECT_TRUE(outbox().empty());
}

// SendMediaMessage-4, -5: MediaUrls holds one s3:// URL (the model, the validator's); its file,
// judged by the key's extension, must be of a type the MMS limits page lists.
TEST_F(SendMediaVoiceTest, MediaUrlsNameOneS3FileOfATypeMmsCarries) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS"}}});
  const auto id = number["PhoneNumberId"];
  for (const auto& urls : {json::array({"s3://receipts/a.png", "s3://receipts/b.png"}),
                           json::array({"https://receipts.example/a.png"}), json::array()}) {
    errorWithReason("SendMediaMessage", mms(id, {{"MediaUrls", urls}}), "ValidationException",
                    "FIELD_VALIDATION_FAILED");
  }
  for (const char* url : {"s3://receipts/setup.exe", "s3://receipts/notes.txt"}) {
    const auto body = errorWithReason("SendMediaMessage", mms(id, {{"MediaUrls", {url}}}),
                                      "ValidationException", "MEDIA_TYPE_NOT_SUPPORTED");
    EXPECT_EQ(body["Fields"][0]["Name"], "MediaUrls");
  }
  for (const char* url : {"s3://receipts/r.JPG", "s3://receipts/menu.pdf", "s3://receipts/card.vcf",
                          "s3://receipts/clip.mp4", "s3://receipts/no-extension"}) {
    ok("SendMediaMessage", mms(id, {{"MediaUrls", {url}}}));
  }
  EXPECT_EQ(outbox().size(), 5u);
}

// SendMediaMessage-7: the text of an MMS "can contain 1600 from any character set" (the model's
// length, in characters, not bytes).
TEST_F(SendMediaVoiceTest, AMediaBodyHoldsSixteenHundredCharacters) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS"}}});
  std::string body;
  for (int i = 0; i < 1600; ++i) body += "\xC3\xA9";  // é, two bytes
  ok("SendMediaMessage", mms(number["PhoneNumberId"], {{"MessageBody", body}}));
  errorWithReason("SendMediaMessage", mms(number["PhoneNumberId"], {{"MessageBody", body + "e"}}),
                  "ValidationException", "FIELD_VALIDATION_FAILED");
  ASSERT_EQ(outbox().size(), 1u);
}

// SendVoiceMessage-3, -4, -5: a script to speak; TEXT holds 3,000 characters, SSML 6,000 inside
// <speak> tags; VoiceId is one of the model's voices.
TEST_F(SendMediaVoiceTest, AVoiceScriptFitsItsTextType) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "VOICE"}}});
  const auto id = number["PhoneNumberId"];
  auto silent = voice(id);
  silent.erase("MessageBody");
  EXPECT_EQ(errorWithReason("SendVoiceMessage", silent, "ValidationException",
                            "MISSING_PARAMETER")["Fields"][0]["Name"],
            "MessageBody");
  const std::string words(3000, 'a');
  ok("SendVoiceMessage", voice(id, {{"MessageBody", words}}));
  EXPECT_EQ(errorWithReason("SendVoiceMessage", voice(id, {{"MessageBody", words + "a"}}),
                            "ValidationException", "MAXIMUM_SIZE_EXCEEDED")["Fields"][0]["Name"],
            "MessageBody");
  const std::string ssml = "<speak>" + std::string(5985, 'a') + "</speak>";  // 6,000
  ok("SendVoiceMessage", voice(id, {{"MessageBody", ssml}, {"MessageBodyTextType", "SSML"}}));
  ok("SendVoiceMessage", voice(id, {{"MessageBody", " <speak>Hi <break time=\"1s\"/></speak>\n"},
                                    {"MessageBodyTextType", "SSML"},
                                    {"VoiceId", "JOANNA"}}));
  errorWithReason("SendVoiceMessage",
                  voice(id, {{"MessageBody", "Hi there"}, {"MessageBodyTextType", "SSML"}}),
                  "ValidationException", "INVALID_PARAMETER");
  for (const auto& extra : {json{{"MessageBody", ssml + "a"}, {"MessageBodyTextType", "SSML"}},
                            json{{"MessageBodyTextType", "HTML"}}, json{{"VoiceId", "NOBODY"}}}) {
    errorWithReason("SendVoiceMessage", voice(id, extra), "ValidationException",
                    "FIELD_VALIDATION_FAILED");
  }
  EXPECT_EQ(outbox().size(), 3u);
}

// SendMediaMessage-15, -16; SendVoiceMessage-12, -13: the destination and international rules of
// SendTextMessage-14 and -10.
TEST_F(SendMediaVoiceTest, DestinationsAreE164AndAbroadNeedsInternationalSending) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}});
  const auto id = number["PhoneNumberId"];
  for (const auto& [operation, input] :
       {std::pair{"SendMediaMessage", mms(id)}, std::pair{"SendVoiceMessage", voice(id)}}) {
    auto bad = input;
    bad["DestinationPhoneNumber"] = "4155550100";
    errorWithReason(operation, bad, "ValidationException", "INVALID_PARAMETER");
    auto abroad = input;
    abroad["DestinationPhoneNumber"] = "+447700900123";
    errorWithReason(operation, abroad, "ValidationException",
                    "INTERNATIONAL_SENDING_NOT_SUPPORTED");
  }
  EXPECT_TRUE(outbox().empty());
  ok("UpdatePhoneNumber", {{"PhoneNumberId", id}, {"InternationalSendingEnabled", true}});
  ok("SendMediaMessage", mms(id, {{"DestinationPhoneNumber", "+447700900123"}}));
  ok("SendVoiceMessage", voice(id, {{"DestinationPhoneNumber", "+447700900123"}}));
  EXPECT_EQ(outbox().size(), 2u);
}

// SendMediaMessage-9, -13, -17; SendVoiceMessage-7, -11, -17: TimeToLive and Context bounds (the
// validator's), and each result is exactly the output shape's MessageId.
TEST_F(SendMediaVoiceTest, BoundsOfTimeToLiveAndContextAndAResultOfMessageIdOnly) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}});
  const auto id = number["PhoneNumberId"];
  json six = json::object();
  for (const auto* key : {"a", "b", "c", "d", "e", "f"}) six[key] = "v";
  for (const auto& [operation, input] :
       {std::pair{"SendMediaMessage", mms(id)}, std::pair{"SendVoiceMessage", voice(id)}}) {
    auto within = input;
    within.update({{"TimeToLive", 259200}, {"Context", {{"k", "v"}}}});
    const auto sent = ok(operation, within);
    EXPECT_EQ(sent.size(), 1u) << operation;
    EXPECT_EQ(sent["MessageId"].get<std::string>().size(), 36u);
    for (const auto& extra :
         {json{{"TimeToLive", 4}}, json{{"TimeToLive", 259201}}, json{{"Context", six}}}) {
      auto beyond = input;
      beyond.update(extra);
      errorWithReason(operation, beyond, "ValidationException", "FIELD_VALIDATION_FAILED");
    }
  }
  EXPECT_EQ(outbox().size(), 2u);
}

// SendMediaMessage-1, -10, -11; SendVoiceMessage-1, -9, -10: the identity and the configuration
// set must exist; a dry run is checked and records nothing.
TEST_F(SendMediaVoiceTest, IdentitiesAndSetsMustExistAndDryRunsRecordNothing) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}});
  const auto id = number["PhoneNumberId"];
  for (const auto& [operation, input] :
       {std::pair{"SendMediaMessage", mms(id)}, std::pair{"SendVoiceMessage", voice(id)}}) {
    for (const std::string unknown : {"+14155559999", "phone-00000000000000000000000000000000",
                                      "pool-00000000000000000000000000000000"}) {
      auto named = input;
      named["OriginationIdentity"] = unknown;
      error(operation, named, "ResourceNotFoundException");
    }
    auto ghost = input;
    ghost["ConfigurationSetName"] = "ghost";
    EXPECT_EQ(error(operation, ghost, "ResourceNotFoundException")["ResourceType"],
              "configuration-set");
    auto dry = input;
    dry["DryRun"] = true;
    EXPECT_TRUE(ok(operation, dry).contains("MessageId"));
  }
  EXPECT_TRUE(outbox().empty());
}

// SendMediaMessage-18, SendVoiceMessage-16: the sandbox's verified destinations and each
// channel's own monthly spend limit (send_checks.cpp).
TEST_F(SendMediaVoiceTest, TheSandboxAndEachChannelsSpendLimitApply) {
  const auto number = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}});
  const auto id = number["PhoneNumberId"];
  const auto setTier = [&](AccountTier tier) {
    store_.withAccount({"123456789012", "us-east-1"},
                       [&](state::AccountState& account) { account.tier = tier; });
  };
  setTier(AccountTier::Sandbox);
  errorWithReason("SendMediaMessage", mms(id), "ConflictException",
                  "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
  errorWithReason("SendVoiceMessage", voice(id), "ConflictException",
                  "DESTINATION_PHONE_NUMBER_NOT_VERIFIED");
  setTier(AccountTier::Production);
  ok("SetMediaMessageSpendLimitOverride", {{"MonthlyLimit", 1}});
  ok("SetVoiceMessageSpendLimitOverride", {{"MonthlyLimit", 1}});
  for (const auto& [operation, reason] :
       {std::pair{"SendMediaMessage", "MONTHLY_SPEND_LIMIT_REACHED_FOR_MEDIA"},
        std::pair{"SendVoiceMessage", "MONTHLY_SPEND_LIMIT_REACHED_FOR_VOICE"}}) {
    const auto input = std::string(operation) == "SendMediaMessage" ? mms(id) : voice(id);
    int sent = 0;
    while (call(operation, input.dump()).status == 200) ASSERT_LT(++sent, 1000) << operation;
    EXPECT_GT(sent, 0) << operation;
    errorWithReason(operation, input, "ServiceQuotaExceededException", reason);
  }
}

}  // namespace
}  // namespace smsim::testing
