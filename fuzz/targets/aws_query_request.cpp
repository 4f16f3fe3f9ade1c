// Fuzzes SNS's query protocol end to end: the input is split into method, Content-Type,
// Authorization and query string (newline-separated), then the form body; parameters are read
// into the SNS model's shapes, validated and served on a fresh store. Anything but a clean
// SNS-format answer is a finding: the body must be UTF-8 XML text without a character XML 1.0
// forbids, and the status one the SDKs map.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/utf8.hpp"
#include "protocols/aws_query/aws_query_adapter.hpp"
#include "state/store.hpp"

namespace {

// Cuts the next newline-terminated part off `input`.
std::string_view takeLine(std::string_view& input) {
  const auto end = input.find('\n');
  const auto line = input.substr(0, end);
  input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  return line;
}

bool hasForbiddenControl(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\n') return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto method = takeLine(input);
  const auto contentType = takeLine(input);
  const auto authorization = takeLine(input);
  const auto query = takeLine(input);

  static smsim::Clock clock;
  smsim::state::Store store(clock, 100);
  const smsim::aws_query::AwsQueryAdapter adapter(store, clock, {"123456789012", "us-east-1"});
  const auto response =
      adapter.serve(adapter.parse({method, contentType, authorization, query, input}));
  if (!response.body.starts_with('<') || !smsim::isValidUtf8(response.body)) __builtin_trap();
  if (hasForbiddenControl(response.body)) __builtin_trap();
  if (response.status < 200 || response.status > 599) __builtin_trap();
  return 0;
}
