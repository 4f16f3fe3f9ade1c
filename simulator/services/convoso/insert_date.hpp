#pragma once
// Convoso's insert_date: `YYYY-MM-DD HH:MM:SS` of the simulated clock, in UTC (Convoso does not
// document its zone; UTC keeps tests independent of the machine's). Search filters by the day.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "smsim/clock.hpp"
#include "state/convoso_record_list.hpp"

namespace smsim::convoso {

std::int64_t epochSeconds(const Clock& clock);
std::string formatInsertDate(std::int64_t epochSeconds);  // UTC
// The UTC day `YYYY-MM-DD` as [first second, first second of the next day), or nullopt.
std::optional<state::RecordQuery::TimeRange> dayRange(std::string_view day);

}  // namespace smsim::convoso
