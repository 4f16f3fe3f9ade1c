#pragma once
// How long a rule holds a response back: a fixed time, a uniform range, or a lognormal spread with
// a cap (real latency has a long tail; the cap keeps a test's worst case bounded).
#include <random>

namespace smsim::scenario {

// The longest delay a rule may ask for (a fixed delay, a uniform bound, a lognormal median and
// cap). A delayed call holds one of the server's threads while it waits, so a scenario of
// minute-long delays could hold them all; 30 s is past any SDK's default timeout already.
inline constexpr double kMaxDelayMs = 30'000;

struct DelaySpec {
  enum class Kind { Fixed, Uniform, Lognormal };

  Kind kind = Kind::Fixed;
  double fixedMs = 0;
  double minMs = 0;  // Uniform
  double maxMs = 0;
  double medianMs = 0;  // Lognormal: exp(mu) = median
  double sigma = 0;
  double capMs = 0;  // Lognormal: no sample exceeds it
};

// One delay in milliseconds, drawn from `random` (seeded per rule for repeatable runs).
double sampleDelayMs(const DelaySpec& spec, std::mt19937_64& random);

}  // namespace smsim::scenario
