// SendTextMessage and the outbox.
#include "services/sms_voice_v2/identity_fixture.hpp"

namespace smsim::testing {
namespace {

class SendTextMessageTest : public IdentityTest {
 protected:
  json send(const json& identity, const std::string& destination, json extra = json::object()) {
    json input = {{"DestinationPhoneNumber", destination}, {"MessageBody", "Your code is 1234"}};
    if (!identity.is_null()) input["OriginationIdentity"] = identity;
    input.update(extra);
    return ok("SendTextMessage", input);
  }
  json optedOutError(const json& identity, const std::string& destination) {
    auto body = errorWithReason("SendTextMessage",
                                {{"DestinationPhoneNumber", destination},
                                 {"OriginationIdentity", identity},
                                 {"MessageBody", "hello"}},
                                "ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT");
    EXPECT_EQ(body["ResourceType"], "opted-out-number");
    EXPECT_EQ(body["ResourceId"], destination);
    return body;
  }
  std::vector<state::OutboxMessage> outbox() { return store_.outbox().list({}); }
};

TEST_F(SendTextMessageTest, SendsFromEveryFormOfIdentityAndRecordsTheMessage) {
  ok("CreateConfigurationSet", {{"ConfigurationSetName", "main"}});
  const auto number = leaseNumber();
  for (const auto& identity :
       {number["PhoneNumber"], number["PhoneNumberId"], number["PhoneNumberArn"]}) {
    const auto sent =
        send(identity, "+14155550100",
             {{"Context", {{"campaign", "spring"}}}, {"ConfigurationSetName", "main"}});
    EXPECT_EQ(sent["MessageId"].get<std::string>().size(), 36u);
  }
  const auto messages = outbox();
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_NE(messages[0].messageId, messages[1].messageId);
  EXPECT_EQ(messages[0].originationNumber, number["PhoneNumber"]);
  EXPECT_EQ(messages[1].originationIdentity, number["PhoneNumberId"]);
  EXPECT_EQ(messages[0].destinationNumber, "+14155550100");
  EXPECT_EQ(messages[0].messageBody, "Your code is 1234");
  EXPECT_EQ(messages[0].messageType, "TRANSACTIONAL");
  EXPECT_EQ(messages[0].configurationSetName, "main");
  EXPECT_EQ(messages[0].context.at("campaign"), "spring");
  EXPECT_EQ(messages[0].status, "DELIVERED");
  EXPECT_EQ(messages[0].accountId, "123456789012");
}

TEST_F(SendTextMessageTest, RefusesOptedOutDestinationsOfTheIdentitysList) {
  ok("CreateOptOutList", {{"OptOutListName", "marketing"}});
  const auto number = leaseNumber("LONG_CODE", {{"OptOutListName", "marketing"}});
  ok("PutOptedOutNumber", {{"OptOutListName", "marketing"}, {"OptedOutNumber", "+14155550100"}});
  optedOutError(number["PhoneNumberId"], "+14155550100");
  // A number on another list does not block this identity.
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550101"}});
  send(number["PhoneNumberId"], "+14155550101");
  // Self-managed opt-outs still honour the list: the application fills it.
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", number["PhoneNumberId"]}, {"SelfManagedOptOutsEnabled", true}});
  optedOutError(number["PhoneNumberId"], "+14155550100");
  ok("DeleteOptedOutNumber", {{"OptOutListName", "marketing"}, {"OptedOutNumber", "+14155550100"}});
  send(number["PhoneNumberId"], "+14155550100");
  EXPECT_EQ(outbox().size(), 2u);
}

TEST_F(SendTextMessageTest, APoolAppliesItsListThroughItsMembers) {
  const auto number = leaseNumber();
  const auto pool = createPool(number);
  ok("CreateOptOutList", {{"OptOutListName", "pool-list"}});
  ok("UpdatePool", {{"PoolId", pool["PoolId"]}, {"OptOutListName", "pool-list"}});
  ok("PutOptedOutNumber", {{"OptOutListName", "pool-list"}, {"OptedOutNumber", "+14155550100"}});
  optedOutError(pool["PoolId"], "+14155550100");
  optedOutError(pool["PoolArn"], "+14155550100");
  optedOutError(number["PhoneNumber"], "+14155550100");  // the member follows its pool
  send(pool["PoolId"], "+14155550199");
  ASSERT_EQ(outbox().size(), 1u);
  EXPECT_EQ(outbox()[0].originationNumber, number["PhoneNumber"]);
  EXPECT_EQ(outbox()[0].originationIdentity, pool["PoolId"]);
}

TEST_F(SendTextMessageTest, PicksAnIdentityWhenNoneIsGiven) {
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+14155550100"}, {"MessageBody", "x"}},
                  "ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND");
  const auto number = leaseNumber();
  send(nullptr, "+14155550100");
  EXPECT_EQ(outbox()[0].originationNumber, number["PhoneNumber"]);
  // No number of the account reaches the UK.
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+447700900123"}, {"MessageBody", "x"}},
                  "ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND");
}

TEST_F(SendTextMessageTest, SimulatorNumbersReachOnlySimulatorDestinations) {
  const auto simulator = leaseNumber("SIMULATOR");
  send(simulator["PhoneNumberId"], "+14254147755");
  send(simulator["PhoneNumberId"], "+14254147167");
  error("SendTextMessage",
        {{"DestinationPhoneNumber", "+14155550100"},
         {"OriginationIdentity", simulator["PhoneNumberId"]},
         {"MessageBody", "x"}},
        "ValidationException");
  const auto messages = outbox();
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(messages[0].status, "DELIVERED");
  EXPECT_EQ(messages[1].status, "FAILED");
}

TEST_F(SendTextMessageTest, DryRunValidatesWithoutSending) {
  const auto number = leaseNumber();
  const auto sent = send(number["PhoneNumberId"], "+14155550100", {{"DryRun", true}});
  EXPECT_TRUE(sent.contains("MessageId"));
  EXPECT_TRUE(outbox().empty());
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}});
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+14155550100"},
                   {"OriginationIdentity", number["PhoneNumberId"]},
                   {"MessageBody", "x"},
                   {"DryRun", true}},
                  "ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT");
}

TEST_F(SendTextMessageTest, UnknownIdentitiesAreResourceNotFound) {
  for (const std::string identity : {"+14155559999", "phone-00000000000000000000000000000000",
                                     "pool-00000000000000000000000000000000", "MySender"}) {
    error("SendTextMessage",
          {{"DestinationPhoneNumber", "+14155550100"},
           {"OriginationIdentity", identity},
           {"MessageBody", "x"}},
          "ResourceNotFoundException");
  }
}

// SendTextMessage-3: NumberCapabilities "Describes if the origination identity can be used for
// text messages, voice calls or both".
TEST_F(SendTextMessageTest, TextNeedsAnIdentityWithTheSmsCapability) {
  const auto voiceOnly = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"VOICE"}}});
  const auto body = errorWithReason("SendTextMessage",
                                    {{"DestinationPhoneNumber", "+14155550100"},
                                     {"OriginationIdentity", voiceOnly["PhoneNumberId"]},
                                     {"MessageBody", "x"}},
                                    "ValidationException", "CHANNEL_NOT_ENABLED");
  EXPECT_EQ(body["Fields"][0]["Name"], "OriginationIdentity");
  EXPECT_TRUE(outbox().empty());
}

// SendTextMessage-6: configuration sets exist now; a send names one by name or ARN.
TEST_F(SendTextMessageTest, AConfigurationSetMustExist) {
  const auto number = leaseNumber();
  const auto set = ok("CreateConfigurationSet", {{"ConfigurationSetName", "main"}});
  const auto missing = error("SendTextMessage",
                             {{"DestinationPhoneNumber", "+14155550100"},
                              {"OriginationIdentity", number["PhoneNumberId"]},
                              {"MessageBody", "x"},
                              {"ConfigurationSetName", "ghost"}},
                             "ResourceNotFoundException");
  EXPECT_EQ(missing["ResourceType"], "configuration-set");
  EXPECT_EQ(missing["ResourceId"], "ghost");
  send(number["PhoneNumberId"], "+14155550100",
       {{"ConfigurationSetName", set["ConfigurationSetArn"]}});
  ASSERT_EQ(outbox().size(), 1u);
  EXPECT_EQ(outbox()[0].configurationSetName, "main");
}

// SendTextMessage-10: InternationalSendingEnabled, off by default, keeps a number to its own
// calling code (+1 is the US and Canada both).
TEST_F(SendTextMessageTest, SendingAbroadNeedsInternationalSendingEnabled) {
  const auto number = leaseNumber();
  const json abroad = {{"DestinationPhoneNumber", "+447700900123"},
                       {"OriginationIdentity", number["PhoneNumberId"]},
                       {"MessageBody", "x"}};
  const auto refused = errorWithReason("SendTextMessage", abroad, "ValidationException",
                                       "INTERNATIONAL_SENDING_NOT_SUPPORTED");
  EXPECT_EQ(refused["Fields"][0]["Name"], "OriginationIdentity");
  send(number["PhoneNumberId"], "+16045550100");  // Canada shares +1
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", number["PhoneNumberId"]}, {"InternationalSendingEnabled", true}});
  ok("SendTextMessage", abroad);
  // With no identity named, a number that may send abroad is picked, and a pool sends from it.
  send(nullptr, "+447700900124");
  const auto pool = createPool(number);
  send(pool["PoolId"], "+447700900125");
  const auto messages = outbox();
  ASSERT_EQ(messages.size(), 4u);
  EXPECT_EQ(messages[2].originationNumber, number["PhoneNumber"]);
  EXPECT_EQ(messages[3].originationIdentity, pool["PoolId"]);
}

// SendTextMessage-14: "The destination phone number in E.164 format"; the model's pattern makes
// the + optional, so the service checks it.
TEST_F(SendTextMessageTest, TheDestinationMustBeAnE164Number) {
  const auto number = leaseNumber();
  for (const std::string destination : {"14155550100", "+10000000", "+4412"}) {
    const auto body = errorWithReason("SendTextMessage",
                                      {{"DestinationPhoneNumber", destination},
                                       {"OriginationIdentity", number["PhoneNumberId"]},
                                       {"MessageBody", "x"}},
                                      "ValidationException", "INVALID_PARAMETER");
    EXPECT_EQ(body["Fields"][0]["Name"], "DestinationPhoneNumber") << destination;
  }
  EXPECT_TRUE(outbox().empty());
}

// SendTextMessage-15: the model leaves MessageBody optional; smsim refuses a text without one.
TEST_F(SendTextMessageTest, ATextNeedsAMessageBody) {
  const auto number = leaseNumber();
  const auto body = errorWithReason("SendTextMessage",
                                    {{"DestinationPhoneNumber", "+14155550100"},
                                     {"OriginationIdentity", number["PhoneNumberId"]}},
                                    "ValidationException", "MISSING_PARAMETER");
  EXPECT_EQ(body["Fields"][0]["Name"], "MessageBody");
  // A body of white space fails the model's pattern (the validator).
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+14155550100"},
                   {"OriginationIdentity", number["PhoneNumberId"]},
                   {"MessageBody", "  \n"}},
                  "ValidationException", "FIELD_VALIDATION_FAILED");
  EXPECT_TRUE(outbox().empty());
}

// SendTextMessage-12, -13, -25: members for US short codes, India's sender IDs and message
// feedback are accepted and change nothing smsim emulates.
TEST_F(SendTextMessageTest, KeywordCountryParametersAndFeedbackAreAcceptedAndIgnored) {
  const auto number = leaseNumber();
  send(number["PhoneNumberId"], "+14155550100",
       {{"Keyword", "MYPROGRAM"},
        {"DestinationCountryParameters", {{"IN_ENTITY_ID", "E1"}, {"IN_TEMPLATE_ID", "T1"}}},
        {"MessageFeedbackEnabled", true}});
  ASSERT_EQ(outbox().size(), 1u);
  EXPECT_EQ(outbox()[0].status, "DELIVERED");
  error("SendTextMessage",
        {{"DestinationPhoneNumber", "+14155550100"},
         {"MessageBody", "x"},
         {"DestinationCountryParameters", {{"IN_OTHER", "E1"}}}},
        "ValidationException");
}

// SendTextMessage-23, -24: TimeToLive is 5 to 259,200 seconds; Context holds at most 5 entries
// (the model's bounds, the validator's); the result is exactly the output shape's MessageId.
TEST_F(SendTextMessageTest, TimeToLiveAndContextKeepTheirBoundsAndTheResultIsMessageIdOnly) {
  const auto number = leaseNumber();
  const auto sent = send(number["PhoneNumberId"], "+14155550100",
                         {{"TimeToLive", 5}, {"Context", {{"a", "1"}, {"b", "2"}}}});
  EXPECT_EQ(sent.size(), 1u);
  EXPECT_TRUE(sent.contains("MessageId"));
  send(number["PhoneNumberId"], "+14155550100", {{"TimeToLive", 259200}});
  json tooMany = json::object();
  for (const auto* key : {"a", "b", "c", "d", "e", "f"}) tooMany[key] = "v";
  for (const auto& extra : {json{{"TimeToLive", 4}}, json{{"TimeToLive", 259201}},
                            json{{"Context", tooMany}}, json{{"Context", {{"a", " padded "}}}}}) {
    json input = {{"DestinationPhoneNumber", "+14155550100"},
                  {"OriginationIdentity", number["PhoneNumberId"]},
                  {"MessageBody", "x"}};
    input.update(extra);
    errorWithReason("SendTextMessage", input, "ValidationException", "FIELD_VALIDATION_FAILED");
  }
  EXPECT_EQ(outbox().size(), 2u);
}

}  // namespace
}  // namespace smsim::testing
