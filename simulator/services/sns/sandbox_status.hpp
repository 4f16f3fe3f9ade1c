#pragma once
// Whether an account is in the SMS sandbox, as GetSMSSandboxAccountStatus answers it. AWS keeps
// one sandbox for SNS and End User Messaging SMS: "If your account is removed from the sandbox in
// Amazon SNS, it's also out of the sandbox in Amazon Pinpoint, and vice-versa"
// (https://aws.amazon.com/blogs/messaging-and-targeting/introducing-the-amazon-pinpoint-sms-sandbox).
// One function, so it reads End User Messaging SMS's account tier once that is emulated.
#include "state/account_state.hpp"

namespace smsim::sns {

// False today: smsim's accounts send to any number.
bool isInSmsSandbox(const state::AccountState& account);

}  // namespace smsim::sns
