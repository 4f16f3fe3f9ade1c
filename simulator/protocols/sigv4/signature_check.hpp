#pragma once
// `--verify-signatures`: whether a request's SigV4 signature is one AWS would accept, decided in
// the order AWS reports problems: a missing or malformed Authorization header, an unknown access
// key, a credential scope for another service, a date more than 15 minutes from the wall clock,
// a signature that does not match. The bindings render a refusal in their protocol's errors.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "protocols/sigv4/sigv4.hpp"

namespace smsim::sigv4 {

enum class RefusalKind {
  MissingAuthentication,  // no Authorization header at all
  IncompleteSignature,    // a header that is not a whole SigV4 header, or no X-Amz-Date
  UnknownAccessKey,       // the access key id is not one of --access-key's
  SignatureMismatch,      // wrong scope or signature
  SignatureExpired,       // X-Amz-Date more than 15 minutes away from now
};

struct Refusal {
  RefusalKind kind;
  std::string message;  // AWS's wording
};

using AccessKeys = std::map<std::string, std::string, std::less<>>;  // access key id -> secret

// AWS allows this much between the request's X-Amz-Date and its own clock, either way.
inline constexpr std::chrono::minutes kAllowedSkew{15};

// nullopt when the signature holds. `service` is the scope's service name the API signs with
// (`sms-voice`, `sns`); `now` is the wall clock, as AWS compares with its own clock.
std::optional<Refusal> checkSignature(const SignedRequest& request, std::string_view authorization,
                                      const AccessKeys& keys, std::string_view service,
                                      std::chrono::system_clock::time_point now);

}  // namespace smsim::sigv4
