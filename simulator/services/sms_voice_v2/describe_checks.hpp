#pragma once
// The checks Describe and List requests share before they read anything: an Owner that can't go
// with names or ids, and filter values a filter can never match.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"

namespace smsim::sms_voice_v2 {

// ValidationException PARAMETERS_CANNOT_BE_USED_TOGETHER when both are given.
void requireOwnerWithoutIds(const std::optional<std::string>& owner, bool idsGiven,
                            const char* idsMember);

// The values a filter can match: those of an enum shape of the service model, or true and false.
struct FilterValues {
  std::string_view filterName;
  std::string_view modelEnum;  // kTrueOrFalse for a boolean filter
};
inline constexpr std::string_view kTrueOrFalse = "true|false";

// ValidationException INVALID_FILTER_VALUES for a value outside its filter's set. Filters not
// listed (names, ARNs, country codes) take any value.
void requireKnownFilterValues(const std::vector<Filter>& filters,
                              std::span<const FilterValues> known);

}  // namespace smsim::sms_voice_v2
