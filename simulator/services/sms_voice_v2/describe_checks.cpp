#include "services/sms_voice_v2/describe_checks.hpp"

#include <algorithm>

#include "model/service_model.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

std::vector<std::string_view> allowedValues(std::string_view modelEnum) {
  if (modelEnum == kTrueOrFalse) return {"true", "false"};
  const auto* shape = model::findShape(modelEnum);
  if (shape == nullptr) return {};
  const auto values = shape->enums();
  return {values.begin(), values.end()};
}

std::string joined(const std::vector<std::string_view>& values) {
  std::string text;
  for (const auto value : values) {
    if (!text.empty()) text += ", ";
    text += value;
  }
  return text;
}

}  // namespace

// The model, on each of DescribeOptOutListsRequest.Owner, DescribePhoneNumbersRequest.Owner and
// DescribePoolsRequest.Owner: "The Owner and <names or ids> parameters can't be used at the same
// time."
void requireOwnerWithoutIds(const std::optional<std::string>& owner, bool idsGiven,
                            const char* idsMember) {
  if (owner && idsGiven) {
    throw ServiceError::validation(
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
        std::string("The Owner and ") + idsMember + " parameters can't be used at the same time.",
        {{"Owner", "Can't be used with " + std::string(idsMember) + "."},
         {idsMember, "Can't be used with Owner."}});
  }
}

// The model's Reason INVALID_FILTER_VALUES; a filter value outside the set the filter matches
// (a status that isn't a NumberStatus, a boolean that isn't true or false) is refused rather than
// matching nothing, as DescribeOptedOutNumbers' end-user-opted-out has always been.
void requireKnownFilterValues(const std::vector<Filter>& filters,
                              std::span<const FilterValues> known) {
  for (const auto& filter : filters) {
    const auto set = std::find_if(known.begin(), known.end(), [&](const FilterValues& entry) {
      return entry.filterName == filter.name;
    });
    if (set == known.end()) continue;
    const auto allowed = allowedValues(set->modelEnum);
    for (const auto& value : filter.values) {
      if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
        throw ServiceError::validation(
            "INVALID_FILTER_VALUES",
            "Invalid filter value '" + value + "' for " + filter.name + ".",
            {{"Filters", "Values of " + filter.name + " must be one of " + joined(allowed) + "."}});
      }
    }
  }
}

}  // namespace smsim::sms_voice_v2
