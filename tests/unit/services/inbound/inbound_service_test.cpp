// Inbound messages against numbers set up through the API: managed and self-managed opt-outs,
// pools, HELP, OPT_IN, unknown words, mixed case.
#include "services/inbound/inbound_service.hpp"

#include "services/sms_voice_v2/identity_fixture.hpp"

namespace smsim::testing {
namespace {

class InboundServiceTest : public IdentityTest {
 protected:
  void SetUp() override { number_ = leaseNumber(); }

  inbound::InboundOutcome receive(const std::string& body, const std::string& handset = kHandset) {
    return inbound::receiveInbound(store_, clock_,
                                   {handset, number_["PhoneNumber"], body, std::nullopt});
  }
  json optedOut() {
    return ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"];
  }
  std::vector<state::OutboxMessage> replies() { return store_.outbox().list({}); }
  void enableTwoWay(const json& identity, const char* idKey, const char* operation) {
    ok(operation, {{idKey, identity[idKey]},
                   {"TwoWayEnabled", true},
                   {"TwoWayChannelArn", "arn:aws:sns:us-east-1:123456789012:inbound"}});
  }

  static constexpr const char* kHandset = "+14155550100";
  json number_;
};

TEST_F(InboundServiceTest, ManagedStopOptsTheSenderOutAndReplies) {
  const auto outcome = receive("Stop please");
  ASSERT_TRUE(outcome.keyword);
  EXPECT_EQ(outcome.keyword->action, "OPT_OUT");
  EXPECT_TRUE(outcome.listChanged);
  ASSERT_EQ(optedOut().size(), 1u);
  EXPECT_EQ(optedOut()[0]["OptedOutNumber"], kHandset);
  EXPECT_EQ(optedOut()[0]["EndUserOptedOut"], true);
  ASSERT_EQ(replies().size(), 1u);
  EXPECT_EQ(replies()[0].destinationNumber, kHandset);
  EXPECT_EQ(replies()[0].originationNumber, number_["PhoneNumber"]);
  EXPECT_EQ(replies()[0].origin, "AutomaticResponse");
  EXPECT_EQ(replies()[0].messageId, *outcome.replyMessageId);
  // The application can no longer text the handset.
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", kHandset},
                   {"OriginationIdentity", number_["PhoneNumberId"]},
                   {"MessageBody", "hi"}},
                  "ConflictException", "DESTINATION_PHONE_NUMBER_OPTED_OUT");
  // A second STOP changes nothing more.
  EXPECT_FALSE(receive("STOP").listChanged);
}

TEST_F(InboundServiceTest, DefaultOptOutWordsInAnyCaseOptOut) {
  receive("UnSubScribe", "+14155550101");
  receive("cancel", "+14155550102");
  EXPECT_EQ(optedOut().size(), 2u);
}

TEST_F(InboundServiceTest, OptInKeywordRemovesTheSenderOnceConfigured) {
  receive("STOP");
  const auto unconfigured = receive("JOIN");
  EXPECT_FALSE(unconfigured.keyword);
  EXPECT_EQ(optedOut().size(), 1u);
  ok("PutKeyword", {{"OriginationIdentity", number_["PhoneNumberId"]},
                    {"Keyword", "JOIN"},
                    {"KeywordMessage", "You are subscribed again."},
                    {"KeywordAction", "OPT_IN"}});
  const auto join = receive("join");
  EXPECT_TRUE(join.listChanged);
  EXPECT_TRUE(optedOut().empty());
  EXPECT_EQ(replies().back().messageBody, "You are subscribed again.");
  // An end-user opt-in does not start the API's 30-day clock.
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", kHandset}});
  ok("DeleteOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", kHandset}});
}

TEST_F(InboundServiceTest, HelpAndAutomaticResponsesOnlyReply) {
  ok("PutKeyword", {{"OriginationIdentity", number_["PhoneNumberId"]},
                    {"Keyword", "HOURS"},
                    {"KeywordMessage", "Open 9-5"}});
  EXPECT_EQ(receive("help").keyword->action, "AUTOMATIC_RESPONSE");
  EXPECT_EQ(receive("Hours?").keyword, std::nullopt);  // "HOURS?" is not the word HOURS
  EXPECT_EQ(receive("hours today").keyword->keyword, "HOURS");
  EXPECT_TRUE(optedOut().empty());
  ASSERT_EQ(replies().size(), 2u);
  EXPECT_EQ(replies()[1].messageBody, "Open 9-5");
}

TEST_F(InboundServiceTest, UnknownWordsChangeNothingAndSendNothing) {
  const auto outcome = receive("What time is it?");
  EXPECT_FALSE(outcome.keyword);
  EXPECT_FALSE(outcome.replyMessageId);
  EXPECT_TRUE(optedOut().empty());
  EXPECT_TRUE(replies().empty());
  EXPECT_FALSE(outcome.publication);  // two-way is off
}

TEST_F(InboundServiceTest, SelfManagedOptOutsLeaveItToTheApplication) {
  enableTwoWay(number_, "PhoneNumberId", "UpdatePhoneNumber");
  ok("UpdatePhoneNumber",
     {{"PhoneNumberId", number_["PhoneNumberId"]}, {"SelfManagedOptOutsEnabled", true}});
  const auto outcome = receive("STOP");
  EXPECT_TRUE(outcome.selfManagedOptOuts);
  EXPECT_FALSE(outcome.listChanged);
  EXPECT_TRUE(optedOut().empty());
  EXPECT_TRUE(replies().empty());
  ASSERT_TRUE(outcome.publication);
  const auto payload = json::parse(outcome.publication->payload);
  EXPECT_EQ(payload["originationNumber"], kHandset);
  EXPECT_EQ(payload["destinationNumber"], number_["PhoneNumber"]);
  EXPECT_EQ(payload["messageKeyword"], "KEYWORD_123456789012");
  EXPECT_EQ(payload["messageBody"], "STOP");
  EXPECT_EQ(payload["inboundMessageId"], outcome.inboundMessageId);
  EXPECT_FALSE(payload.contains("previousPublishedMessageId"));
  const auto second = json::parse(receive("JOIN").publication->payload);
  EXPECT_EQ(second["previousPublishedMessageId"], outcome.inboundMessageId);
}

TEST_F(InboundServiceTest, APoolsSettingsApplyThroughItsMembers) {
  const auto pool = createPool(number_);
  ok("CreateOptOutList", {{"OptOutListName", "pool-list"}});
  ok("UpdatePool", {{"PoolId", pool["PoolId"]}, {"OptOutListName", "pool-list"}});
  enableTwoWay(pool, "PoolId", "UpdatePool");
  const auto outcome = receive("stop");
  EXPECT_EQ(outcome.poolId, pool["PoolId"]);
  EXPECT_EQ(outcome.optOutListName, "pool-list");
  EXPECT_TRUE(optedOut().empty());
  EXPECT_EQ(
      ok("DescribeOptedOutNumbers", {{"OptOutListName", "pool-list"}})["OptedOutNumbers"].size(),
      1u);
  EXPECT_EQ(outcome.publication->channelArn, "arn:aws:sns:us-east-1:123456789012:inbound");
}

TEST_F(InboundServiceTest, UnknownDestinationIsRefused) {
  EXPECT_THROW(
      inbound::receiveInbound(store_, clock_, {kHandset, "+14155559999", "STOP", std::nullopt}),
      inbound::UnknownDestination);
  EXPECT_THROW(inbound::receiveInbound(store_, clock_,
                                       {kHandset, number_["PhoneNumber"], "STOP",
                                        state::AccountScope{"111122223333", "us-east-1"}}),
               inbound::UnknownDestination);
  EXPECT_TRUE(optedOut().empty());
}

}  // namespace
}  // namespace smsim::testing
