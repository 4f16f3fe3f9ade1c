#pragma once
// The members UpdatePhoneNumber and UpdatePool share: opt-out list, two-way, self-managed
// opt-outs and deletion protection.
#include "services/sms_voice_v2/phone_number_types.hpp"
#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// Checks everything first and changes `settings` only when the whole update is valid.
void applySettingsUpdate(state::AccountState& account, const state::AccountScope& scope,
                         const OriginationSettingsUpdate& update,
                         state::OriginationSettings& settings);

}  // namespace smsim::sms_voice_v2
