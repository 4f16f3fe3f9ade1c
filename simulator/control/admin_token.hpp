#pragma once
// `--admin-token`: who may use the control API of a shared smsim. When a token is set, every
// /_smsim request must carry `Authorization: Bearer <token>`, except the open routes below. The
// check sits in the control binding in front of the router, so a route added later is covered
// without a word, and an unknown path answers 401 rather than telling a stranger what exists.
#include <string_view>

namespace smsim::control {

// Open without the token, on purpose and nothing else:
// - GET /_smsim/health: container health checks and Testcontainers' wait strategy carry no token;
// - GET /_smsim/ui and /_smsim/ui/...: the dashboard's static files hold no data; the API calls
//   the page makes carry the token like any other client's.
// HEAD counts as GET.
bool isOpenRoute(std::string_view method, std::string_view path);

// True when `authorization` is `Bearer <token>` (scheme case-insensitive, RFC 6750), compared in
// time independent of where the texts differ.
bool bearerMatches(std::string_view authorization, std::string_view token);

}  // namespace smsim::control
