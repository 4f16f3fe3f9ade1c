#pragma once
// One scenario file, read and checked: the world it starts with (`seed`), the faults and
// sequences it scripts (`rules`), what it plays (`steps`) and what must hold at the end (`expect`).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/expectation.hpp"
#include "scenario/rule.hpp"
#include "scenario/seed.hpp"
#include "scenario/step.hpp"

namespace smsim::scenario {

struct Scenario {
  std::string name;  // unique among loaded scenarios; [A-Za-z0-9._-]+
  std::string description;
  std::string file;  // where it was read from ("<request>" for POST /_smsim/scenarios)
  std::optional<std::uint64_t> randomSeed;  // default seed of its rules' random draws
  Seed seed;
  std::vector<Rule> rules;
  std::vector<Step> steps;
  std::vector<std::shared_ptr<const Expectation>> expectations;
};

// Reads a scenario from YAML or JSON text; throws ScenarioError naming file, line, column and key.
Scenario parseScenario(const std::string& text, const std::string& fileName);
// Reads a document holding only `expect` (for POST /_smsim/verify with a body).
std::vector<std::shared_ptr<const Expectation>> parseExpectations(const std::string& text,
                                                                  const std::string& fileName);
// Reads a file; a file that can't be read is a ScenarioError too.
Scenario loadScenarioFile(const std::string& path);

}  // namespace smsim::scenario
