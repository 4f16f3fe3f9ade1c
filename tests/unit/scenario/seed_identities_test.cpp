// Seeds of phone numbers, pools, Convoso and subscriptions: checked at load time, applied whole,
// and back after a reset.
#include <gtest/gtest.h>

#include "scenario/scenario_engine.hpp"
#include "server/simulator.hpp"

namespace smsim::scenario {
namespace {

ScenarioError refused(const std::string& text) {
  try {
    parseScenario(text, "seed.yaml");
  } catch (const ScenarioError& error) {
    return error;
  }
  ADD_FAILURE() << "loaded:\n" << text;
  return ScenarioError("none", {}, "", "");
}

TEST(IdentitySeed, RefusesWhatTheApiWouldRefuse) {
  struct Case {
    const char* text;
    const char* key;
    const char* words;
  };
  const Case cases[] = {
      {"name: x\nseed: {aws: {phoneNumbers: [{number: \"+14155550100\", numberType: FAX}]}}\n",
       "seed.aws.phoneNumbers[0]", "numberType"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: \"+447700900100\"}]}}\n",
       "seed.aws.phoneNumbers[0]", "isoCountryCode"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: \"+447700900100\", isoCountryCode: US}]}}\n",
       "seed.aws.phoneNumbers[0].isoCountryCode", "not a US number"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: \"+14155550100\", optOutListName: Nope}]}}\n",
       "seed.aws.phoneNumbers[0]", "'Nope'"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: \"+14155550100\", keywords: [{keyword: JOIN, "
       "message: hi, action: SUBSCRIBE}]}]}}\n",
       "seed.aws.phoneNumbers[0].keywords[0]", "keywordAction"},
      {"name: x\nseed: {aws: {pools: [{phoneNumbers: [\"+14155550100\"]}]}}\n", "seed.aws.pools[0]",
       "not among"},
      {"name: x\nseed: {aws: {phoneNumbers: [{number: \"+14155550100\"}, {number: "
       "\"+14155550100\"}]}}\n",
       "seed.aws.phoneNumbers[1]", "seeded twice"},
      {"name: x\nseed: {convoso: {config: {campaigns: [{id: x, name: A}]}}}\n",
       "seed.convoso.config", "campaigns[].id"},
      {"name: x\nseed: {convoso: {config: {campaigns: [{id: 7, name: A}]}, smsOptOuts: "
       "[{phone_number: \"5551234567\", campaign_id: 8}]}}\n",
       "seed.convoso.smsOptOuts[0].campaign_id", "campaign 8"},
      {"name: x\nseed: {convoso: {dnc: [{from: \"9999999998\", count: 5}]}}\n",
       "seed.convoso.dnc[0].from", "runs past"},
      {"name: x\nseed: {subscriptions: [{channelArn: a, endpoint: \"ftp://x\"}]}\n",
       "seed.subscriptions[0].endpoint", "http://"},
      // Issue 10, finding 4: this port crashed the delivery thread when POSTed.
      {"name: x\nseed: {subscriptions: [{channelArn: a, endpoint: "
       "\"http://127.0.0.1:99999999999/x\"}]}\n",
       "seed.subscriptions[0].endpoint", "port"},
      {"name: x\nseed: {subscriptions: [{channelArn: a, endpoint: \"http://x:1\", format: raw, "
       "bufferingHints: {intervalInSeconds: 0, sizeInMBs: 1}}]}\n",
       "seed.subscriptions[0].bufferingHints", "firehose only"},
      {"name: x\nseed: {subscriptions: [{channelArn: a, endpoint: \"http://x:1\", format: "
       "firehose, bufferingHints: {intervalInSeconds: 901, sizeInMBs: 1}}]}\n",
       "seed.subscriptions[0].bufferingHints.intervalInSeconds", "900"},
      {"name: x\nseed: {subscriptions: [{channelArn: a, endpoint: \"http://x:1\", format: "
       "firehose, bufferingHints: {intervalInSeconds: 60}}]}\n",
       "seed.subscriptions[0].bufferingHints", "sizeInMBs"},
      {"name: x\nseed: {aws: {senderIds: [{senderId: \"has space\", isoCountryCode: GB}]}}\n",
       "seed.aws.senderIds[0].senderId", "regular expression"},
      {"name: x\nseed: {aws: {senderIds: [{senderId: A, isoCountryCode: GB}, {senderId: A, "
       "isoCountryCode: GB}]}}\n",
       "seed.aws.senderIds[1]", "seeded twice"},
      {"name: x\nseed: {aws: {pools: [{senderIds: [Nope/GB]}]}}\n", "seed.aws.pools[0]",
       "senderIds"},
      {"name: x\nseed: {aws: {pools: [{id: pool-x}]}}\n", "seed.aws.pools[0]", "phoneNumbers"},
      {"name: x\nseed: {aws: {spendLimits: {sms: {maxLimit: 5}}}}\n", "seed.aws.spendLimits.sms",
       "text, media and voice"},
      {"name: x\nseed: {aws: {spendLimits: {text: {enforcedLimit: 0}}}}\n",
       "seed.aws.spendLimits.text.enforcedLimit", ""},
      {"name: x\nseed: {aws: {spendLimits: {text: {maxLimit: 5, enforcedLimit: 6}}}}\n",
       "seed.aws.spendLimits.text.enforcedLimit", ""},
      {"name: x\nseed: {aws: {spendLimits: {text: {spent: 1, month: 2026-13}}}}\n",
       "seed.aws.spendLimits.text.month", "YYYY-MM"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto error = refused(c.text);
    EXPECT_EQ(error.key(), c.key) << error.what();
    EXPECT_NE(error.message().find(c.words), std::string::npos) << error.what();
  }
}

class AppliedSeed : public ::testing::Test {
 protected:
  void load(const std::string& yaml) {
    state.loadScenario(std::make_shared<const Scenario>(parseScenario(yaml, "seed.yaml")));
  }
  template <typename Action>
  auto account(Action&& action) {
    return state.store.withAccount({"123456789012", "us-east-1"}, action);
  }
  // As if started with --convoso-reason, so a test can see a seed's configuration come and go.
  static ServerConfig startConfig() {
    ServerConfig config;
    config.convoso.allowedReasons = {"From the command line"};
    return config;
  }
  server::Simulator state{startConfig()};
};

TEST_F(AppliedSeed, NumbersAndPoolsWithStableIdsAndInheritedSettings) {
  const std::string yaml = R"(
name: ids
seed:
  aws:
    optOutLists: [{name: Marketing}]
    phoneNumbers:
      - number: "+18005550100"
        numberType: TOLL_FREE
        messageType: PROMOTIONAL
        optOutListName: Marketing
        twoWayEnabled: true
        twoWayChannelArn: "arn:aws:sns:us-east-1:123456789012:in"
        keywords: [{keyword: join, message: Welcome, action: OPT_IN}]
      - {number: "+18005550101", id: phone-fixed}
    pools:
      - phoneNumbers: ["+18005550100"]
        selfManagedOptOutsEnabled: true
)";
  load(yaml);
  std::string numberId, poolId;
  account([&](state::AccountState& a) {
    ASSERT_EQ(a.phoneNumbers.size(), 2u);
    ASSERT_TRUE(a.phoneNumbers.contains("phone-fixed"));
    for (const auto& [id, number] : a.phoneNumbers) {
      if (number.number != "+18005550100") continue;
      numberId = id;
      EXPECT_TRUE(id.starts_with("phone-"));
      EXPECT_EQ(id.size(), 6u + 32u);
      EXPECT_EQ(number.arn, "arn:aws:sms-voice:us-east-1:123456789012:phone-number/" + id);
      EXPECT_EQ(number.isoCountryCode, "US");
      EXPECT_EQ(number.settings.optOutListName, "Marketing");
      EXPECT_EQ(number.settings.keywords.at("JOIN").action, "OPT_IN");
      EXPECT_TRUE(number.settings.keywords.contains("STOP"));
      poolId = number.poolId;
    }
    ASSERT_EQ(a.pools.size(), 1u);
    const auto& pool = a.pools.begin()->second;
    EXPECT_EQ(pool.id, poolId);
    EXPECT_EQ(pool.phoneNumberIds, std::vector<std::string>{numberId});
    EXPECT_EQ(pool.settings.messageType, "PROMOTIONAL");
    EXPECT_EQ(pool.settings.optOutListName, "Marketing");
    EXPECT_TRUE(pool.settings.twoWayEnabled);
    EXPECT_TRUE(pool.settings.selfManagedOptOutsEnabled);
    EXPECT_EQ(pool.settings.keywords.at("JOIN").message, "Welcome");
  });

  // The same file on another server gives the same ids; a reset gives them back too.
  server::Simulator other{ServerConfig{}};
  other.loadScenario(std::make_shared<const Scenario>(parseScenario(yaml, "seed.yaml")));
  other.store.withAccount({"123456789012", "us-east-1"}, [&](state::AccountState& a) {
    EXPECT_TRUE(a.phoneNumbers.contains(numberId));
    EXPECT_TRUE(a.pools.contains(poolId));
  });
  account([](state::AccountState& a) {
    a.phoneNumbers.clear();
    a.pools.clear();
  });
  state.reset();
  account([&](state::AccountState& a) {
    EXPECT_TRUE(a.phoneNumbers.contains(numberId));
    EXPECT_EQ(a.phoneNumbers.at(numberId).poolId, poolId);
  });
}

TEST_F(AppliedSeed, ConvosoConfigAndRecordsComeBackAfterAResetAndLeaveWithTheScenario) {
  load(R"(
name: convoso
seed:
  convoso:
    config:
      campaigns: [{id: 7, name: Spring}]
      allowedReasons: [User Request]
    smsOptOuts:
      - {phone_number: "5551234567", campaign_id: 7, reason: User Request}
      - {from: "5550000000", count: 100}
    dnc: [{phone_code: "44", phone_number: "7700900100"}]
)");
  EXPECT_EQ(state.convoso.config()->allowedReasons, std::vector<std::string>{"User Request"});
  const auto sizes = [&] {
    return std::pair{
        state.convoso.withList(state::ConvosoList::SmsOptOut,
                               [](auto& list) { return list.size(); }),
        state.convoso.withList(state::ConvosoList::Dnc, [](auto& list) { return list.size(); })};
  };
  EXPECT_EQ(sizes(), (std::pair<std::size_t, std::size_t>{101, 1}));
  state.convoso.withList(state::ConvosoList::SmsOptOut, [](state::ConvosoRecordList& list) {
    const auto* record = list.findExact("1", "5551234567", 7);
    ASSERT_NE(record, nullptr);
    EXPECT_EQ(record->campaignName, "Spring");
    EXPECT_EQ(record->reason, "User Request");
    EXPECT_NE(list.findExact("1", "5550000099", 0), nullptr);
  });
  state.reset();
  EXPECT_EQ(sizes(), (std::pair<std::size_t, std::size_t>{101, 1}));
  state.scenarios.remove("convoso");
  state.reset();
  EXPECT_EQ(sizes(), (std::pair<std::size_t, std::size_t>{0, 0}));
  EXPECT_EQ(state.convoso.config()->allowedReasons,
            std::vector<std::string>{"From the command line"});
}

TEST_F(AppliedSeed, SenderIdsAndThePoolsThatHoldThem) {
  load(R"(
name: sender-ids
seed:
  aws:
    senderIds:
      - {senderId: MyBrand, isoCountryCode: GB, messageTypes: [TRANSACTIONAL], deletionProtectionEnabled: true}
      - {senderId: MyBrand, isoCountryCode: AU, registered: true}
    pools:
      - {id: pool-brand, senderIds: [MyBrand/GB, MyBrand/AU], messageType: TRANSACTIONAL}
)");
  account([](state::AccountState& account) {
    ASSERT_EQ(account.senderIds.size(), 2u);
    const auto& gb = account.senderIds.at("MyBrand/GB");
    EXPECT_EQ(gb.arn, "arn:aws:sms-voice:us-east-1:123456789012:sender-id/MyBrand/GB");
    EXPECT_EQ(gb.messageTypes, std::vector<std::string>{"TRANSACTIONAL"});
    EXPECT_TRUE(gb.deletionProtectionEnabled);
    EXPECT_TRUE(account.senderIds.at("MyBrand/AU").registered);
    EXPECT_EQ(account.senderIds.at("MyBrand/AU").messageTypes,
              (std::vector<std::string>{"TRANSACTIONAL", "PROMOTIONAL"}));
    const auto& pool = account.pools.at("pool-brand");
    EXPECT_EQ(pool.senderIdKeys, (std::vector<std::string>{"MyBrand/GB", "MyBrand/AU"}));
    EXPECT_TRUE(pool.phoneNumberIds.empty());
  });
}

TEST_F(AppliedSeed, SpendLimitsAndTheMonthsSpend) {
  load(R"(
name: spend
seed:
  aws:
    spendLimits:
      text: {maxLimit: 20000, enforcedLimit: 15000, spent: 14999.5}
      voice: {spent: 2, month: "2001-01"}
)");
  account([](state::AccountState& account) {
    const auto& text = account.spendLimits.text;
    EXPECT_EQ(text.maxLimit, 20000);
    EXPECT_EQ(text.enforcedLimit, 15000);
    EXPECT_EQ(text.spent, 14999.5);
    EXPECT_EQ(text.month.size(), 7u);  // the simulated month it was applied in
    EXPECT_EQ(account.spendLimits.voice.month, "2001-01");
    EXPECT_FALSE(account.spendLimits.media.maxLimit);
  });
}

TEST_F(AppliedSeed, SubscriptionsAreRegistered) {
  load(R"(
name: subs
seed:
  subscriptions:
    - {channelArn: "arn:aws:sns:us-east-1:123456789012:in", endpoint: "http://127.0.0.1:9/in", format: raw}
)");
  const auto subscriptions = state.dispatcher.subscriptions();
  ASSERT_EQ(subscriptions.size(), 1u);
  EXPECT_EQ(subscriptions[0].format, "raw");
  state.reset();
  EXPECT_EQ(state.dispatcher.subscriptions().size(), 1u);
}

TEST_F(AppliedSeed, AFirehoseSubscriptionTakesFirehosesBufferingHints) {
  load(R"(
name: subs
seed:
  subscriptions:
    - {channelArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/s", endpoint: "http://127.0.0.1:9/a", format: firehose}
    - channelArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/s"
      endpoint: "http://127.0.0.1:9/b"
      format: firehose
      bufferingHints: {intervalInSeconds: 0, sizeInMBs: 64}
)");
  const auto subscriptions = state.dispatcher.subscriptions();
  ASSERT_EQ(subscriptions.size(), 2u);
  EXPECT_EQ(subscriptions[0].buffering.intervalSeconds, 300);  // Firehose's defaults
  EXPECT_EQ(subscriptions[0].buffering.sizeMiB, 5);
  EXPECT_EQ(subscriptions[1].buffering.intervalSeconds, 0);
  EXPECT_EQ(subscriptions[1].buffering.sizeMiB, 64);
  EXPECT_EQ(nlohmann::json(subscriptions[1])["bufferingHints"],
            (nlohmann::json{{"intervalInSeconds", 0}, {"sizeInMBs", 64}}));
}

}  // namespace
}  // namespace smsim::scenario
