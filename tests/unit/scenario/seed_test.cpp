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

}  // namespace
}  // namespace smsim::scenario
