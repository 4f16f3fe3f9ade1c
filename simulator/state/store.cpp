// The store: its one lock, and accounts created on first use with their Default opt-out list.
#include "state/store.hpp"

#include "common/aws_names.hpp"

namespace smsim::state {

std::string optOutListArn(const AccountScope& scope, const std::string& name) {
  return aws_names::smsVoiceArn(scope.region, scope.accountId, "opt-out-list", name);
}

void Store::reset() {
  std::lock_guard lock(mutex_);
  accounts_.clear();
  outbox_.clear();
  messageEvents_.clear();
}

std::optional<AccountScope> Store::scopeOwningNumber(const std::string& number) {
  std::lock_guard lock(mutex_);
  for (const auto& [scope, account] : accounts_) {
    for (const auto& [id, phoneNumber] : account.phoneNumbers) {
      if (phoneNumber.number == number) return scope;
    }
  }
  return std::nullopt;
}

AccountState& Store::accountLocked(const AccountScope& scope) {
  auto [it, created] = accounts_.try_emplace(scope);
  if (created) {
    it->second.tier = tier_;
    OptOutList defaultList;
    defaultList.name = aws_names::kDefaultOptOutListName;
    defaultList.arn = optOutListArn(scope, defaultList.name);
    defaultList.createdTimestamp = clock_.nowEpochSeconds();
    it->second.optOutLists.emplace(defaultList.name, std::move(defaultList));
  }
  return it->second;
}

}  // namespace smsim::state
