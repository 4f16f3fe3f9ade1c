#pragma once
// Convoso's request parameters: flat name=value pairs from the query string and from a form body
// (url-encoded or multipart), merged. When a name repeats, the last value wins, and body values
// come after query values, as PHP's $_REQUEST does with its default request_order "GP".
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace smsim::convoso {

using ConvosoParameters = std::map<std::string, std::string>;

// `inOrder`: query parameters first, then body parameters, each in the order sent.
ConvosoParameters mergeParameters(const std::vector<std::pair<std::string, std::string>>& inOrder);

std::optional<std::string> parameter(const ConvosoParameters& parameters, const std::string& name);

// Throws ConvosoError 4002 naming the first parameter whose name or value is not UTF-8. Convoso's
// docs are silent on such bytes; smsim refuses them before anything changes, rather than store
// text that no search could match and no answer could carry.
void requireUtf8(const ConvosoParameters& parameters);

// The journal's view of a request: {"name": "value", ...}.
nlohmann::json parametersJson(const ConvosoParameters& parameters);

}  // namespace smsim::convoso
