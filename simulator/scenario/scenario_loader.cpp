// The top level of the scenario format: name, description, randomSeed, seed, rules, steps, expect.
#include <fstream>
#include <sstream>

#include "scenario/rule_reader.hpp"
#include "scenario/scenario.hpp"

namespace smsim::scenario {

namespace {

constexpr std::size_t kMaxNameLength = 128;

std::string readScenarioName(const YamlValue& value) {
  auto name = value.string();
  const bool valid =
      !name.empty() && name.size() <= kMaxNameLength &&
      name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") ==
          std::string::npos;
  if (!valid) {
    value.fail(error_id::kInvalidValue,
               "a scenario name is 1 to 128 of A-Z a-z 0-9 . _ - (it is used in URLs)");
  }
  return name;
}

}  // namespace

Scenario parseScenario(const std::string& text, const std::string& fileName) {
  const auto document = parseYamlDocument(text, fileName);
  if (document.isNull()) document.fail(error_id::kMissingKey, "the document is empty");
  auto map = document.map();
  Scenario scenario;
  scenario.file = fileName;
  scenario.name = readScenarioName(map.require("name"));
  if (auto description = map.get("description")) scenario.description = description->string();
  if (auto seed = map.get("randomSeed")) {
    scenario.randomSeed = static_cast<std::uint64_t>(seed->integer(0, INT64_MAX));
  }
  if (auto seed = map.get("seed")) scenario.seed = readSeed(*seed);
  if (auto rules = map.get("rules")) scenario.rules = readRules(*rules);
  if (auto steps = map.get("steps")) scenario.steps = readSteps(*steps);
  if (auto expect = map.get("expect")) scenario.expectations = readExpectations(*expect);
  map.rejectUnknownKeys();
  return scenario;
}

std::vector<std::shared_ptr<const Expectation>> parseExpectations(const std::string& text,
                                                                  const std::string& fileName) {
  const auto document = parseYamlDocument(text, fileName);
  if (document.isNull()) document.fail(error_id::kMissingKey, "the document is empty");
  auto map = document.map();
  auto expectations = readExpectations(map.require("expect"));
  map.rejectUnknownKeys();
  return expectations;
}

Scenario loadScenarioFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ScenarioError(error_id::kFile, {path, 0, 0}, "", "can't read the file");
  std::ostringstream text;
  text << in.rdbuf();
  return parseScenario(text.str(), path);
}

}  // namespace smsim::scenario
