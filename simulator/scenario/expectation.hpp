#pragma once
// A scenario's `expect`: what must be true at the end, checked over the journal (what was called)
// and the state (what is on which list). Each kind reads its own YAML and evaluates itself, so
// each emulated API adds its kinds without touching the others.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/expectation_source.hpp"
#include "scenario/scenario_error.hpp"
#include "scenario/yaml_value.hpp"

namespace smsim::scenario {

struct ExpectationResult {
  bool passed = false;
  std::string detail;  // what was found, e.g. "called 2 times"
};

class Expectation {
 public:
  virtual ~Expectation() = default;
  virtual ExpectationResult evaluate(const ExpectationSource& source) const = 0;

  std::string name;  // given, or said by the kind ("SendTextMessage called 0 times")
  SourcePosition position;
};

// `count: N`, `atLeast: N`, `atMost: N` (default: at least 1).
struct CountExpectation {
  std::optional<std::uint64_t> exactly;
  std::optional<std::uint64_t> atLeast;
  std::optional<std::uint64_t> atMost;

  bool accepts(std::uint64_t count) const;
  // "0 times", "at least 2 times", ... (or other words for what is counted)
  std::string describe(const std::string& one = "time", const std::string& many = "times") const;
};
CountExpectation readCountExpectation(YamlMap& map);

std::vector<std::shared_ptr<const Expectation>> readExpectations(const YamlValue& value);

// The kinds, one reader each (expectation_*.cpp). Each reads the whole item's map (so `name`,
// counts and its own key), and rejects unknown keys.
std::shared_ptr<Expectation> readCallsExpectation(YamlMap& item);
std::shared_ptr<Expectation> readOptedOutExpectation(YamlMap& item, bool wantOptedOut);
std::shared_ptr<Expectation> readOptOutListExpectation(YamlMap& item);
std::shared_ptr<Expectation> readMessagesExpectation(YamlMap& item);
std::shared_ptr<Expectation> readConvosoRecordsExpectation(YamlMap& item);
std::shared_ptr<Expectation> readEventsExpectation(YamlMap& item);

}  // namespace smsim::scenario
