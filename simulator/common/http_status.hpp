#pragma once
// HTTP status codes smsim answers itself, with their reason phrases (RFC 9110), so no other file
// writes a bare number or phrase.
#include <string_view>

namespace smsim {

namespace http_status {
inline constexpr int kOk = 200;
inline constexpr int kCreated = 201;
inline constexpr int kPermanentRedirect = 308;
inline constexpr int kBadRequest = 400;
inline constexpr int kUnauthorized = 401;
inline constexpr int kForbidden = 403;
inline constexpr int kNotFound = 404;
inline constexpr int kConflict = 409;
inline constexpr int kPayloadTooLarge = 413;
inline constexpr int kUriTooLong = 414;
inline constexpr int kTooManyRequests = 429;
inline constexpr int kHeaderFieldsTooLarge = 431;
inline constexpr int kInternalServerError = 500;
inline constexpr int kNotImplemented = 501;
inline constexpr int kServiceUnavailable = 503;
}  // namespace http_status

constexpr std::string_view statusReason(int status) {
  switch (status) {
    case http_status::kOk:
      return "OK";
    case http_status::kCreated:
      return "Created";
    case http_status::kPermanentRedirect:
      return "Permanent Redirect";
    case http_status::kBadRequest:
      return "Bad Request";
    case http_status::kUnauthorized:
      return "Unauthorized";
    case http_status::kForbidden:
      return "Forbidden";
    case http_status::kNotFound:
      return "Not Found";
    case http_status::kConflict:
      return "Conflict";
    case http_status::kPayloadTooLarge:
      return "Payload Too Large";
    case http_status::kUriTooLong:
      return "URI Too Long";
    case http_status::kTooManyRequests:
      return "Too Many Requests";
    case http_status::kHeaderFieldsTooLarge:
      return "Request Header Fields Too Large";
    case http_status::kInternalServerError:
      return "Internal Server Error";
    case http_status::kNotImplemented:
      return "Not Implemented";
    case http_status::kServiceUnavailable:
      return "Service Unavailable";
    default:
      return "Error";
  }
}

}  // namespace smsim
