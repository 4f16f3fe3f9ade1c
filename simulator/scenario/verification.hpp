#pragma once
// Evaluates scenarios' end expectations against what happened (journal) and what is (state).
#include "scenario/report.hpp"
#include "scenario/scenario.hpp"

namespace smsim::scenario {

ScenarioReport verifyScenario(const Scenario& scenario, const ExpectationSource& source);

}  // namespace smsim::scenario
