// Seeds: ranges, plain and detailed numbers go onto lists in one pass, replace what was there,
// and come back after a reset.
#include <gtest/gtest.h>

#include "scenario/scenario_engine.hpp"
#include "scenario/seed_aws.hpp"
#include "server/simulator.hpp"

namespace smsim::scenario {
namespace {

TEST(Seed, AppliesListsNumbersAndRangesAndReplacesEntries) {
  OptOutListSeed seed;
  seed.name = "Big";
  seed.numbers = {{"+14155550001", true, {}}, {"+19995550000", false, {}}};
  seed.ranges.push_back({NumberRange::startingAt("+14155560000", 1000), false, {}});
  state::AccountState account;
  const state::AccountScope scope{"123456789012", "us-east-1"};
  account.optOutLists["Big"].name = "Big";
  account.optOutLists["Big"].numbers["+14155560005"] = {1, true};  // replaced by the range
  account.optOutLists["Big"].numbers["+10000000000"] = {1, true};  // kept
  applyOptOutListSeed(seed, scope, account, 500);
  const auto& numbers = account.optOutLists.at("Big").numbers;
  EXPECT_EQ(numbers.size(), 1003u);
  EXPECT_TRUE(numbers.at("+14155550001").endUserOptedOut);
  EXPECT_FALSE(numbers.at("+14155560005").endUserOptedOut);
  EXPECT_EQ(numbers.at("+14155560999").optedOutTimestamp, 500);
  EXPECT_TRUE(numbers.at("+10000000000").endUserOptedOut);
}

TEST(Seed, LaterEntriesForTheSameNumberWin) {
  const auto scenario = parseScenario(R"(
name: dup
seed:
  aws:
    optOutLists:
      - name: Default
        numbers: ["+14155550100", {number: "+14155550100", endUserOptedOut: true}]
)",
                                      "dup.yaml");
  const auto& list =
      dynamic_cast<const AwsSeed&>(*scenario.seed.parts[0]).scopes()[0].optOutLists[0];
  ASSERT_EQ(list.numbers.size(), 1u);
  EXPECT_TRUE(list.numbers[0].endUserOptedOut);
}

TEST(Seed, ResetRestoresTheSeedOfEveryLoadedScenario) {
  server::Simulator state{ServerConfig{}};
  state.loadScenario(std::make_shared<const Scenario>(parseScenario(R"(
name: seeded
seed:
  aws:
    - optOutLists: [{name: Default, numbers: ["+14155550100"]}]
    - account: "111122223333"
      region: eu-west-1
      optOutLists: [{name: Other, endUserOptedOut: true, numbers: [{from: "+14155550000", count: 100000}]}]
)",
                                                                    "seeded.yaml")));
  const auto count = [&](const state::AccountScope& scope, const std::string& list) {
    return state.store.withAccount(scope, [&](state::AccountState& account) {
      auto found = account.optOutLists.find(list);
      return found == account.optOutLists.end() ? std::size_t{0} : found->second.numbers.size();
    });
  };
  const state::AccountScope defaults{"123456789012", "us-east-1"};
  const state::AccountScope other{"111122223333", "eu-west-1"};
  EXPECT_EQ(count(defaults, "Default"), 1u);
  EXPECT_EQ(count(other, "Other"), 100000u);
  state.store.withAccount(defaults, [](state::AccountState& account) {
    account.optOutLists.at("Default").numbers.clear();
  });
  state.reset();
  EXPECT_EQ(count(defaults, "Default"), 1u);
  EXPECT_EQ(count(other, "Other"), 100000u);
  state.scenarios.remove("seeded");
  state.reset();
  EXPECT_EQ(count(other, "Other"), 0u);
}

void loadScenario(server::Simulator& state, const std::string& text) {
  state.loadScenario(std::make_shared<const Scenario>(parseScenario(text, "outcomes.yaml")));
}

TEST(Seed, OutcomesAreScriptedForDestinationsAndComeBackAfterAReset) {
  server::Simulator state{ServerConfig{}};
  loadScenario(state, R"(
name: outcomes
seed:
  outcomes:
    - destination: "+1206555*"
      events: [{type: TEXT_QUEUED}, {type: TEXT_BLOCKED, after: 90, isFinal: true}]
)");
  const auto outcome =
      state.store.messageEvents().outcomeFor("+12065550100", "123456789012", "us-east-1");
  ASSERT_TRUE(outcome);
  ASSERT_EQ(outcome->events.size(), 2u);
  EXPECT_EQ(outcome->events[1].eventType, "TEXT_BLOCKED");
  EXPECT_EQ(outcome->events[1].afterSeconds, 90);
  EXPECT_EQ(outcome->events[1].isFinal, true);
  EXPECT_FALSE(state.store.messageEvents().outcomeFor("+14255550100", "123456789012", "us-east-1"));
  state.reset();
  EXPECT_TRUE(state.store.messageEvents().outcomeFor("+12065550100", "123456789012", "us-east-1"));
}

TEST(Seed, AnOutcomeCanBeScopedToOneAccountAndRegion) {
  server::Simulator state{ServerConfig{}};
  loadScenario(state, R"(
name: scoped
seed:
  outcomes:
    - destination: "+12065550100"
      account: "111111111111"
      region: eu-west-1
      events: [{type: TEXT_SPAM}]
)");
  const auto& events = state.store.messageEvents();
  EXPECT_TRUE(events.outcomeFor("+12065550100", "111111111111", "eu-west-1"));
  EXPECT_FALSE(events.outcomeFor("+12065550100", "111111111111", "us-east-1"));
  EXPECT_FALSE(events.outcomeFor("+12065550100", "222222222222", "eu-west-1"));
  EXPECT_THROW(parseScenario(R"(
name: bad
seed:
  outcomes: [{destination: "+12065550100", account: "12", events: [{type: TEXT_SPAM}]}]
)",
                             "bad.yaml"),
               ScenarioError);
}

TEST(Seed, ConfigurationSetsComeWithTheirEventDestinations) {
  server::Simulator state{ServerConfig{}};
  state.loadScenario(std::make_shared<const Scenario>(parseScenario(R"(
name: sets
seed:
  aws:
    configurationSets:
      - name: receipts
        defaultMessageType: PROMOTIONAL
        eventDestinations:
          - {name: to-sns, matchingEventTypes: ALL, sns: {topicArn: "arn:aws:sns:us-east-1:123456789012:t"}}
          - name: off
            matchingEventTypes: [TEXT_DELIVERED, VOICE_ALL]
            enabled: false
            firehose:
              iamRoleArn: "arn:aws:iam::123456789012:role/r"
              deliveryStreamArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/s"
)",
                                                                    "sets.yaml")));
  state.store.withAccount({"123456789012", "us-east-1"}, [](state::AccountState& account) {
    const auto& set = account.configurationSets.at("receipts");
    EXPECT_EQ(set.arn, "arn:aws:sms-voice:us-east-1:123456789012:configuration-set/receipts");
    EXPECT_EQ(set.defaultMessageType, "PROMOTIONAL");
    ASSERT_EQ(set.eventDestinations.size(), 2u);
    EXPECT_EQ(set.eventDestinations[0].sns->topicArn, "arn:aws:sns:us-east-1:123456789012:t");
    EXPECT_EQ(set.eventDestinations[0].matchingEventTypes, std::vector<std::string>{"ALL"});
    EXPECT_FALSE(set.eventDestinations[1].enabled);
    EXPECT_EQ(set.eventDestinations[1].firehose->deliveryStreamArn,
              "arn:aws:firehose:us-east-1:123456789012:deliverystream/s");
  });
  const auto errorOf = [](const std::string& destination) {
    try {
      parseScenario(
          "name: bad\nseed:\n  aws:\n    configurationSets:\n      - name: s\n"
          "        eventDestinations: [" +
              destination + "]\n",
          "bad.yaml");
    } catch (const ScenarioError& error) {
      return std::string(error.what());
    }
    return std::string("loaded");
  };
  EXPECT_NE(
      errorOf("{name: d, matchingEventTypes: ALL, sns: {topicArn: 'arn:aws:sqs:us-east-1:1:q'}}")
          .find("expected an ARN of sns"),
      std::string::npos);
  EXPECT_NE(errorOf("{name: d, matchingEventTypes: TEXT_EVERYTHING, sns: {topicArn: "
                    "'arn:aws:sns:us-east-1:123456789012:t'}}")
                .find("TEXT_EVERYTHING"),
            std::string::npos);
  EXPECT_NE(errorOf("{name: d, matchingEventTypes: ALL}").find("needs one of: cloudWatchLogs"),
            std::string::npos);
}

TEST(Seed, AnOutcomeThatAwsCouldNotProduceIsALoadErrorAtItsLine) {
  const auto errorOf = [](const std::string& outcome) {
    try {
      parseScenario("name: bad\nseed:\n  outcomes:\n    - " + outcome + "\n", "bad.yaml");
    } catch (const ScenarioError& error) {
      return std::string(error.what());
    }
    return std::string("loaded");
  };
  EXPECT_NE(errorOf(R"({destination: "+14255550100", events: [{type: TEXT_DELIVERD}]})")
                .find("unknown event type 'TEXT_DELIVERD'"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({destination: "+14255550100", events: [{type: TEXT_ALL}]})")
                .find("unknown event type"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({destination: "4255550100", events: [{type: TEXT_QUEUED}]})").find("E.164"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({destination: "+1*", events: [{type: TEXT_QUEUED, after: 300000}]})")
                .find("bad.yaml:4"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({destination: "+1*", events: []})").find("needs events"), std::string::npos);
}

}  // namespace
}  // namespace smsim::scenario
