#include "common/iso_timestamp.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace smsim {

namespace {

// The last second of year 9999.
constexpr double kLatestTimestamp = 253402300799.0;

}  // namespace

std::string isoTimestamp(double epochSeconds) {
  epochSeconds = std::isfinite(epochSeconds) ? std::clamp(epochSeconds, 0.0, kLatestTimestamp) : 0;
  const auto whole = static_cast<std::time_t>(std::floor(epochSeconds));
  const int millis =
      static_cast<int>(std::lround((epochSeconds - std::floor(epochSeconds)) * 1000)) % 1000;
  std::tm utc{};
  gmtime_r(&whole, &utc);
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, millis);
  return text;
}

}  // namespace smsim
