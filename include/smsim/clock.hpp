#pragma once
// The simulated wall clock. Rules like "a number can be opted in once every 30 days" read this
// clock, so a test advances it instead of waiting.
#include <atomic>
#include <chrono>

namespace smsim {

class Clock {
 public:
  using TimePoint = std::chrono::system_clock::time_point;

  // How far the simulated clock may move from real time, in total. system_clock counts
  // nanoseconds in 64 bits (about 292 years each side of 1970), so an unbounded offset overflows
  // now() and dates go negative; a hundred years keeps every sum in range.
  static constexpr std::chrono::milliseconds kMaxOffset = std::chrono::hours(24 * 365 * 100);

  TimePoint now() const { return std::chrono::system_clock::now() + offset(); }
  double nowEpochSeconds() const {
    return std::chrono::duration<double>(now().time_since_epoch()).count();
  }
  // Moves the clock by `by` (either way) and returns true, or returns false and leaves it as it
  // is when the total offset would pass kMaxOffset.
  bool advance(std::chrono::milliseconds by) {
    const long long limit = kMaxOffset.count();
    long long current = offsetMs_.load();
    long long next = 0;
    do {
      // |current| <= limit, so neither bound below overflows.
      if (by.count() > limit - current || by.count() < -limit - current) return false;
      next = current + by.count();
    } while (!offsetMs_.compare_exchange_weak(current, next));
    return true;
  }
  void resetOffset() { offsetMs_ = 0; }
  std::chrono::milliseconds offset() const { return std::chrono::milliseconds(offsetMs_.load()); }

 private:
  std::atomic<long long> offsetMs_{0};
};

}  // namespace smsim
