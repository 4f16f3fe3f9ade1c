// Fuzzes the SigV4 Authorization reader: any header must give a scope of a 12-digit account id
// and a region name (the caller's, or the defaults), never a crash or a half-read value.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "protocols/aws_json/credential_scope.hpp"

namespace {

constexpr std::size_t kAccountIdDigits = 12;

bool isDigits(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view authorization(reinterpret_cast<const char*>(data), size);
  const smsim::state::AccountScope defaults{"123456789012", "us-east-1"};
  const auto scope = smsim::aws_json::scopeFromAuthorization(authorization, defaults);
  if (scope.accountId.size() != kAccountIdDigits || !isDigits(scope.accountId)) __builtin_trap();
  if (scope.region.empty() || authorization.find(scope.region) == std::string_view::npos) {
    if (scope.region != defaults.region) __builtin_trap();
  }
  return 0;
}
