// DescribeSpendLimits, Set/Delete{Text,Media,Voice}MessageSpendLimitOverride, and the month's
// spend that sends add to.
#include "services/sms_voice_v2/spend_limits.hpp"

#include <chrono>
#include <cstdio>

#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

const char* limitName(SpendChannel channel) {
  switch (channel) {
    case SpendChannel::Text:
      return "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT";
    case SpendChannel::Media:
      return "MEDIA_MESSAGE_MONTHLY_SPEND_LIMIT";
    case SpendChannel::Voice:
      return "VOICE_MESSAGE_MONTHLY_SPEND_LIMIT";
  }
  return "";
}

const char* reachedReason(SpendChannel channel) {
  switch (channel) {
    case SpendChannel::Text:
      return "MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT";
    case SpendChannel::Media:
      return "MONTHLY_SPEND_LIMIT_REACHED_FOR_MEDIA";
    case SpendChannel::Voice:
      return "MONTHLY_SPEND_LIMIT_REACHED_FOR_VOICE";
  }
  return "";
}

SpendLimitInformation information(const state::AccountState& account, SpendChannel channel,
                                  const state::SpendLimit& limit) {
  return {limitName(channel), enforcedLimitOf(account, limit), maxLimitOf(account, limit),
          limit.enforcedLimit.has_value()};
}

// "The requested spend limit must be less than or equal to the MaxLimit" (the model, on each
// Set…SpendLimitOverride); the reason is the model's
// REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT. The user guide sets the floor: "you can set
// your enforced limit to any value between $1 and the account limit"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html); the model's minimum
// is 0, so 0 is refused here with ValidationException INVALID_PARAMETER (AWS names no reason).
SpendLimitOverrideResult setOverride(CallContext& call, SpendChannel channel,
                                     std::int64_t monthlyLimit) {
  if (monthlyLimit < 1) {
    throw ServiceError::invalidField("INVALID_PARAMETER", "MonthlyLimit",
                                     "The enforced spend limit must be at least 1 USD.");
  }
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& limit = spendLimitOf(account, channel);
    const auto max = maxLimitOf(account, limit);
    if (monthlyLimit > max) {
      throw ServiceError::invalidField(
          "REQUESTED_SPEND_LIMIT_HIGHER_THAN_SERVICE_LIMIT", "MonthlyLimit",
          "The requested spend limit " + std::to_string(monthlyLimit) +
              " is higher than the account's MaxLimit of " + std::to_string(max) + " USD.");
    }
    limit.enforcedLimit = monthlyLimit;
    return SpendLimitOverrideResult{monthlyLimit};
  });
}

// "Deleting a spend limit override will set the EnforcedLimit to equal the MaxLimit."
SpendLimitOverrideResult deleteOverride(CallContext& call, SpendChannel channel) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& limit = spendLimitOf(account, channel);
    limit.enforcedLimit.reset();
    return SpendLimitOverrideResult{maxLimitOf(account, limit)};
  });
}

}  // namespace

std::string spendMonthOf(const Clock& clock) {
  const auto days = std::chrono::floor<std::chrono::days>(clock.now());
  const std::chrono::year_month_day date{days};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()));
  return text;
}

state::SpendLimit& spendLimitOf(state::AccountState& account, SpendChannel channel) {
  switch (channel) {
    case SpendChannel::Media:
      return account.spendLimits.media;
    case SpendChannel::Voice:
      return account.spendLimits.voice;
    case SpendChannel::Text:
      break;
  }
  return account.spendLimits.text;
}

std::int64_t maxLimitOf(const state::AccountState& account, const state::SpendLimit& limit) {
  return limit.maxLimit.value_or(state::inSandbox(account) ? kSandboxMaxSpendLimit
                                                           : kProductionMaxSpendLimit);
}

std::int64_t enforcedLimitOf(const state::AccountState& account, const state::SpendLimit& limit) {
  return limit.enforcedLimit.value_or(maxLimitOf(account, limit));
}

// "When you reach your enforced limit, AWS End User Messaging SMS stops sending your messages"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html); the exception and
// reasons are the model's ServiceQuotaExceededException MONTHLY_SPEND_LIMIT_REACHED_FOR_*.
void chargeSpend(state::AccountState& account, SpendChannel channel, double price,
                 const Clock& clock, bool dryRun) {
  auto& limit = spendLimitOf(account, channel);
  const auto month = spendMonthOf(clock);
  if (limit.month != month) {
    limit.month = month;
    limit.spent = 0;
  }
  const auto enforced = static_cast<double>(enforcedLimitOf(account, limit));
  // A hundredth of a cent of slack, so sums of prices that land on the limit aren't refused by
  // the rounding of doubles.
  if (limit.spent + price > enforced + 1e-9) {
    char spent[32];
    std::snprintf(spent, sizeof spent, "%.5f", limit.spent);
    throw ServiceError::quotaExceeded(
        reachedReason(channel), std::string("The monthly spend limit of ") +
                                    std::to_string(static_cast<std::int64_t>(enforced)) +
                                    " USD would be passed (spent this month: " + spent + " USD).");
  }
  if (!dryRun) limit.spent += price;
}

DescribeSpendLimitsResult describeSpendLimits(CallContext& call,
                                              const DescribeSpendLimitsRequest&) {
  return call.store.withAccount(call.scope, [](state::AccountState& account) {
    DescribeSpendLimitsResult result;
    for (auto channel : {SpendChannel::Text, SpendChannel::Voice, SpendChannel::Media}) {
      result.spendLimits.push_back(information(account, channel, spendLimitOf(account, channel)));
    }
    return result;
  });
}

SpendLimitOverrideResult setTextMessageSpendLimitOverride(
    CallContext& call, const SetTextMessageSpendLimitOverrideRequest& request) {
  return setOverride(call, SpendChannel::Text, request.monthlyLimit);
}
SpendLimitOverrideResult setMediaMessageSpendLimitOverride(
    CallContext& call, const SetMediaMessageSpendLimitOverrideRequest& request) {
  return setOverride(call, SpendChannel::Media, request.monthlyLimit);
}
SpendLimitOverrideResult setVoiceMessageSpendLimitOverride(
    CallContext& call, const SetVoiceMessageSpendLimitOverrideRequest& request) {
  return setOverride(call, SpendChannel::Voice, request.monthlyLimit);
}
SpendLimitOverrideResult deleteTextMessageSpendLimitOverride(
    CallContext& call, const DeleteTextMessageSpendLimitOverrideRequest&) {
  return deleteOverride(call, SpendChannel::Text);
}
SpendLimitOverrideResult deleteMediaMessageSpendLimitOverride(
    CallContext& call, const DeleteMediaMessageSpendLimitOverrideRequest&) {
  return deleteOverride(call, SpendChannel::Media);
}
SpendLimitOverrideResult deleteVoiceMessageSpendLimitOverride(
    CallContext& call, const DeleteVoiceMessageSpendLimitOverrideRequest&) {
  return deleteOverride(call, SpendChannel::Voice);
}

}  // namespace smsim::sms_voice_v2
