#pragma once
// What an SNS operation is given besides its input: whose state and which clock.
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/store.hpp"

namespace smsim::sns {

struct CallContext {
  state::AccountScope scope;
  state::Store& store;
  const Clock& clock;
};

}  // namespace smsim::sns
