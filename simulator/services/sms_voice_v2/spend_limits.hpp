#pragma once
// The monthly spend limits of an account: what each channel may spend (MaxLimit, set by AWS; the
// enforced limit an override sets) and what it has spent in the current simulated month.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/spend-limit.html
#include <cstdint>
#include <string>

#include "smsim/clock.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

enum class SpendChannel { Text, Media, Voice };

// MaxLimit when nothing was seeded. AWS gives new accounts an initial monthly limit without
// stating it in the SMS guide; SNS's guide says "By default, the spend quota is set to 1.00 USD",
// so a sandbox account gets $1. A production account gets $10,000, smsim's choice (README.md), so
// tests that send thousands of messages don't meet it by accident.
inline constexpr std::int64_t kSandboxMaxSpendLimit = 1;
inline constexpr std::int64_t kProductionMaxSpendLimit = 10000;

// The simulated calendar month, UTC ("YYYY-MM"): spend starts again at zero on the first.
std::string spendMonthOf(const Clock& clock);

state::SpendLimit& spendLimitOf(state::AccountState& account, SpendChannel channel);
std::int64_t maxLimitOf(const state::AccountState& account, const state::SpendLimit& limit);
std::int64_t enforcedLimitOf(const state::AccountState& account, const state::SpendLimit& limit);

// Throws ServiceQuotaExceededException MONTHLY_SPEND_LIMIT_REACHED_FOR_TEXT (MEDIA, VOICE) when
// `price` would take the month's spend past the enforced limit; else, unless `dryRun`, adds it.
void chargeSpend(state::AccountState& account, SpendChannel channel, double price,
                 const Clock& clock, bool dryRun);

}  // namespace smsim::sms_voice_v2
