// Monthly spend limits: DescribeSpendLimits, the overrides, MaxPrice and the month's spend.
#include "services/sms_voice_v2/identity_fixture.hpp"
#include "services/sms_voice_v2/send_checks.hpp"

namespace smsim::testing {
namespace {

constexpr const char* kNewZealand = "+64211234567";  // 0.118 USD a part (message_prices.cpp)

class SpendLimitsTest : public IdentityTest {
 protected:
  json text(const std::string& destination, json extra = json::object()) {
    json input = {{"DestinationPhoneNumber", destination},
                  {"OriginationIdentity", sender()},
                  {"MessageBody", "hi"}};
    input.update(extra);
    return input;
  }
  std::string sender() {
    if (sender_.empty())
      sender_ = leaseNumber("LONG_CODE", {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}},
                                          {"InternationalSendingEnabled", true}})["PhoneNumberId"];
    return sender_;
  }
  json limit(const std::string& name) {
    const auto limits = ok("DescribeSpendLimits", json::object());
    for (const auto& item : limits["SpendLimits"]) {
      if (item["Name"] == name) return item;
    }
    return nullptr;
  }
  std::string sender_;
};

TEST_F(SpendLimitsTest, DescribeReportsTheThreeLimitsWithExactlyTheShapesMembers) {
  const auto limits = ok("DescribeSpendLimits", json::object());
  ASSERT_EQ(limits["SpendLimits"].size(), 3u);
  EXPECT_EQ(limits.size(), 1u);
  EXPECT_EQ(limits["SpendLimits"][0],
            json::parse(R"({"Name": "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT", "EnforcedLimit": 10000,
                            "MaxLimit": 10000, "Overridden": false})"));
  store_.withAccount({"123456789012", "us-east-1"},
                     [](state::AccountState& account) { account.tier = AccountTier::Sandbox; });
  EXPECT_EQ(limit("VOICE_MESSAGE_MONTHLY_SPEND_LIMIT")["MaxLimit"], 1);
}

TEST_F(SpendLimitsTest, OverridesAreSetUpToMaxLimitAndDeletedBackToIt) {
  for (const std::string channel : {"Text", "Media", "Voice"}) {
    const auto set = ok("Set" + channel + "MessageSpendLimitOverride", {{"MonthlyLimit", 25}});
    EXPECT_EQ(set, json::parse(R"({"MonthlyLimit": 25})"));
    errorWithReason("Set" + channel + "MessageSpendLimitOverride", {{"MonthlyLimit", 10001}},
                    "ValidationException", "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT");
    // "any value between $1 and the account limit" (spend-limit.html); the model allows 0.
    errorWithReason("Set" + channel + "MessageSpendLimitOverride", {{"MonthlyLimit", 0}},
                    "ValidationException", "INVALID_PARAMETER");
  }
  EXPECT_EQ(limit("MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT")["EnforcedLimit"], 25);
  EXPECT_EQ(limit("MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT")["Overridden"], true);
  const auto deleted = ok("DeleteMediaMessageSpendLimitOverride", json::object());
  EXPECT_EQ(deleted["MonthlyLimit"], 10000);
  EXPECT_EQ(limit("MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT")["Overridden"], false);
  EXPECT_EQ(limit("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT")["EnforcedLimit"], 25);
}

// Set/Delete{Media,Voice}MessageSpendLimitOverride change their own channel's limit only, answer
// only MonthlyLimit, and are bounded by that channel's MaxLimit (1 USD in the sandbox).
TEST_F(SpendLimitsTest, MediaAndVoiceOverridesAreTheirOwnChannels) {
  EXPECT_EQ(ok("SetMediaMessageSpendLimitOverride", {{"MonthlyLimit", 30}}),
            json::parse(R"({"MonthlyLimit": 30})"));
  EXPECT_EQ(ok("SetVoiceMessageSpendLimitOverride", {{"MonthlyLimit", 40}}),
            json::parse(R"({"MonthlyLimit": 40})"));
  EXPECT_EQ(limit("MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT")["EnforcedLimit"], 30);
  EXPECT_EQ(limit("VOICE_MESSAGE_MONTHLY_SPEND_LIMIT")["EnforcedLimit"], 40);
  EXPECT_EQ(limit("TEXT_MESSAGE_MONTHLY_SPEND_LIMIT")["Overridden"], false);

  EXPECT_EQ(ok("DeleteVoiceMessageSpendLimitOverride", json::object()),
            json::parse(R"({"MonthlyLimit": 10000})"));
  EXPECT_EQ(limit("VOICE_MESSAGE_MONTHLY_SPEND_LIMIT")["Overridden"], false);
  EXPECT_EQ(limit("VOICE_MESSAGE_MONTHLY_SPEND_LIMIT")["EnforcedLimit"], 10000);
  EXPECT_EQ(limit("MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT")["EnforcedLimit"], 30);
  // Deleting when nothing is overridden answers MaxLimit too (no error is documented).
  EXPECT_EQ(ok("DeleteVoiceMessageSpendLimitOverride", json::object())["MonthlyLimit"], 10000);

  store_.withAccount({"123456789012", "us-east-1"},
                     [](state::AccountState& account) { account.tier = AccountTier::Sandbox; });
  for (const std::string channel : {"Media", "Voice"}) {
    errorWithReason("Set" + channel + "MessageSpendLimitOverride", {{"MonthlyLimit", 2}},
                    "ValidationException", "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT");
    EXPECT_EQ(ok("Set" + channel + "MessageSpendLimitOverride", {{"MonthlyLimit", 1}}),
              json::parse(R"({"MonthlyLimit": 1})"));
    EXPECT_EQ(ok("Delete" + channel + "MessageSpendLimitOverride", json::object()),
              json::parse(R"({"MonthlyLimit": 1})"));
  }
}

TEST_F(SpendLimitsTest, ASendThatWouldPassTheLimitFailsUntilTheMonthTurns) {
  ok("SetTextMessageSpendLimitOverride", {{"MonthlyLimit", 1}});
  for (int i = 0; i < 8; ++i) ok("SendTextMessage", text(kNewZealand));  // 0.944 USD
  // A DryRun is checked as a send is.
  errorWithReason("SendTextMessage", text(kNewZealand, {{"DryRun", true}}),
                  "ServiceQuotaExceededException", "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT");
  errorWithReason("SendTextMessage", text(kNewZealand), "ServiceQuotaExceededException",
                  "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT");
  ok("SendTextMessage", text("+14155550100"));  // a US text (0.00883 USD) still fits
  // Voice and media have limits of their own.
  ok("SendVoiceMessage", text(kNewZealand));
  clock_.advance(std::chrono::hours(24 * 32));
  ok("SendTextMessage", text(kNewZealand));
  EXPECT_EQ(store_.outbox().list({}).size(), 11u);
}

TEST_F(SpendLimitsTest, DryRunsAreNotCharged) {
  ok("SetTextMessageSpendLimitOverride", {{"MonthlyLimit", 1}});
  for (int i = 0; i < 20; ++i) ok("SendTextMessage", text(kNewZealand, {{"DryRun", true}}));
  for (int i = 0; i < 8; ++i) ok("SendTextMessage", text(kNewZealand));
}

TEST_F(SpendLimitsTest, AMessageDearerThanItsMaxPriceIsNotSent) {
  errorWithReason("SendTextMessage", text(kNewZealand, {{"MaxPrice", "0.1"}}),
                  "ValidationException", "PRICE_OVER_THRESHOLD");
  ok("SendTextMessage", text(kNewZealand, {{"MaxPrice", "0.12"}}));
  // Two parts cost twice as much.
  errorWithReason("SendTextMessage",
                  text(kNewZealand, {{"MaxPrice", "0.12"}, {"MessageBody", std::string(161, 'a')}}),
                  "ValidationException", "PRICE_OVER_THRESHOLD");
  auto body =
      errorWithReason("SendVoiceMessage", text(kNewZealand, {{"MaxPricePerMinute", "0.05"}}),
                      "ValidationException", "PRICE_OVER_THRESHOLD");
  EXPECT_EQ(body["Fields"][0]["Name"], "MaxPricePerMinute");
  ok("SendVoiceMessage", text(kNewZealand, {{"MaxPricePerMinute", "0.06"}}));
  errorWithReason(
      "SendMediaMessage",
      text("+14155550100", {{"MaxPrice", "0.01"}, {"MediaUrls", {"s3://bucket/k.png"}}}),
      "ValidationException", "PRICE_OVER_THRESHOLD");
  EXPECT_EQ(store_.outbox().list({}).size(), 2u);
}

TEST_F(SpendLimitsTest, PricesFollowTheTableAndTheChannel) {
  // What a send's price depends on: the operation, the destination and the body.
  const auto priceOfSend = [](const char* operation, const std::string& destination,
                              const std::string& body) {
    sms_voice_v2::SendFacts send;
    send.operation = operation;
    send.destination = destination;
    send.body = body;
    return sms_voice_v2::priceOfSend(send);
  };
  EXPECT_NEAR(priceOfSend("SendTextMessage", kNewZealand, "hi").total, 0.118, 1e-9);
  EXPECT_NEAR(priceOfSend("SendTextMessage", "+14155550100", std::string(161, 'a')).total,
              2 * (0.00581 + 0.00302), 1e-9);
  const auto voice = priceOfSend("SendVoiceMessage", kNewZealand, "hi");
  EXPECT_NEAR(voice.unit, 0.06, 1e-9);
}

}  // namespace
}  // namespace smsim::testing
