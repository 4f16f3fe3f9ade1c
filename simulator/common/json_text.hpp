#pragma once
// JSON to text for everything smsim sends or writes down: responses, log lines, journal entries.
// nlohmann's dump() throws type_error.316 on a string that is not valid UTF-8 (a request can carry
// any bytes), and a throw there turns an answered call into a 500 or a lost journal entry. Here
// such bytes become U+FFFD instead, so serialising never throws.
#include <nlohmann/json.hpp>
#include <string>

namespace smsim {

// Compact text; invalid UTF-8 replaced by U+FFFD. For nlohmann::json and ordered_json alike.
template <typename Json>
requires requires { typename Json::error_handler_t; }
std::string safeDump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Anything nlohmann::json is built from (a string, an initializer list).
inline std::string safeDump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace smsim
