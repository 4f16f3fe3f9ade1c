#include "scenario/number_states.hpp"

#include <algorithm>

#include "scenario/rule.hpp"

namespace smsim::scenario {

NumberStates::NumberStates(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

std::string& NumberStates::at(const std::string& number) {
  if (auto found = states_.find(number); found != states_.end()) {
    recency_.splice(recency_.begin(), recency_, found->second.recency);
    return found->second.state;
  }
  if (states_.size() >= capacity_) {
    states_.erase(recency_.back());
    recency_.pop_back();
    ++evicted_;
  }
  recency_.push_front(number);
  return states_.emplace(number, Entry{kInitialState, recency_.begin()}).first->second.state;
}

nlohmann::json NumberStates::json() const {
  auto all = nlohmann::json::object();
  for (const auto& [number, entry] : states_) all[number] = entry.state;
  return all;
}

}  // namespace smsim::scenario
