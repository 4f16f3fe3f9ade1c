#pragma once
// The text log's `message key=value ...` line. Values come from requests (a path, an
// X-Amz-Target), so one that could pass for something else is quoted and escaped: a client must
// not be able to end the line, add a `key=value` pair or send terminal escape sequences.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace smsim {

// `value` as it is written after `key=`: bare when it is printable ASCII without spaces, `=`,
// quotes or backslashes; otherwise in double quotes with `"`, `\`, control characters and bytes
// that are not UTF-8 escaped (`\"`, `\\`, `\n`, `\x1b`, `\u0085`).
std::string logValue(std::string_view value);

std::string textLogLine(std::string_view message, const nlohmann::ordered_json& fields);

}  // namespace smsim
