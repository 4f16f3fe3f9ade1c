#pragma once
// JSON replies of the control API, success and error alike.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "state/json_text.hpp"

namespace smsim::control {

inline void replyJson(httplib::Response& response, const nlohmann::json& body, int status = 200) {
  response.status = status;
  response.set_content(state::safeDump(body), "application/json");
}

// A reply whose JSON text is built already: large answers are written piece by piece.
inline void replyJsonText(httplib::Response& response, const std::string& body, int status = 200) {
  response.status = status;
  response.set_content(body, "application/json");
}

// {"error": "InvalidRequest", "message": "..."} with a 4xx status.
inline void replyError(httplib::Response& response, int status, const std::string& code,
                       const std::string& message) {
  replyJson(response, {{"error", code}, {"message", message}}, status);
}

inline std::optional<std::string> queryParam(const httplib::Request& request, const char* name) {
  if (!request.has_param(name)) return std::nullopt;
  return request.get_param_value(name);
}

// The request body as a JSON object, or nullopt after replying 400.
inline std::optional<nlohmann::json> readJsonObject(const httplib::Request& request,
                                                    httplib::Response& response) {
  auto body = nlohmann::json::parse(request.body.empty() ? "{}" : request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    replyError(response, 400, "InvalidRequest", "The request body must be a JSON object.");
    return std::nullopt;
  }
  return body;
}

}  // namespace smsim::control
