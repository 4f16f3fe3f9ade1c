// Per-phone-number sequence state is bounded: past its capacity the number met least recently
// is forgotten (and counted), so calls to ever new numbers can't grow the engine's memory.
#include "scenario/number_states.hpp"

#include <gtest/gtest.h>

#include "server/simulator.hpp"

namespace smsim::scenario {
namespace {

TEST(NumberStates, ForgetsTheLeastRecentlyMetNumberBeyondItsCapacity) {
  NumberStates states(2);
  states.at("+1") = "A";
  states.at("+2") = "B";
  EXPECT_EQ(states.at("+1"), "A");  // +1 is now the most recent
  states.at("+3") = "C";            // forgets +2
  EXPECT_EQ(states.evicted(), 1u);
  EXPECT_EQ(states.json(), (nlohmann::json{{"+1", "A"}, {"+3", "C"}}));
  EXPECT_EQ(states.at("+2"), kInitialState);  // starts over
  EXPECT_EQ(states.evicted(), 2u);
}

RequestFacts putOptedOut(const std::string& number) {
  RequestFacts call;
  call.api = api_name::kAws;
  call.operation = "PutOptedOutNumber";
  call.setFields({{"OptedOutNumber", number}});
  return call;
}

TEST(NumberStates, TheEngineKeepsAtMostTheConfiguredNumbersAndShowsEvictions) {
  ServerConfig config;
  config.scenarioNumberStates = 3;
  server::Simulator state(config);
  state.loadScenario(std::make_shared<const Scenario>(
      parseScenario("name: per-number\nrules:\n  - {match: {operation: PutOptedOutNumber}, "
                    "statePer: phoneNumber, state: Started, nextState: Seen, delay: 0}\n",
                    "n.yaml")));
  for (int i = 0; i < 1000; ++i) {
    EXPECT_TRUE(state.scenarios.decide(putOptedOut("+1415555" + std::to_string(1000 + i)), 0));
  }
  // A "number" too long to be one skips the per-number rule instead of being kept.
  EXPECT_FALSE(state.scenarios.decide(putOptedOut(std::string(100000, '9')), 0));
  const auto described = state.scenarios.describe()[0];
  EXPECT_EQ(described["phoneNumberStates"].size(), 3u);
  EXPECT_EQ(described["phoneNumberStatesEvicted"], 997);
  EXPECT_EQ(state.scenarios.numberStateCapacity(), 3u);
}

}  // namespace
}  // namespace smsim::scenario
