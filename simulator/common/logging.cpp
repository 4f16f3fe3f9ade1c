#include "common/logging.hpp"

#include <spdlog/sinks/stdout_sinks.h>

#include <atomic>

#include "common/json_text.hpp"
#include "common/log_line.hpp"

namespace smsim {

namespace {
std::atomic<LogFormat> currentFormat{LogFormat::Text};
}

void configureLogging(spdlog::level::level_enum level, LogFormat format) {
  auto logger = spdlog::stderr_logger_mt("smsim");
  spdlog::set_default_logger(logger);
  spdlog::set_level(level);
  currentFormat = format;
  if (format == LogFormat::Json) {
    spdlog::set_pattern(R"({"time":"%Y-%m-%dT%H:%M:%S.%eZ","level":"%l",%v})",
                        spdlog::pattern_time_type::utc);
  } else {
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %l %v", spdlog::pattern_time_type::utc);
  }
}

void logEvent(spdlog::level::level_enum level, std::string_view message,
              const nlohmann::ordered_json& fields) {
  if (!spdlog::should_log(level)) return;
  if (currentFormat == LogFormat::Json) {
    nlohmann::ordered_json line = {{"message", message}};
    line.update(fields);
    const std::string object = safeDump(line);
    // The pattern supplies the braces, time and level; pass the members only.
    spdlog::log(level, "{}", std::string_view(object).substr(1, object.size() - 2));
    return;
  }
  const std::string text = textLogLine(message, fields);
  spdlog::log(level, "{}", text);
}

}  // namespace smsim
