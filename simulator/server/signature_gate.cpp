#include "server/signature_gate.hpp"

#include <chrono>

namespace smsim::server {

std::optional<sigv4::Refusal> SignatureGate::check(const httplib::Request& request,
                                                   std::string_view signingName) const {
  if (!enabled_) return std::nullopt;
  const std::string_view target = request.target;
  const auto question = target.find('?');
  sigv4::SignedRequest signedRequest{
      request.method,
      target.substr(0, question),
      question == std::string_view::npos ? std::string_view() : target.substr(question + 1),
      {request.headers.begin(), request.headers.end()},
      request.body};
  // AWS compares the request's date with its own clock, so the wall clock, not the simulated one
  // that POST /_smsim/clock moves.
  return sigv4::checkSignature(signedRequest, request.get_header_value("Authorization"), keys_,
                               signingName, std::chrono::system_clock::now());
}

}  // namespace smsim::server
