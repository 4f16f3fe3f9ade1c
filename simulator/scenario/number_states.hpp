#pragma once
// The sequence state of each phone number that a scenario's `statePer: phoneNumber` rules have
// met. Clients choose the numbers, so a soak test sending to random numbers would grow the map
// without end: it holds at most `capacity` numbers, forgets the one met least recently when a new
// one comes (that number starts over at `Started`), and counts each number it forgets so the
// control API can show it.
#include <cstddef>
#include <cstdint>
#include <list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace smsim::scenario {

class NumberStates {
 public:
  // Longer "phone numbers" (E.164 has at most 15 digits) are not kept: a call with one skips the
  // per-number rules, as a call without a number does.
  static constexpr std::size_t kMaxNumberBytes = 64;
  static constexpr std::size_t kDefaultCapacity = 10'000;

  explicit NumberStates(std::size_t capacity = kDefaultCapacity);
  // Moves keep the map's places in the recency list valid; copies would not.
  NumberStates(NumberStates&&) = default;
  NumberStates& operator=(NumberStates&&) = default;
  NumberStates(const NumberStates&) = delete;
  NumberStates& operator=(const NumberStates&) = delete;

  static bool keeps(std::string_view number) { return number.size() <= kMaxNumberBytes; }
  // The state of `number` (`Started` when new), now the most recently met; valid until the next
  // call. `number` must be one that keeps() accepts.
  std::string& at(const std::string& number);
  void set(const std::string& number, std::string state) { at(number) = std::move(state); }

  std::size_t capacity() const { return capacity_; }
  std::uint64_t evicted() const { return evicted_; }
  // {number: state}, for GET /_smsim/scenarios.
  nlohmann::json json() const;

 private:
  struct Entry {
    std::string state;
    std::list<std::string>::iterator recency;
  };

  std::size_t capacity_;
  std::list<std::string> recency_;  // most recently met first
  std::unordered_map<std::string, Entry> states_;
  std::uint64_t evicted_ = 0;
};

}  // namespace smsim::scenario
