#pragma once
// The search behind GET /_smsim/opted-out-numbers: opted-out numbers across accounts, regions and
// lists that contain a text. A list can hold a million numbers and every API call waits on the
// store's one lock, so the search never holds it across a whole list: it reads a list in chunks,
// one lock each, resuming after the last number it read (lists are sorted by number). A text
// that starts with `+` is a prefix of E.164 numbers, so only its range of the list is read.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "state/store.hpp"

namespace smsim::control {

struct OptedOutSearch {
  std::optional<std::string> account;
  std::optional<std::string> region;
  std::optional<std::string> list;
  std::string number;  // a part of the number; empty matches every number
  std::size_t limit = 100;
};

struct FoundOptedOutNumber {
  state::AccountScope scope;
  std::string optOutListName;
  std::string optedOutNumber;
  state::OptedOutEntry entry;
};

struct OptedOutSearchResult {
  std::vector<FoundOptedOutNumber> numbers;  // the first `limit`, by account, region, list, number
  std::size_t total = 0;                     // how many match
};

struct SearchSteps {
  std::size_t numbersPerLock = 4096;   // at most this many numbers read under one lock
  std::function<void()> betweenSteps;  // called with the lock released (tests use it)
};

// A view taken in steps, not one instant: a number added or removed while the search runs is found
// if it sorts after where the search was in its list; a list or account removed meanwhile ends
// there. Without a number to match, the total is the lists' sizes and only `limit` are read.
OptedOutSearchResult searchOptedOutNumbers(state::Store& store, const OptedOutSearch& search,
                                           const SearchSteps& steps = {});

}  // namespace smsim::control
