#pragma once
// The Filters of Describe operations: an item passes when, for every filter, one of the item's
// values for that name is among the filter's values.
#include <algorithm>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"

namespace smsim::sms_voice_v2 {

template <typename ValuesOf>  // std::vector<std::string>(const std::string& filterName)
bool passesFilters(const std::vector<Filter>& filters, ValuesOf&& valuesOf) {
  for (const auto& filter : filters) {
    const auto itemValues = valuesOf(filter.name);
    const auto& wanted = filter.values;
    const bool any = std::any_of(itemValues.begin(), itemValues.end(), [&](const std::string& v) {
      return std::find(wanted.begin(), wanted.end(), v) != wanted.end();
    });
    if (!any) return false;
  }
  return true;
}

// The filters as text, for the context a page token is signed with.
inline std::string filtersText(const std::vector<Filter>& filters) {
  std::string text;
  for (const auto& filter : filters) {
    text += "[" + filter.name;
    for (const auto& value : filter.values) text += "|" + value;
    text += "]";
  }
  return text;
}

inline std::string boolText(bool value) { return value ? "true" : "false"; }

}  // namespace smsim::sms_voice_v2
