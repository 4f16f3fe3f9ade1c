// Fuzzes NextToken decoding: the input is a context and a token (split at the first newline).
// A token smsim did not issue must decode to nothing, never crash; and any key must survive a
// round trip through a token issued for the same context.
#include "services/common/page_token.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const auto context = input.substr(0, newline);
  const auto token =
      newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

  static_cast<void>(smsim::services::decodePageToken(context, token));
  const auto issued = smsim::services::encodePageToken(context, token);
  if (smsim::services::decodePageToken(context, issued) != token) __builtin_trap();
  return 0;
}
