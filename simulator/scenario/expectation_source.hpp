#pragma once
// What a scenario's expectations read, and nothing more: the journal (what was called), the
// stores (what is on which list, what was sent), and the account and region of an expectation
// that names none.
#include "state/account_scope.hpp"
#include "state/convoso_store.hpp"
#include "state/journal.hpp"
#include "state/store.hpp"

namespace smsim::scenario {

struct ExpectationSource {
  state::AccountScope defaults;
  state::Store& store;
  state::ConvosoStore& convoso;
  const state::Journal& journal;
};

}  // namespace smsim::scenario
