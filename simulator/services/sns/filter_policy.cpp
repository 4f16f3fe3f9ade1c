// Filter policies on message attributes: every key of the policy must match one of its
// conditions (an attribute the message lacks matches only {"exists": false}).
#include "services/sns/filter_policy.hpp"

#include <charconv>
#include <nlohmann/json.hpp>
#include <vector>

#include "common/json_depth.hpp"
#include "common/text.hpp"

namespace smsim::sns {

namespace {

using nlohmann::json;

// SNS allows five levels and 150 combined values; deeper text is refused before parsing.
constexpr std::size_t kMaxPolicyDepth = 8;
constexpr std::size_t kMaxPolicyLength = 256 * 1024;
// Message bodies and String.Array values deeper than this match nothing, instead of being parsed
// into a tree whose recursive walk could overflow the stack.
constexpr std::size_t kMaxMessageDepth = 64;

std::optional<double> numberOf(const std::string& text) {
  double value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

// The attribute's values as filter policies see them: one, or a String.Array's elements.
std::vector<json> valuesOf(const MessageAttribute& attribute) {
  if (!attribute.stringValue) return {};
  if (attribute.dataType.starts_with("String.Array")) {
    if (exceedsJsonDepth(*attribute.stringValue, kMaxMessageDepth)) return {};
    auto parsed = json::parse(*attribute.stringValue, nullptr, false);
    if (parsed.is_array()) return {parsed.begin(), parsed.end()};
    return {};
  }
  if (attribute.dataType.starts_with("Number")) {
    if (auto number = numberOf(*attribute.stringValue)) return {json(*number)};
    return {};
  }
  return {json(*attribute.stringValue)};
}

bool compare(const std::string& op, double value, double bound) {
  if (op == "=") return value == bound;
  if (op == "<") return value < bound;
  if (op == "<=") return value <= bound;
  if (op == ">") return value > bound;
  if (op == ">=") return value >= bound;
  return false;
}

bool numericMatches(const json& ranges, const json& value) {
  if (!value.is_number() || !ranges.is_array()) return false;
  for (std::size_t i = 0; i + 1 < ranges.size(); i += 2) {
    if (!ranges[i].is_string() || !ranges[i + 1].is_number()) return false;
    if (!compare(ranges[i].get<std::string>(), value.get<double>(), ranges[i + 1].get<double>())) {
      return false;
    }
  }
  return true;
}

bool literalMatches(const json& condition, const json& value) {
  if (condition.is_number() && value.is_number()) {
    return condition.get<double>() == value.get<double>();
  }
  return condition == value;
}

bool conditionMatches(const json& condition, const json& value) {
  if (!condition.is_object()) return literalMatches(condition, value);
  for (const auto& [op, operand] : condition.items()) {
    const bool text = value.is_string() && operand.is_string();
    if (op == "prefix")
      return text && value.get<std::string>().starts_with(operand.get<std::string>());
    if (op == "suffix")
      return text && value.get<std::string>().ends_with(operand.get<std::string>());
    if (op == "equals-ignore-case") {
      return text && equalsIgnoringCase(value.get<std::string>(), operand.get<std::string>());
    }
    if (op == "numeric") return numericMatches(operand, value);
    if (op == "anything-but") {
      if (operand.is_array()) {
        for (const auto& excluded : operand) {
          if (literalMatches(excluded, value)) return false;
        }
        return true;
      }
      if (operand.is_object()) return !conditionMatches(operand, value);
      return !literalMatches(operand, value);
    }
  }
  return false;
}

// Whether one of `conditions` holds for a key whose values are `values` (none: the key is absent).
bool anyConditionMatches(const json& conditions, bool present, const std::vector<json>& values) {
  for (const auto& condition : conditions) {
    if (condition.is_object() && condition.contains("exists")) {
      if (condition["exists"] == present) return true;
      continue;
    }
    for (const auto& value : values) {
      if (conditionMatches(condition, value)) return true;
    }
  }
  return false;
}

bool keyMatches(const json& conditions, const MessageAttribute* attribute) {
  return anyConditionMatches(conditions, attribute != nullptr,
                             attribute == nullptr ? std::vector<json>() : valuesOf(*attribute));
}

// FilterPolicyScope MessageBody: a policy's nested objects follow the body's nested objects; an
// array in the body matches when one of its elements does.
bool bodyMatches(const json& policy, const json& body) {
  if (!body.is_object()) return false;
  for (const auto& [key, conditions] : policy.items()) {
    const auto it = body.find(key);
    if (conditions.is_object()) {
      if (it == body.end() || !bodyMatches(conditions, *it)) return false;
      continue;
    }
    std::vector<json> values;
    if (it != body.end()) {
      if (it->is_array()) {
        values.assign(it->begin(), it->end());
      } else {
        values.push_back(*it);
      }
    }
    if (!anyConditionMatches(conditions, it != body.end(), values)) return false;
  }
  return true;
}

// A MessageBody policy's leaves are arrays of conditions; its inner nodes objects.
std::optional<std::string> bodyPolicyError(const json& policy, std::size_t depth) {
  for (const auto& [key, conditions] : policy.items()) {
    if (conditions.is_object() && depth < kMaxPolicyDepth) {
      if (auto error = bodyPolicyError(conditions, depth + 1)) return error;
    } else if (!conditions.is_array()) {
      return "FilterPolicy: \"" + key + "\" must be an object or an array";
    }
  }
  return std::nullopt;
}

std::optional<json> parsePolicy(const std::string& policy) {
  if (policy.size() > kMaxPolicyLength || exceedsJsonDepth(policy, kMaxPolicyDepth)) {
    return std::nullopt;
  }
  auto parsed = json::parse(policy, nullptr, false);
  if (parsed.is_discarded()) return std::nullopt;
  return parsed;
}

}  // namespace

std::optional<std::string> filterPolicyError(const std::string& policy, FilterScope scope) {
  if (policy.empty()) return std::nullopt;  // an empty policy removes the filter
  const auto parsed = parsePolicy(policy);
  if (!parsed) return "FilterPolicy: failed to parse JSON.";
  if (!parsed->is_object()) return "FilterPolicy: Filter policy must be a JSON object.";
  if (scope == FilterScope::Body) return bodyPolicyError(*parsed, 1);
  for (const auto& [key, conditions] : parsed->items()) {
    if (!conditions.is_array()) {
      return "FilterPolicy: \"" + key + "\" must be an object or an array";
    }
  }
  return std::nullopt;
}

bool matchesFilterPolicy(const std::string& policy, const MessageAttributes& attributes) {
  if (policy.empty()) return true;
  const auto parsed = parsePolicy(policy);
  if (!parsed || !parsed->is_object()) return false;
  for (const auto& [key, conditions] : parsed->items()) {
    const auto it = attributes.find(key);
    if (!keyMatches(conditions, it == attributes.end() ? nullptr : &it->second)) return false;
  }
  return true;
}

}  // namespace smsim::sns

namespace smsim::sns {

bool matchesBodyFilterPolicy(const std::string& policy, const std::string& body) {
  if (policy.empty()) return true;
  const auto parsed = parsePolicy(policy);
  if (!parsed || !parsed->is_object()) return false;
  if (exceedsJsonDepth(body, kMaxMessageDepth)) return false;
  const auto message = json::parse(body, nullptr, false);  // a body that is no JSON never matches
  return !message.is_discarded() && bodyMatches(*parsed, message);
}

bool passesFilterPolicy(const std::string& policy, const std::string& scope,
                        const MessageAttributes& attributes, const std::string& body) {
  if (scope == kMessageBodyScope) return matchesBodyFilterPolicy(policy, body);
  return matchesFilterPolicy(policy, attributes);
}

}  // namespace smsim::sns
