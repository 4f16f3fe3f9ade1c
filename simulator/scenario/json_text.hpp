#pragma once
// JSON as text for reports, messages and request bodies. Scenario values and journaled calls may
// hold bytes that are not UTF-8 (a YAML string, a header cut at 300 bytes, a client's body), and
// a plain dump() throws on them; here they become U+FFFD instead, so describing a value can
// never fail the call that describes it.
#include <nlohmann/json.hpp>
#include <string>

namespace smsim::scenario {

inline std::string dumpJson(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace smsim::scenario
