#pragma once
// The Convoso wire format: merged request parameters in, `{"success": ...}` JSON out. Business
// errors and (by default) auth errors are HTTP 200 with `{"success": false, "code": N, "text":
// "..."}`; success bodies have each endpoint's own shape, with values as strings where Convoso
// sends strings. Knows nothing of sockets.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "protocols/convoso/convoso_endpoints.hpp"
#include "protocols/convoso/convoso_parameters.hpp"
#include "services/convoso/operations.hpp"

namespace smsim::convoso {

inline constexpr const char* kConvosoContentType = "application/json";
inline constexpr int kStatusOk = 200;
inline constexpr int kStatusUnauthorized = 401;
inline constexpr int kStatusForbidden = 403;
inline constexpr const char* kTokenNotForResourceText = "Auth token is not valid for this resource";

struct ConvosoResponse {
  int status = kStatusOk;
  nlohmann::ordered_json body;
  std::optional<int> errorCode;  // set when success is false

  std::string bodyText() const;
};

class ConvosoAdapter {
 public:
  explicit ConvosoAdapter(ConvosoContext context) : context_(context) {}

  ConvosoResponse handle(const ConvosoEndpoint& endpoint,
                         const ConvosoParameters& parameters) const;

 private:
  nlohmann::ordered_json serve(const ConvosoEndpoint& endpoint,
                               const ConvosoParameters& parameters) const;

  ConvosoContext context_;
};

nlohmann::ordered_json errorBody(int code, const std::string& text);
// The text Convoso's docs give an error code ("Error N" for one they don't list); where a code
// has two texts, the first.
std::string documentedErrorText(int code);

}  // namespace smsim::convoso
