#pragma once
// A node of a scenario document that knows where it is (file, line, column, key path), so every
// reader of the format reports a wrong value with its position. Mappings track which keys were
// read: any key left over is an unknown key, and that is an error, not silently ignored.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scenario/scenario_error.hpp"

namespace smsim::scenario {

class YamlMap;

class YamlValue {
 public:
  YamlValue(YAML::Node node, std::string path, std::shared_ptr<const std::string> file);

  const YAML::Node& node() const { return node_; }
  const std::string& path() const { return path_; }
  const std::shared_ptr<const std::string>& file() const { return file_; }
  SourcePosition position() const;

  bool isMap() const { return node_.IsMap(); }
  bool isSequence() const { return node_.IsSequence(); }
  bool isScalar() const { return node_.IsScalar(); }
  bool isNull() const { return !node_.IsDefined() || node_.IsNull(); }

  // Typed reads; each fails with the value's position when the value has another type.
  std::string string() const;
  std::int64_t integer(std::int64_t min, std::int64_t max) const;
  double number(double min, double max) const;
  bool boolean() const;
  // Any value as JSON: quoted scalars stay strings, plain ones become numbers, booleans or null
  // when they read as such.
  nlohmann::json json() const;
  // A string or a list of strings.
  std::vector<std::string> strings() const;
  std::vector<YamlValue> items() const;
  YamlMap map() const;

  [[noreturn]] void fail(const char* id, const std::string& message) const;

 private:
  YAML::Node node_;
  std::string path_;
  std::shared_ptr<const std::string> file_;
};

class YamlMap {
 public:
  explicit YamlMap(const YamlValue& value);

  bool has(std::string_view key) const;
  std::optional<YamlValue> get(std::string_view key);
  YamlValue require(std::string_view key);
  // Every entry, in document order, all counted as read (for free-form maps such as headers).
  std::vector<std::pair<std::string, YamlValue>> entries();
  // Fails on the first key that no get/require asked for.
  void rejectUnknownKeys() const;
  // Fails unless exactly one of `keys` is present; returns it.
  std::string exactlyOneOf(std::initializer_list<std::string_view> keys) const;
  const YamlValue& value() const { return value_; }

 private:
  struct Entry {
    std::string key;
    YAML::Node keyNode;
    YAML::Node valueNode;
    bool read = false;
  };
  std::string childPath(std::string_view key) const;

  YamlValue value_;
  std::vector<Entry> entries_;
  std::vector<std::string> asked_;  // keys the reader knows, for the unknown-key message
};

// Parses YAML (or JSON, a subset of it) text; a syntax error becomes a ScenarioError, and so
// does a document past the bounds of document_bounds.hpp (cycles, depth, aliases expanded).
YamlValue parseYamlDocument(const std::string& text, const std::string& fileName);

}  // namespace smsim::scenario
