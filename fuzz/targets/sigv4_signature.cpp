// Fuzzes --verify-signatures: the bytes are an Authorization header, a line of the rest (query
// string, X-Amz-Date) and a body, checked against one configured key. Any input must end in a
// refusal with a message or, only for a real signature, acceptance; never a crash.
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "protocols/sigv4/signature_check.hpp"

namespace {

constexpr std::size_t kParts = 3;

// Splits at the first newlines: header, then query and date (a space between), then body.
std::array<std::string_view, kParts> split(std::string_view input) {
  std::array<std::string_view, kParts> parts{};
  for (std::size_t i = 0; i + 1 < kParts; ++i) {
    const auto newline = input.find('\n');
    parts[i] = input.substr(0, newline);
    input = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
  }
  parts[kParts - 1] = input;
  return parts;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto [authorization, middle, body] = split({reinterpret_cast<const char*>(data), size});
  const auto space = middle.find(' ');
  const auto query = middle.substr(0, space);
  const auto date = space == std::string_view::npos ? std::string_view() : middle.substr(space + 1);
  smsim::sigv4::SignedRequest request{"POST", "/", query, {}, body};
  request.headers = {{"Host", "127.0.0.1:4580"}, {"X-Amz-Date", std::string(date)}};
  const smsim::sigv4::AccessKeys keys = {
      {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"}};
  const auto refusal = smsim::sigv4::checkSignature(request, authorization, keys, "sms-voice",
                                                    std::chrono::system_clock::now());
  if (refusal && refusal->message.empty()) __builtin_trap();
  return 0;
}
