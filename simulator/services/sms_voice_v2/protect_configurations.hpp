#pragma once
// Protect configurations as a send meets them: which one applies, and whether it lets the message
// through. https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
#include <optional>
#include <string>

#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// The configuration `idOrArn` names (its ProtectConfigurationId or ARN), or
// ResourceNotFoundException (protect-configuration).
state::ProtectConfiguration& findProtectConfiguration(state::AccountState& account,
                                                      const state::AccountScope& scope,
                                                      const std::string& idOrArn);

// The protect configuration of a send: the request's ProtectConfigurationId (ResourceNotFound
// when unknown), else the configuration set's, else the account default; nullptr when none.
const state::ProtectConfiguration* effectiveProtectConfiguration(
    state::AccountState& account, const state::AccountScope& scope,
    const std::optional<std::string>& requested, const state::ConfigurationSet* set);

// Throws the ConflictException AWS names when `configuration` blocks `capability` (SMS, MMS,
// VOICE) messages to `destination`: a BLOCK number override
// (DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE), else a BLOCK country rule
// (DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION). An ALLOW override lets the number
// through whatever its country's rule; ALLOW, MONITOR and FILTER let messages through.
void requireAllowedByProtectConfiguration(const state::ProtectConfiguration& configuration,
                                          const std::string& capability,
                                          const std::string& destination, double now);

}  // namespace smsim::sms_voice_v2
