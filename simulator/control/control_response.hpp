#pragma once
// JSON replies of the control API, success and error alike.
#include <httplib.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "common/http_status.hpp"
#include "common/json_text.hpp"

namespace smsim::control {

inline void replyJson(httplib::Response& response, const nlohmann::json& body, int status = 200) {
  response.status = status;
  response.set_content(safeDump(body), "application/json");
}

// Large answers (a full journal, a full outbox) are sent in chunks of about this size.
inline constexpr std::size_t kStreamChunkBytes = 64 * 1024;

// A 200 whose JSON text `produce(emit)` writes piece by piece once the handler has returned, sent
// with chunked transfer encoding. A large answer never exists whole: built as one string, a full
// journal cost every pool thread's malloc arena ~16 MB that glibc then kept (190 MB after 50
// reads on 50 connections).
template <typename Produce>  // void(emit), emit: void(std::string_view)
void replyJsonStream(httplib::Response& response, Produce produce) {
  response.status = 200;
  response.set_chunked_content_provider(
      "application/json", [produce](std::size_t, httplib::DataSink& sink) {
        std::string buffer;
        bool writable = true;  // a client that went away gets no more writes
        const auto flush = [&] {
          writable = writable && sink.write(buffer.data(), buffer.size());
          buffer.clear();
        };
        produce([&](std::string_view text) {
          buffer += text;
          if (buffer.size() >= kStreamChunkBytes) flush();
        });
        if (!buffer.empty()) flush();
        sink.done();
        return writable;
      });
}

inline constexpr const char* kInvalidRequest = "InvalidRequest";

// {"error": "InvalidRequest", "message": "..."} with a 4xx status.
inline void replyError(httplib::Response& response, int status, const std::string& code,
                       const std::string& message) {
  replyJson(response, {{"error", code}, {"message", message}}, status);
}

inline std::optional<std::string> queryParam(const httplib::Request& request, const char* name) {
  if (!request.has_param(name)) return std::nullopt;
  return request.get_param_value(name);
}

// A phone number from the query string. A query decodes `+` as a space, so
// `?destination=+14155550100` arrives as " 14155550100"; an E.164 number has no spaces, so the
// leading space is the `+` the caller wrote (otherwise such a filter would match nothing).
inline std::optional<std::string> phoneNumberParam(const httplib::Request& request,
                                                   const char* name) {
  auto value = queryParam(request, name);
  if (value && value->starts_with(' ')) value->front() = '+';
  return value;
}

// "a, b, c": the accepted values an error names.
template <typename Names>
std::string joinedNames(const Names& names) {
  std::string joined;
  for (const auto& name : names) {
    if (!joined.empty()) joined += ", ";
    joined += name;
  }
  return joined;
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
