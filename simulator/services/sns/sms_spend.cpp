#include "services/sns/sms_spend.hpp"

#include "services/sms_voice_v2/send_checks.hpp"
#include "services/sms_voice_v2/spend_limits.hpp"

namespace smsim::sns {

std::int64_t maxSmsSpendLimitOf(const state::AccountState& account) {
  return sms_voice_v2::maxLimitOf(account, account.spendLimits.text);
}

std::int64_t smsSpendLimitOf(const state::AccountState& account) {
  const auto& attributes = account.sns.smsAttributes;
  // SetSMSAttributes keeps only whole numbers of at most nine digits here.
  if (const auto it = attributes.find("MonthlySpendLimit"); it != attributes.end()) {
    return std::stoll(it->second);
  }
  return maxSmsSpendLimitOf(account);
}

bool chargeSmsSpend(state::AccountState& account, const std::string& number,
                    const std::string& body, const Clock& clock) {
  auto& sns = account.sns;
  const auto month = sms_voice_v2::spendMonthOf(clock);
  if (sns.smsSpendMonth != month) {
    sns.smsSpendMonth = month;
    sns.smsSpent = 0;
  }
  const double price = sms_voice_v2::textSendPrice(number, body);
  // A hundredth of a cent of slack, as End User Messaging SMS's own spend check allows for the
  // rounding of doubles.
  if (sns.smsSpent + price > static_cast<double>(smsSpendLimitOf(account)) + 1e-9) return false;
  sns.smsSpent += price;
  return true;
}

}  // namespace smsim::sns
