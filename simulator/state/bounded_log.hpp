#pragma once
// An append-only record that keeps the newest `capacity` entries, safe to share across threads.
#include <cstddef>
#include <deque>
#include <mutex>
#include <vector>

namespace smsim::state {

template <typename Entry>
class BoundedLog {
 public:
  explicit BoundedLog(std::size_t capacity) : capacity_(capacity) {}

  void append(Entry entry) {
    std::lock_guard lock(mutex_);
    if (capacity_ == 0) return;
    if (entries_.size() >= capacity_) entries_.pop_front();
    entries_.push_back(std::move(entry));
  }
  std::vector<Entry> snapshot() const {
    std::lock_guard lock(mutex_);
    return {entries_.begin(), entries_.end()};
  }
  void clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
  }

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::deque<Entry> entries_;
};

}  // namespace smsim::state
