#include "control/opted_out_search.hpp"

#include <algorithm>

namespace smsim::control {

namespace {

struct ListToRead {
  state::AccountScope scope;
  std::string name;
  std::size_t size = 0;
};

// The lists the search names, in account, region and name order; one short lock.
std::vector<ListToRead> listsToRead(state::Store& store, const OptedOutSearch& search) {
  std::vector<ListToRead> lists;
  store.forEachAccount([&](const state::AccountScope& scope, state::AccountState& account) {
    if ((search.account && *search.account != scope.accountId) ||
        (search.region && *search.region != scope.region)) {
      return;
    }
    for (const auto& [name, list] : account.optOutLists) {
      if (!search.list || *search.list == name) lists.push_back({scope, name, list.numbers.size()});
    }
  });
  return lists;
}

// One lock's worth of `list`: at most `numbersPerLock` numbers after `cursor` (without one, from
// the list's start or the prefix's first number). True while there is more to read.
bool readStep(state::Store& store, const ListToRead& list, const OptedOutSearch& search,
              std::size_t numbersPerLock, std::optional<std::string>& cursor,
              OptedOutSearchResult& result) {
  const bool prefix = search.number.starts_with('+');  // E.164: a `+` is only ever first
  const bool countedBySize = search.number.empty();
  bool more = false;
  // forEachAccount reads without creating an account (a reset one stays gone); it walks the few
  // scopes to reach this one, under the same one lock.
  store.forEachAccount([&](const state::AccountScope& scope, state::AccountState& account) {
    if (scope != list.scope) return;
    const auto found = account.optOutLists.find(list.name);
    if (found == account.optOutLists.end()) return;
    const auto& numbers = found->second.numbers;
    auto it = cursor   ? numbers.upper_bound(*cursor)
              : prefix ? numbers.lower_bound(search.number)
                       : numbers.begin();
    for (std::size_t read = 0; it != numbers.end(); ++it, ++read) {
      const auto& [number, entry] = *it;
      if (prefix && !number.starts_with(search.number)) return;
      if (countedBySize && result.numbers.size() >= search.limit) return;
      if (read == numbersPerLock) {
        more = true;
        return;
      }
      cursor = number;
      if (number.find(search.number) == std::string::npos) continue;
      if (!countedBySize) ++result.total;
      if (result.numbers.size() < search.limit) {
        result.numbers.push_back({list.scope, list.name, number, entry});
      }
    }
  });
  return more;
}

}  // namespace

OptedOutSearchResult searchOptedOutNumbers(state::Store& store, const OptedOutSearch& search,
                                           const SearchSteps& steps) {
  OptedOutSearchResult result;
  const auto numbersPerLock = std::max<std::size_t>(steps.numbersPerLock, 1);
  for (const auto& list : listsToRead(store, search)) {
    if (search.number.empty()) {
      result.total += list.size;
      if (result.numbers.size() >= search.limit) continue;  // counted; nothing more to show
    }
    std::optional<std::string> cursor;
    while (readStep(store, list, search, numbersPerLock, cursor, result)) {
      if (steps.betweenSteps) steps.betweenSteps();
    }
  }
  return result;
}

}  // namespace smsim::control
