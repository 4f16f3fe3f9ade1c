// Merging of Convoso request parameters.
#include "protocols/convoso/convoso_parameters.hpp"

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

nlohmann::json parametersJson(const ConvosoParameters& parameters) {
  auto out = nlohmann::json::object();
  for (const auto& [name, value] : parameters) out[name] = value;
  return out;
}

}  // namespace smsim::convoso
