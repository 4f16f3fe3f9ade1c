#pragma once
// The Filters of Describe operations: a list of {Name, Values}. An item passes when, for every
// filter, one of the item's values for that name is among the filter's values.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace smsim::sms_voice_v2 {

template <typename ValuesOf>  // std::vector<std::string>(const std::string& filterName)
bool passesFilters(const nlohmann::json& filters, ValuesOf&& valuesOf) {
  for (const auto& filter : filters) {
    const auto itemValues = valuesOf(filter.at("Name").template get<std::string>());
    const auto& wanted = filter.at("Values");
    const bool any = std::any_of(itemValues.begin(), itemValues.end(), [&](const std::string& v) {
      return std::find(wanted.begin(), wanted.end(), v) != wanted.end();
    });
    if (!any) return false;
  }
  return true;
}

inline std::string boolText(bool value) { return value ? "true" : "false"; }

}  // namespace smsim::sms_voice_v2
