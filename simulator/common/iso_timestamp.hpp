#pragma once
// AWS's ISO 8601 timestamp form, 2026-11-23T09:15:02.123Z: SNS's notifications carry it, and the
// query protocol's XML answers use it for every timestamp member.
#include <string>

namespace smsim {

// Clamped to years 0000-9999 (the simulated clock can be advanced far; a double beyond time_t's
// range would make the conversion undefined); NaN reads as the epoch.
std::string isoTimestamp(double epochSeconds);

}  // namespace smsim
