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

}  // namespace
}  // namespace smsim::testing
