#pragma once
// An AWS opt-out list and the numbers on it. Numbers are kept sorted so that pagination tokens
// can say "after this number" and stay valid while the list changes.
#include <map>
#include <string>
#include <unordered_map>

namespace smsim::state {

struct OptedOutEntry {
  double optedOutTimestamp = 0;  // epoch seconds
  bool endUserOptedOut = false;  // true when the handset sent STOP, false when added by the API
};

struct OptOutList {
  std::string name;
  std::string arn;
  double createdTimestamp = 0;
  std::map<std::string, OptedOutEntry> numbers;
  // When each number was last deleted, for the "once every 30 days" opt-in rule.
  std::unordered_map<std::string, double> lastDeletedAt;
};

}  // namespace smsim::state
