#pragma once
// How long a rule holds a response back: a fixed time, a uniform range, or a lognormal spread with
// a cap (real latency has a long tail; the cap keeps a test's worst case bounded).
#include <random>

namespace smsim::scenario {

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
