// Inputs the scenario_document fuzz target (fuzz/targets/scenario_document.cpp) found: each
// threw something other than a ScenarioError while loading, which killed smsim validate.
#include <gtest/gtest.h>

#include "scenario/scenario.hpp"

namespace smsim::scenario {
namespace {

TEST(FuzzFindings, AnInboundStepWhoseMembersAreNotStringsLoads) {
  const auto scenario = parseScenario(
      "name: inbound\nsteps:\n  - inbound: {originationNumber: 14155550123, messageBody}\n",
      "fuzz.yaml");
  ASSERT_EQ(scenario.steps.size(), 1u);
}

}  // namespace
}  // namespace smsim::scenario
