#pragma once
// Results of scenario checks (steps played, end expectations) in the two forms people and CI
// read: JSON (POST /_smsim/verify) and JUnit XML (`?format=junit`, `smsim run --junit`).
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "scenario/scenario_error.hpp"

namespace smsim::scenario {

struct CheckResult {
  std::string kind;  // "step" or "expect"
  std::string name;
  bool passed = false;
  std::string detail;  // what was found; on failure, what differed
  int line = 0;        // where the step or expectation is written
  double seconds = 0;
};

struct ScenarioReport {
  std::string scenario;
  std::string file;
  std::optional<std::string> error;  // the file could not be loaded or run at all
  std::vector<CheckResult> checks;

  bool passed() const;
  std::size_t failures() const;
};

void to_json(nlohmann::json& out, const CheckResult& check);
void from_json(const nlohmann::json& in, CheckResult& check);
void to_json(nlohmann::json& out, const ScenarioReport& report);

// {"passed": bool, "passedCount": N, "failedCount": N, "scenarios": [...]}
nlohmann::json reportsJson(const std::vector<ScenarioReport>& reports);
// <testsuites> with one <testsuite> per scenario and one <testcase> per check.
std::string junitXml(const std::vector<ScenarioReport>& reports);

}  // namespace smsim::scenario
