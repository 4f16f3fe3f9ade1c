#pragma once
// The members UpdatePhoneNumber and UpdatePool share: opt-out list, two-way, self-managed
// opt-outs and deletion protection.
#include <nlohmann/json.hpp>

#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// Checks everything first and changes `settings` only when the whole update is valid.
void applySettingsUpdate(state::AccountState& account, const state::AccountScope& scope,
                         const nlohmann::json& input, state::OriginationSettings& settings);

}  // namespace smsim::sms_voice_v2
