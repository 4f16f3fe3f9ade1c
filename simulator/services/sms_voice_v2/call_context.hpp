#pragma once
// What an SMS Voice v2 operation is given besides its input: whose state and which clock.
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/store.hpp"

namespace smsim::sms_voice_v2 {

struct CallContext {
  state::AccountScope scope;
  state::Store& store;
  const Clock& clock;
};

}  // namespace smsim::sms_voice_v2
