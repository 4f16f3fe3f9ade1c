#include "services/sms_voice_v2/resource_lookup.hpp"

#include "common/aws_names.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

std::optional<std::string> resourceNameFrom(const std::string& nameOrArn,
                                            const state::AccountScope& scope,
                                            const std::string& resourceType) {
  if (!nameOrArn.starts_with("arn:")) return nameOrArn;
  const std::string prefix =
      aws_names::smsVoiceArn(scope.region, scope.accountId, resourceType, "");
  if (!nameOrArn.starts_with(prefix) || nameOrArn.size() == prefix.size()) return std::nullopt;
  return nameOrArn.substr(prefix.size());
}

namespace {

template <typename Resources>
auto& findById(Resources& resources, const state::AccountScope& scope, const std::string& idOrArn,
               const char* resourceType) {
  if (auto id = resourceNameFrom(idOrArn, scope, resourceType)) {
    if (auto it = resources.find(*id); it != resources.end()) return it->second;
  }
  throw ServiceError::resourceNotFound(resourceType, idOrArn);
}

}  // namespace

state::PhoneNumber& findPhoneNumber(state::AccountState& account, const state::AccountScope& scope,
                                    const std::string& idOrArn) {
  return findById(account.phoneNumbers, scope, idOrArn, resource_type::kPhoneNumber);
}

state::Pool& findPool(state::AccountState& account, const state::AccountScope& scope,
                      const std::string& idOrArn) {
  return findById(account.pools, scope, idOrArn, resource_type::kPool);
}

state::ConfigurationSet& findConfigurationSet(state::AccountState& account,
                                              const state::AccountScope& scope,
                                              const std::string& nameOrArn) {
  return findById(account.configurationSets, scope, nameOrArn, resource_type::kConfigurationSet);
}

state::OptOutList& findOptOutList(state::AccountState& account, const state::AccountScope& scope,
                                  const std::string& nameOrArn) {
  return findById(account.optOutLists, scope, nameOrArn, resource_type::kOptOutList);
}

}  // namespace smsim::sms_voice_v2
