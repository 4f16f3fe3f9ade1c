#pragma once
// "This body contains at least these members": the comparison behind a rule's `match.request`,
// a step's `expect.body` and an end expectation's `request`, so all three mean the same thing.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace smsim::scenario {

// nullopt when every member of `expected` is in `actual` with a matching value: objects compare
// member by member (extra members of `actual` are fine), lists item by item (same length),
// everything else must be equal, and a
// string equals a number or boolean of the same text (form parameters are all strings).
// Otherwise the first difference, e.g. "at 'Reason': expected \"X\", got \"Y\"".
std::optional<std::string> jsonSubsetMismatch(const nlohmann::json& actual,
                                              const nlohmann::json& expected,
                                              const std::string& path = "");

inline bool jsonContains(const nlohmann::json& actual, const nlohmann::json& expected) {
  return !jsonSubsetMismatch(actual, expected);
}

}  // namespace smsim::scenario
