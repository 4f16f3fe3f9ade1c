#pragma once
// Log lines on stderr, as text or as one JSON object a line (for log collectors). stdout is kept
// for the "listening on" line that tools read.
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>
#include <string_view>

namespace smsim {

enum class LogFormat { Text, Json };

void configureLogging(spdlog::level::level_enum level, LogFormat format);

// One event with structured fields: `message key=value ...` as text, or the fields in JSON.
void logEvent(spdlog::level::level_enum level, std::string_view message,
              const nlohmann::ordered_json& fields = nlohmann::ordered_json::object());

}  // namespace smsim
