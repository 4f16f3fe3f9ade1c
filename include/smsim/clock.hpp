#pragma once
// The simulated wall clock. Rules like "a number can be opted in once every 30 days" read this
// clock, so a test advances it instead of waiting.
#include <atomic>
#include <chrono>

namespace smsim {

class Clock {
 public:
  using TimePoint = std::chrono::system_clock::time_point;

  TimePoint now() const { return std::chrono::system_clock::now() + offset(); }
  double nowEpochSeconds() const {
    return std::chrono::duration<double>(now().time_since_epoch()).count();
  }
  void advance(std::chrono::milliseconds by) { offsetMs_ += by.count(); }
  void resetOffset() { offsetMs_ = 0; }
  std::chrono::milliseconds offset() const { return std::chrono::milliseconds(offsetMs_.load()); }

 private:
  std::atomic<long long> offsetMs_{0};
};

}  // namespace smsim
