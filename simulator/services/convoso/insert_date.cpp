// Formatting and parsing of Convoso dates with std::chrono's calendar, in UTC.
#include "services/convoso/insert_date.hpp"

#include <chrono>
#include <cstdio>

#include "services/convoso/field_rules.hpp"

namespace smsim::convoso {

namespace {
using namespace std::chrono;
constexpr std::size_t kDayLength = 10;  // YYYY-MM-DD
}  // namespace

std::int64_t epochSeconds(const Clock& clock) {
  return duration_cast<seconds>(clock.now().time_since_epoch()).count();
}

std::string formatInsertDate(std::int64_t epochSecondsValue) {
  const sys_seconds instant{seconds(epochSecondsValue)};
  const auto day = floor<days>(instant);
  const year_month_day date{day};
  const hh_mm_ss time{instant - day};
  char text[96];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u %02ld:%02ld:%02lld",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<long>(time.hours().count()),
                static_cast<long>(time.minutes().count()),
                static_cast<long long>(time.seconds().count()));
  return text;
}

std::optional<state::RecordQuery::TimeRange> dayRange(std::string_view day) {
  if (day.size() != kDayLength || day[4] != '-' || day[7] != '-') return std::nullopt;
  const auto yearText = day.substr(0, 4);
  const auto monthText = day.substr(5, 2);
  const auto dayText = day.substr(8, 2);
  if (!isDigits(yearText) || !isDigits(monthText) || !isDigits(dayText)) return std::nullopt;
  const year_month_day date{
      year{std::stoi(std::string(yearText))},
      month{static_cast<unsigned>(std::stoi(std::string(monthText)))},
      std::chrono::day{static_cast<unsigned>(std::stoi(std::string(dayText)))}};
  if (!date.ok()) return std::nullopt;
  const auto first = sys_days{date}.time_since_epoch();
  return state::RecordQuery::TimeRange{duration_cast<seconds>(first).count(),
                                       duration_cast<seconds>(first + days{1}).count()};
}

}  // namespace smsim::convoso
