#pragma once
// One channel's monthly spend limit (text, media or voice) and what was spent in the month.
#include <cstdint>
#include <optional>
#include <string>

namespace smsim::state {

struct SpendLimit {
  std::optional<std::int64_t> maxLimit;       // USD a month (MaxLimit); absent: the tier's
  std::optional<std::int64_t> enforcedLimit;  // Set…SpendLimitOverride's MonthlyLimit
  std::string month;                          // "YYYY-MM" (UTC) of `spent`
  double spent = 0;                           // USD spent in `month`
};

struct SpendLimits {
  SpendLimit text;
  SpendLimit media;
  SpendLimit voice;
};

}  // namespace smsim::state
