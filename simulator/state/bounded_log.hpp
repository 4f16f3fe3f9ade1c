#pragma once
// An append-only record that keeps the newest `capacity` entries, safe to share across threads.
// It counts what it drops, so a reader can tell a quiet log from one that overflowed.
#include <cstddef>
#include <cstdint>
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
    if (capacity_ == 0) {
      ++evicted_;
      return;
    }
    if (entries_.size() >= capacity_) {
      entries_.pop_front();
      ++evicted_;
    }
    entries_.push_back(std::move(entry));
  }
  std::vector<Entry> snapshot() const {
    std::lock_guard lock(mutex_);
    return {entries_.begin(), entries_.end()};
  }
  // The entries `keep` accepts, oldest first, at most `limit` of them: copies only those.
  template <typename Keep>
  std::vector<Entry> select(Keep keep, std::size_t limit = SIZE_MAX) const {
    std::lock_guard lock(mutex_);
    std::vector<Entry> kept;
    for (const auto& entry : entries_) {
      if (kept.size() >= limit) break;
      if (keep(entry)) kept.push_back(entry);
    }
    return kept;
  }
  // Entries dropped for capacity since the start or the last clear().
  std::uint64_t evicted() const {
    std::lock_guard lock(mutex_);
    return evicted_;
  }
  void clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    evicted_ = 0;
  }

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::deque<Entry> entries_;
  std::uint64_t evicted_ = 0;
};

}  // namespace smsim::state
