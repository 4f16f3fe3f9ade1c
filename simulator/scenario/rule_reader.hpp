#pragma once
// Reads a scenario's `rules` (and the call-selecting fields that journal expectations share).
#include <optional>
#include <vector>

#include "scenario/rule.hpp"
#include "scenario/yaml_value.hpp"

namespace smsim::scenario {

std::vector<Rule> readRules(const YamlValue& value);

// `api`, `operation`, `path`, `account`, `region`, `request`, and `headers` when `withHeaders`.
void readCallMatch(YamlMap& map, RuleMatch& match, bool withHeaders);

// A string (equal), or one of {equals|contains|matches: text} / {present: true} / {absent: true}.
TextMatcher readTextMatcher(const YamlValue& value);

}  // namespace smsim::scenario
