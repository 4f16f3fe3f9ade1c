// The `spendLimits` of a `seed.aws` scope: per channel (text, media, voice) the MaxLimit AWS set
// (raised on request), the override Set…SpendLimitOverride would set, and the month's spend, so a
// scenario starts near its limit and a state file keeps what the month has spent.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html
#include <algorithm>
#include <regex>

#include "common/iso_timestamp.hpp"
#include "scenario/seed_aws.hpp"
#include "services/sms_voice_v2/spend_limits.hpp"

namespace smsim::scenario {

namespace {

// MaxLimit above smsim's production default stands for a raised quota; no AWS ceiling is written
// down, so this only keeps the sums far from overflow.
constexpr std::int64_t kMaxSeededLimit = 1'000'000'000;

SpendLimitSeed readSpendLimit(const YamlValue& value) {
  auto map = value.map();
  SpendLimitSeed seed;
  if (auto max = map.get("maxLimit")) seed.maxLimit = max->integer(0, kMaxSeededLimit);
  if (auto enforced = map.get("enforcedLimit")) {
    // The guide's floor: "between $1 and the account limit".
    const auto ceiling = seed.maxLimit.value_or(sms_voice_v2::kProductionMaxSpendLimit);
    seed.enforcedLimit = enforced->integer(1, std::max<std::int64_t>(1, ceiling));
  }
  if (auto spent = map.get("spent")) seed.spent = spent->number(0, kMaxSeededLimit);
  if (auto month = map.get("month")) {
    seed.month = month->string();
    static const std::regex yearMonth("[0-9]{4}-(0[1-9]|1[0-2])");
    if (!std::regex_match(*seed.month, yearMonth)) {
      month->fail(error_id::kInvalidValue, "a month is YYYY-MM, e.g. 2026-11");
    }
  }
  map.rejectUnknownKeys();
  return seed;
}

}  // namespace

void readSpendLimitSeeds(YamlMap& scope, AwsScopeSeed& seed) {
  auto limits = scope.get("spendLimits");
  if (!limits) return;
  for (auto& [channel, value] : limits->map().entries()) {
    if (channel != "text" && channel != "media" && channel != "voice") {
      value.fail(error_id::kInvalidValue, "spendLimits are for text, media and voice");
    }
    seed.spendLimits[channel] = readSpendLimit(value);
  }
}

void applySpendLimitSeeds(const AwsScopeSeed& seed, state::AccountState& account, double now) {
  using sms_voice_v2::SpendChannel;
  for (const auto& [channel, limitSeed] : seed.spendLimits) {
    const auto which = channel == "text"    ? SpendChannel::Text
                       : channel == "media" ? SpendChannel::Media
                                            : SpendChannel::Voice;
    auto& limit = sms_voice_v2::spendLimitOf(account, which);
    if (limitSeed.maxLimit) limit.maxLimit = limitSeed.maxLimit;
    if (limitSeed.enforcedLimit) limit.enforcedLimit = limitSeed.enforcedLimit;
    if (limitSeed.spent) {
      limit.spent = *limitSeed.spent;
      limit.month = limitSeed.month.value_or(isoTimestamp(now).substr(0, 7));  // YYYY-MM
    }
  }
}

}  // namespace smsim::scenario
