// Merging of Convoso request parameters.
#include "protocols/convoso/convoso_parameters.hpp"

#include "common/utf8.hpp"
#include "services/convoso/convoso_error.hpp"

namespace smsim::convoso {

ConvosoParameters mergeParameters(const std::vector<std::pair<std::string, std::string>>& inOrder) {
  ConvosoParameters merged;
  for (const auto& [name, value] : inOrder) merged.insert_or_assign(name, value);
  return merged;
}

std::optional<std::string> parameter(const ConvosoParameters& parameters, const std::string& name) {
  const auto it = parameters.find(name);
  if (it == parameters.end()) return std::nullopt;
  return it->second;
}

void requireUtf8(const ConvosoParameters& parameters) {
  for (const auto& [name, value] : parameters) {
    // A name that is not UTF-8 can't be shown in the text either.
    if (!isValidUtf8(name)) throw ConvosoError::notUtf8("parameter name");
    if (!isValidUtf8(value)) throw ConvosoError::notUtf8(name);
  }
}

nlohmann::json parametersJson(const ConvosoParameters& parameters) {
  auto out = nlohmann::json::object();
  for (const auto& [name, value] : parameters) out[name] = value;
  return out;
}

}  // namespace smsim::convoso
