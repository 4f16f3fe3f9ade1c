#include "scenario/verification.hpp"

namespace smsim::scenario {

ScenarioReport verifyScenario(const Scenario& scenario, const ExpectationSource& source) {
  ScenarioReport report;
  report.scenario = scenario.name;
  report.file = scenario.file;
  for (const auto& expectation : scenario.expectations) {
    CheckResult check;
    check.kind = "expect";
    check.name = expectation->name;
    check.line = expectation->position.line;
    try {
      const auto result = expectation->evaluate(source);
      check.passed = result.passed;
      check.detail = result.detail;
    } catch (const std::exception& error) {
      check.detail = std::string("could not be evaluated: ") + error.what();
    }
    report.checks.push_back(std::move(check));
  }
  return report;
}

}  // namespace smsim::scenario
