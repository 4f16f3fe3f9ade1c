#pragma once
// Why a scenario file was refused, and where: file, line, column and the key that is wrong, with
// a stable identifier (as nlohmann/json's `[json.exception.parse_error.101]`) so tools and people
// can tell the kinds apart. A file with any such error is rejected whole.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace smsim::scenario {

namespace error_id {
inline constexpr const char* kSyntax = "scenario.syntax";           // not YAML/JSON at all
inline constexpr const char* kUnknownKey = "scenario.unknown_key";  // a key the format lacks
inline constexpr const char* kMissingKey = "scenario.missing_key";
inline constexpr const char* kDuplicateKey = "scenario.duplicate_key";
inline constexpr const char* kInvalidValue = "scenario.invalid_value";  // wrong type or range
inline constexpr const char* kUnsupported = "scenario.unsupported";     // needs a feature not built
inline constexpr const char* kFile = "scenario.file";                   // can't read the file
// Past a bound that keeps loading safe: nesting, aliases expanded, a cycle of aliases.
inline constexpr const char* kLimit = "scenario.limit";
}  // namespace error_id

// A place in a scenario file; line and column count from 1 (0: unknown).
struct SourcePosition {
  std::string file;
  int line = 0;
  int column = 0;
};

class ScenarioError : public std::runtime_error {
 public:
  // `key` is the path of the offending key, e.g. "rules[2].respond.status".
  ScenarioError(std::string id, SourcePosition position, std::string key, std::string message);

  const std::string& id() const { return id_; }
  const SourcePosition& position() const { return position_; }
  const std::string& key() const { return key_; }
  const std::string& message() const { return message_; }

 private:
  std::string id_;
  SourcePosition position_;
  std::string key_;
  std::string message_;
};

// {"error": "InvalidScenario", "id", "file", "line", "column", "key", "message", "detail"}
void to_json(nlohmann::json& out, const ScenarioError& error);

}  // namespace smsim::scenario
