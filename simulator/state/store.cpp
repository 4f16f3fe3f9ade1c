#include "state/store.hpp"

namespace smsim::state {

namespace {
constexpr const char* kDefaultOptOutListName = "Default";
}

std::string optOutListArn(const AccountScope& scope, const std::string& name) {
  return "arn:aws:sms-voice:" + scope.region + ":" + scope.accountId + ":opt-out-list/" + name;
}

nlohmann::json optedOutNumberJson(const std::string& number, const OptedOutEntry& entry) {
  return {{"OptedOutNumber", number},
          {"OptedOutTimestamp", entry.optedOutTimestamp},
          {"EndUserOptedOut", entry.endUserOptedOut}};
}

void Store::reset() {
  std::lock_guard lock(mutex_);
  accounts_.clear();
  outbox_.clear();
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
    OptOutList defaultList;
    defaultList.name = kDefaultOptOutListName;
    defaultList.arn = optOutListArn(scope, defaultList.name);
    defaultList.createdTimestamp = clock_.nowEpochSeconds();
    it->second.optOutLists.emplace(defaultList.name, std::move(defaultList));
  }
  return it->second;
}

}  // namespace smsim::state
