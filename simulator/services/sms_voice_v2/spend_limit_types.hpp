#pragma once
// Requests and results of DescribeSpendLimits and the text, media and voice
// Set…/Delete…SpendLimitOverride operations.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"

namespace smsim::sms_voice_v2 {

struct SpendLimitInformation {
  std::string name;  // TEXT_MESSAGE_MONTHLY_SPEND_LIMIT, ...
  std::int64_t enforcedLimit = 0;
  std::int64_t maxLimit = 0;
  bool overridden = false;
};

struct DescribeSpendLimitsRequest {
  PageParameters page;  // the three limits fit one page
};
struct DescribeSpendLimitsResult {
  std::vector<SpendLimitInformation> spendLimits;
};

struct SetSpendLimitOverrideRequest {
  std::int64_t monthlyLimit = 0;
};
struct DeleteSpendLimitOverrideRequest {};
// Set's result is the new enforced limit, Delete's the limit now enforced (MaxLimit).
struct SpendLimitOverrideResult {
  std::int64_t monthlyLimit = 0;
};

// The channel an override operation acts on; one typed request per channel so each operation
// keeps its own name in the table.
struct SetTextMessageSpendLimitOverrideRequest : SetSpendLimitOverrideRequest {};
struct SetMediaMessageSpendLimitOverrideRequest : SetSpendLimitOverrideRequest {};
struct SetVoiceMessageSpendLimitOverrideRequest : SetSpendLimitOverrideRequest {};
struct DeleteTextMessageSpendLimitOverrideRequest : DeleteSpendLimitOverrideRequest {};
struct DeleteMediaMessageSpendLimitOverrideRequest : DeleteSpendLimitOverrideRequest {};
struct DeleteVoiceMessageSpendLimitOverrideRequest : DeleteSpendLimitOverrideRequest {};

}  // namespace smsim::sms_voice_v2
