#include "scenario/json_subset.hpp"

#include "common/json_text.hpp"

namespace smsim::scenario {

namespace {

std::string show(const nlohmann::json& value) {
  auto text = safeDump(value);
  return text.size() > 120 ? text.substr(0, 117) + "..." : text;
}

std::string where(const std::string& path) { return path.empty() ? "" : "at '" + path + "': "; }

bool sameText(const nlohmann::json& text, const nlohmann::json& scalar) {
  if (!text.is_string() || !(scalar.is_number() || scalar.is_boolean())) return false;
  return text.get_ref<const std::string&>() == safeDump(scalar);
}

}  // namespace

std::optional<std::string> jsonSubsetMismatch(const nlohmann::json& actual,
                                              const nlohmann::json& expected,
                                              const std::string& path) {
  if (expected.is_object()) {
    if (!actual.is_object()) {
      return where(path) + "expected an object, got " + show(actual);
    }
    for (const auto& [key, value] : expected.items()) {
      const auto childPath = path.empty() ? key : path + "." + key;
      const auto found = actual.find(key);
      if (found == actual.end()) {
        if (value.is_null()) continue;  // `key: null` asks for absence
        return "missing '" + childPath + "'";
      }
      if (auto mismatch = jsonSubsetMismatch(*found, value, childPath)) return mismatch;
    }
    return std::nullopt;
  }
  if (expected.is_array() && actual.is_array()) {
    if (expected.size() != actual.size()) {
      return where(path) + "expected " + std::to_string(expected.size()) + " items, got " +
             std::to_string(actual.size());
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
      if (auto mismatch =
              jsonSubsetMismatch(actual[i], expected[i], path + "[" + std::to_string(i) + "]")) {
        return mismatch;
      }
    }
    return std::nullopt;
  }
  if (actual == expected || sameText(actual, expected) || sameText(expected, actual)) {
    return std::nullopt;
  }
  return where(path) + "expected " + show(expected) + ", got " + show(actual);
}

}  // namespace smsim::scenario
