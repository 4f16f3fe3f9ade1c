// Reason and purpose values of inserts and updates.
#include "services/convoso/parameter_checks.hpp"

#include "services/convoso/field_rules.hpp"

namespace smsim::convoso {

std::string newTextValue(const Parameter& value, const std::vector<std::string>& allowed,
                         ErrorCode invalid) {
  if (!isPresent(value) || *value == kBlankValue) return {};
  if (!isAllowedValue(allowed, *value)) throw ConvosoError(invalid);
  return *value;
}

std::string changedTextValue(const Parameter& value, const std::string& current,
                             const std::vector<std::string>& allowed, ErrorCode invalid) {
  if (!isPresent(value)) return current;
  if (*value == kBlankValue) return {};
  if (!isAllowedValue(allowed, *value)) throw ConvosoError(invalid);
  return *value;
}

}  // namespace smsim::convoso
