#pragma once
// A map that keeps only its newest `capacity` keys: for what smsim remembers per request rather
// than per resource (idempotency tokens, the last inbound message of each handset), which would
// otherwise grow with every request of a long soak. The oldest key by first insertion goes first.
#include <cstddef>
#include <deque>
#include <map>
#include <string>

namespace smsim::state {

template <typename Value>
class BoundedMap {
 public:
  explicit BoundedMap(std::size_t capacity = kDefaultCapacity) : capacity_(capacity) {}

  static constexpr std::size_t kDefaultCapacity = 10'000;

  const Value* find(const std::string& key) const {
    const auto it = values_.find(key);
    return it == values_.end() ? nullptr : &it->second;
  }

  // The value for `key`, inserted (default-constructed) when missing, evicting the oldest key
  // beyond the capacity.
  Value& operator[](const std::string& key) {
    auto [it, inserted] = values_.try_emplace(key);
    if (inserted) {
      order_.push_back(key);
      if (order_.size() > capacity_) {
        values_.erase(order_.front());
        order_.pop_front();
        ++evicted_;
      }
    }
    return it->second;
  }

  std::size_t size() const { return values_.size(); }
  std::size_t evicted() const { return evicted_; }

 private:
  std::size_t capacity_;
  std::map<std::string, Value> values_;
  std::deque<std::string> order_;
  std::size_t evicted_ = 0;
};

}  // namespace smsim::state
