#include "scenario/rule.hpp"

#include <array>

namespace smsim::scenario {

namespace {

constexpr std::array<std::pair<FaultKind, const char*>, 4> kFaultNames = {{
    {FaultKind::ConnectionReset, "connectionReset"},
    {FaultKind::EmptyResponse, "emptyResponse"},
    {FaultKind::MalformedResponse, "malformedResponse"},
    {FaultKind::TruncatedResponse, "truncatedResponse"},
}};

}  // namespace

const char* faultName(FaultKind kind) {
  for (const auto& [value, name] : kFaultNames) {
    if (value == kind) return name;
  }
  return "unknown";
}

std::optional<FaultKind> faultFromName(const std::string& name) {
  for (const auto& [value, text] : kFaultNames) {
    if (name == text) return value;
  }
  return std::nullopt;
}

}  // namespace smsim::scenario
