#include "scenario/delay.hpp"

#include <algorithm>
#include <cmath>

namespace smsim::scenario {

double sampleDelayMs(const DelaySpec& spec, std::mt19937_64& random) {
  switch (spec.kind) {
    case DelaySpec::Kind::Fixed:
      return spec.fixedMs;
    case DelaySpec::Kind::Uniform:
      return std::uniform_real_distribution<double>(spec.minMs, spec.maxMs)(random);
    case DelaySpec::Kind::Lognormal: {
      std::lognormal_distribution<double> distribution(std::log(spec.medianMs), spec.sigma);
      return std::min(distribution(random), spec.capMs);
    }
  }
  return 0;
}

}  // namespace smsim::scenario
