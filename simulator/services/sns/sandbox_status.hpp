#pragma once
// Whether an account is in the SMS sandbox, as GetSMSSandboxAccountStatus answers it. AWS keeps
// one sandbox for SNS and End User Messaging SMS: "If your account is removed from the sandbox in
// Amazon SNS, it's also out of the sandbox in Amazon Pinpoint, and vice-versa"
// (https://aws.amazon.com/blogs/messaging-and-targeting/introducing-the-amazon-pinpoint-sms-sandbox).
// One function, over End User Messaging SMS's account tier.
#include "state/account_state.hpp"

namespace smsim::sns {

// The account tier v2 keeps (--account-tier, a seed's accountTier): SNS and End User Messaging
// SMS share one SMS sandbox.
bool isInSmsSandbox(const state::AccountState& account);

}  // namespace smsim::sns
