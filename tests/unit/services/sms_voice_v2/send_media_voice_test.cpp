// SendMediaMessage and SendVoiceMessage: the same identity, opt-out and configuration set checks
// as SendTextMessage, the capability each needs, and the outbox recording their kind.
#include "services/sms_voice_v2/identity_fixture.hpp"
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

}  // namespace
}  // namespace smsim::testing
