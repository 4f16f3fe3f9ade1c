#include "scenario/yaml_value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_set>

#include "scenario/document_bounds.hpp"

namespace smsim::scenario {

namespace {

// yaml-cpp tags plain scalars "?" and quoted ones "!".
bool isQuoted(const YAML::Node& node) { return node.Tag() == "!"; }

std::string typeName(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsMap()) return "a mapping";
  if (node.IsSequence()) return "a list";
  return "'" + node.Scalar() + "'";
}

std::optional<std::int64_t> readInteger(const std::string& text) {
  std::int64_t value = 0;
  const auto* end = text.data() + text.size();
  auto [next, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || next != end || text.empty()) return std::nullopt;
  return value;
}

std::optional<double> readDouble(const std::string& text) {
  double value = 0;
  const auto* end = text.data() + text.size();
  auto [next, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || next != end || text.empty() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

std::string formatNumber(double value) {
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  return std::to_string(value);
}

}  // namespace

YamlValue::YamlValue(YAML::Node node, std::string path, std::shared_ptr<const std::string> file)
    : node_(std::move(node)), path_(std::move(path)), file_(std::move(file)) {}

SourcePosition YamlValue::position() const {
  const auto mark = node_.IsDefined() ? node_.Mark() : YAML::Mark::null_mark();
  if (mark.is_null()) return {*file_, 0, 0};
  return {*file_, mark.line + 1, mark.column + 1};
}

void YamlValue::fail(const char* id, const std::string& message) const {
  throw ScenarioError(id, position(), path_, message);
}

std::string YamlValue::string() const {
  if (!isScalar()) fail(error_id::kInvalidValue, "expected a string, got " + typeName(node_));
  return node_.Scalar();
}

std::int64_t YamlValue::integer(std::int64_t min, std::int64_t max) const {
  const auto value = isScalar() && !isQuoted(node_) ? readInteger(node_.Scalar()) : std::nullopt;
  if (!value) fail(error_id::kInvalidValue, "expected a whole number, got " + typeName(node_));
  if (*value < min || *value > max) {
    fail(error_id::kInvalidValue, "must be from " + std::to_string(min) + " to " +
                                      std::to_string(max) + ", got " + std::to_string(*value));
  }
  return *value;
}

double YamlValue::number(double min, double max) const {
  const auto value = isScalar() && !isQuoted(node_) ? readDouble(node_.Scalar()) : std::nullopt;
  if (!value) fail(error_id::kInvalidValue, "expected a number, got " + typeName(node_));
  if (*value < min || *value > max) {
    fail(error_id::kInvalidValue, "must be from " + formatNumber(min) + " to " + formatNumber(max) +
                                      ", got " + node_.Scalar());
  }
  return *value;
}

bool YamlValue::boolean() const {
  if (isScalar() && !isQuoted(node_)) {
    const auto& text = node_.Scalar();
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
  }
  fail(error_id::kInvalidValue, "expected true or false, got " + typeName(node_));
}

nlohmann::json YamlValue::json() const {
  if (isNull()) return nullptr;
  if (isMap()) {
    auto object = nlohmann::json::object();
    for (const auto& entry : node_) {
      const auto key = entry.first.Scalar();
      object[key] = YamlValue(entry.second, path_ + "." + key, file_).json();
    }
    return object;
  }
  if (isSequence()) {
    auto array = nlohmann::json::array();
    std::size_t index = 0;
    for (const auto& item : node_) {
      array.push_back(YamlValue(item, path_ + "[" + std::to_string(index++) + "]", file_).json());
    }
    return array;
  }
  const auto& text = node_.Scalar();
  if (isQuoted(node_)) return text;
  if (text == "~" || text == "null" || text == "Null" || text == "NULL") return nullptr;
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  if (auto integer = readInteger(text)) return *integer;
  if (text.find_first_of("0123456789") != std::string::npos && text.front() != '+') {
    if (auto real = readDouble(text)) return *real;
  }
  return text;
}

std::vector<std::string> YamlValue::strings() const {
  if (isScalar()) return {string()};
  if (!isSequence()) {
    fail(error_id::kInvalidValue, "expected a string or a list of strings, got " + typeName(node_));
  }
  std::vector<std::string> values;
  for (const auto& item : items()) values.push_back(item.string());
  return values;
}

std::vector<YamlValue> YamlValue::items() const {
  if (!isSequence()) fail(error_id::kInvalidValue, "expected a list, got " + typeName(node_));
  std::vector<YamlValue> values;
  values.reserve(node_.size());
  std::size_t index = 0;
  for (const auto& item : node_) {
    values.emplace_back(item, path_ + "[" + std::to_string(index++) + "]", file_);
  }
  return values;
}

YamlMap YamlValue::map() const { return YamlMap(*this); }

YamlMap::YamlMap(const YamlValue& value) : value_(value) {
  if (!value.isMap()) {
    value.fail(error_id::kInvalidValue, "expected a mapping, got " + typeName(value.node()));
  }
  // A set, not a scan of the entries so far: a mapping of 100,000 keys must not cost 10^10
  // comparisons.
  std::unordered_set<std::string> seen;
  for (const auto& entry : value.node()) {
    auto key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    if (!seen.insert(key).second) {
      YamlValue(entry.first, childPath(key), value.file())
          .fail(error_id::kDuplicateKey, "key appears twice in the same mapping");
    }
    entries_.push_back({std::move(key), entry.first, entry.second, false});
  }
}

std::string YamlMap::childPath(std::string_view key) const {
  return value_.path().empty() ? std::string(key) : value_.path() + "." + std::string(key);
}

bool YamlMap::has(std::string_view key) const {
  for (const auto& entry : entries_) {
    if (entry.key == key) return true;
  }
  return false;
}

std::optional<YamlValue> YamlMap::get(std::string_view key) {
  if (std::find(asked_.begin(), asked_.end(), key) == asked_.end()) asked_.emplace_back(key);
  for (auto& entry : entries_) {
    if (entry.key != key) continue;
    entry.read = true;
    return YamlValue(entry.valueNode, childPath(key), value_.file());
  }
  return std::nullopt;
}

YamlValue YamlMap::require(std::string_view key) {
  auto value = get(key);
  if (!value) {
    value_.fail(error_id::kMissingKey, "missing required key '" + std::string(key) + "'");
  }
  return *value;
}

std::vector<std::pair<std::string, YamlValue>> YamlMap::entries() {
  std::vector<std::pair<std::string, YamlValue>> all;
  for (auto& entry : entries_) {
    entry.read = true;
    all.emplace_back(entry.key, YamlValue(entry.valueNode, childPath(entry.key), value_.file()));
  }
  return all;
}

void YamlMap::rejectUnknownKeys() const {
  for (const auto& entry : entries_) {
    if (entry.read) continue;
    std::string expected;
    for (const auto& key : asked_) expected += (expected.empty() ? "" : ", ") + key;
    YamlValue(entry.keyNode, childPath(entry.key), value_.file())
        .fail(error_id::kUnknownKey,
              "unknown key '" + entry.key + "'" +
                  (expected.empty() ? "" : "; expected one of: " + expected));
  }
}

std::string YamlMap::exactlyOneOf(std::initializer_list<std::string_view> keys) const {
  std::string found;
  std::string names;
  for (auto key : keys) {
    names += (names.empty() ? "" : ", ") + std::string(key);
    if (!has(key)) continue;
    if (!found.empty()) {
      value_.fail(error_id::kInvalidValue,
                  "'" + found + "' and '" + std::string(key) + "' can't be used together");
    }
    found = key;
  }
  if (found.empty()) value_.fail(error_id::kMissingKey, "needs one of: " + names);
  return found;
}

YamlValue parseYamlDocument(const std::string& text, const std::string& fileName) {
  auto file = std::make_shared<const std::string>(fileName);
  try {
    YamlValue document(YAML::Load(text), "", file);
    checkDocumentBounds(document);
    return document;
  } catch (const YAML::Exception& error) {
    const auto& mark = error.mark;
    throw ScenarioError(
        error_id::kSyntax,
        {fileName, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1}, "",
        error.msg);
  }
}

}  // namespace smsim::scenario
