#pragma once
// Finds resources by the name-or-ARN values the API accepts, throwing ResourceNotFoundException
// as AWS does when they don't exist in the caller's account and region.
#include <optional>
#include <string>

#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// The resource name when `nameOrArn` is a plain name, or an ARN of `resourceType` in `scope`;
// nullopt for an ARN of another account, region or resource type.
std::optional<std::string> resourceNameFrom(const std::string& nameOrArn,
                                            const state::AccountScope& scope,
                                            const std::string& resourceType);

state::PhoneNumber& findPhoneNumber(state::AccountState& account, const state::AccountScope& scope,
                                    const std::string& idOrArn);
state::Pool& findPool(state::AccountState& account, const state::AccountScope& scope,
                      const std::string& idOrArn);

state::ConfigurationSet& findConfigurationSet(state::AccountState& account,
                                              const state::AccountScope& scope,
                                              const std::string& nameOrArn);

state::OptOutList& findOptOutList(state::AccountState& account, const state::AccountScope& scope,
                                  const std::string& nameOrArn);

}  // namespace smsim::sms_voice_v2
