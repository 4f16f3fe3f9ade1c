#pragma once
// What a scenario's seed writes to, and nothing more: the stores it fills, the subscriptions it
// registers, the clock its entries are stamped with, and the account and region of a seed that
// names none. The server builds one from what it owns and applies seeds through it.
#include "delivery/webhook_dispatcher.hpp"
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/convoso_store.hpp"
#include "state/store.hpp"

namespace smsim::scenario {

struct SeedTarget {
  state::AccountScope defaults;
  const Clock& clock;
  state::Store& store;
  state::ConvosoStore& convoso;
  delivery::WebhookDispatcher& dispatcher;
};

}  // namespace smsim::scenario
