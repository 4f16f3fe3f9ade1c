#include "scenario/scenario_error.hpp"

namespace smsim::scenario {

namespace {

std::string describe(const std::string& id, const SourcePosition& position, const std::string& key,
                     const std::string& message) {
  std::string text = "[" + id + "] " + (position.file.empty() ? "<scenario>" : position.file);
  if (position.line > 0) {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on ":" + std::string&& at -O2.
    text += ':';
    text += std::to_string(position.line);
    text += ':';
    text += std::to_string(position.column);
  }
  text += ": ";
  if (!key.empty()) text += "'" + key + "': ";
  return text + message;
}

}  // namespace

ScenarioError::ScenarioError(std::string id, SourcePosition position, std::string key,
                             std::string message)
    : std::runtime_error(describe(id, position, key, message)),
      id_(std::move(id)),
      position_(std::move(position)),
      key_(std::move(key)),
      message_(std::move(message)) {}

void to_json(nlohmann::json& out, const ScenarioError& error) {
  out = {{"error", "InvalidScenario"},        {"id", error.id()},
         {"file", error.position().file},     {"line", error.position().line},
         {"column", error.position().column}, {"key", error.key()},
         {"message", error.message()},        {"detail", error.what()}};
}

}  // namespace smsim::scenario
