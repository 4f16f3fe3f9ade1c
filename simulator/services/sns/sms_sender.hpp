#pragma once
// One SMS into the outbox, for Publish to a phone number and to a topic's sms subscribers alike:
// the origination number and message type from the attributes and the account's preferences,
// FAILED when the number is on the account's Default opt-out list. Called with the account
// locked (inside Store::withAccount).
#include <string>

#include "services/sns/call_context.hpp"
#include "services/sns/sms_types.hpp"
#include "state/account_state.hpp"

namespace smsim::sns {

// Whether `number` is on the account's Default opt-out list.
bool isOptedOut(state::AccountState& account, const std::string& number);

// The message's id.
std::string sendSmsLocked(CallContext& call, state::AccountState& account,
                          const PublishSmsRequest& request);

}  // namespace smsim::sns
