#pragma once
// The one place simulated state lives. A single mutex guards it: every service call runs under
// the lock from start to end, so each call sees and leaves a consistent world.
#include <functional>
#include <map>
#include <mutex>
#include <optional>

#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/account_state.hpp"
#include "state/message_events.hpp"
#include "state/outbox.hpp"

namespace smsim::state {

class Store {
 public:
  // New accounts start in `tier` (ServerConfig::accountTier).
  Store(const Clock& clock, std::size_t outboxCapacity, AccountTier tier = AccountTier::Production)
      : clock_(clock), tier_(tier), outbox_(outboxCapacity) {}

  // Runs `action` with exclusive access to the scope's state, creating it (with its `Default`
  // opt-out list and the server's account tier) on first use.
  template <typename Action>
  auto withAccount(const AccountScope& scope, Action&& action) {
    std::lock_guard lock(mutex_);
    return action(accountLocked(scope));
  }

  // Runs `action(scope, account)` on every account and region that exists, under the lock, without
  // creating any (for the control API's read-only views).
  template <typename Action>
  void forEachAccount(Action&& action) {
    std::lock_guard lock(mutex_);
    for (auto& [scope, account] : accounts_) action(scope, account);
  }

  // The account and region that lease the E.164 `number`, if any.
  std::optional<AccountScope> scopeOwningNumber(const std::string& number);

  // Messages sent; it has its own lock, taken after the store's when both are held.
  Outbox& outbox() { return outbox_; }
  // Delivery events of sent messages; its own lock too, taken after the store's.
  MessageEvents& messageEvents() { return messageEvents_; }

  // Back to the start state: no accounts, so each is created afresh on next use.
  void reset();

 private:
  AccountState& accountLocked(const AccountScope& scope);

  const Clock& clock_;
  AccountTier tier_;
  std::mutex mutex_;
  std::map<AccountScope, AccountState> accounts_;
  Outbox outbox_;
  MessageEvents messageEvents_;
};

std::string optOutListArn(const AccountScope& scope, const std::string& name);

}  // namespace smsim::state
