#pragma once
// SNS's monthly SMS spend limit, the MonthlySpendLimit SMS attribute: "When Amazon SNS determines
// that sending an SMS message would incur a cost that exceeds this limit, it stops sending SMS
// messages" (https://docs.aws.amazon.com/sns/latest/api/API_SetSMSAttributes.html). Publish
// still answers a MessageId; the message fails. Called with the account locked.
#include <cstdint>
#include <string>

#include "smsim/clock.hpp"
#include "state/account_state.hpp"

namespace smsim::sns {

// The account's limit in USD: the MonthlySpendLimit attribute, else "the maximum allowed by
// Amazon SNS", which smsim takes from End User Messaging SMS's text MaxLimit (1 USD in the
// sandbox, as SNS's guide says of new accounts; 10,000 in production, smsim's choice).
std::int64_t smsSpendLimitOf(const state::AccountState& account);

// The largest MonthlySpendLimit SetSMSAttributes accepts: the account's MaxLimit.
std::int64_t maxSmsSpendLimitOf(const state::AccountState& account);

// Adds the price of sending `body` to `number` to the month's SNS spend and answers true, or
// answers false and adds nothing when that would pass the limit. The price is End User Messaging
// SMS's for a text message (smsim's table, per part), counted per simulated UTC month.
bool chargeSmsSpend(state::AccountState& account, const std::string& number,
                    const std::string& body, const Clock& clock);

}  // namespace smsim::sns
