#pragma once
// `--verify-signatures`: the AWS bindings ask it about each request before serving it. Off by
// default (the credentials' access key id then only names the account, as before); on, a request
// must be signed with one of the configured access keys (`--access-key ID:SECRET`) for the API's
// signing name, within 15 minutes of the wall clock. Convoso keeps its own auth_token.
#include <httplib.h>

#include <optional>
#include <string_view>

#include "protocols/sigv4/signature_check.hpp"

namespace smsim::server {

class SignatureGate {
 public:
  SignatureGate(bool enabled, sigv4::AccessKeys keys) : enabled_(enabled), keys_(std::move(keys)) {}

  // nullopt: the request may be served (always, when verification is off).
  std::optional<sigv4::Refusal> check(const httplib::Request& request,
                                      std::string_view signingName) const;

 private:
  bool enabled_;
  sigv4::AccessKeys keys_;
};

}  // namespace smsim::server
