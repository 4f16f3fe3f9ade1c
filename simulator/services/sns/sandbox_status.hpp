#pragma once
// Whether an account is in the SMS sandbox, as GetSMSSandboxAccountStatus answers it. AWS keeps
// one sandbox for SNS and End User Messaging SMS: "If your account is removed from the sandbox in
// Amazon SNS, it's also out of the sandbox in Amazon Pinpoint, and vice-versa"
// (https://aws.amazon.com/blogs/messaging-and-targeting/introducing-the-amazon-pinpoint-sms-sandbox).
// One function, over End User Messaging SMS's account tier.
#include <string>

#include "state/account_state.hpp"

namespace smsim::sns {

// The account tier v2 keeps (--account-tier, a seed's accountTier): SNS and End User Messaging
// SMS share one SMS sandbox.
bool isInSmsSandbox(const state::AccountState& account);

// Whether a message may go to `number`: always outside the sandbox; inside it, only to a number
// verified in SNS's sandbox list or End User Messaging SMS's verified destination numbers ("You
// can only send SMS messages to verified destination phone numbers",
// https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html; one sandbox, either list).
bool maySendInSandbox(const state::AccountState& account, const std::string& number);

}  // namespace smsim::sns
