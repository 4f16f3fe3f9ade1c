// Fuzzes the awsJson1.0 adapter end to end: the input is split into X-Amz-Target, Content-Type,
// Authorization and body (newline-separated), validated against the service model and served by
// the services on a fresh store. Anything but a clean AWS-format answer is a finding.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "protocols/aws_json/aws_json_adapter.hpp"
#include "state/store.hpp"

namespace {

// Cuts the next newline-terminated part off `input`.
std::string_view takeLine(std::string_view& input) {
  const auto end = input.find('\n');
  const auto line = input.substr(0, end);
  input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto target = takeLine(input);
  const auto contentType = takeLine(input);
  const auto authorization = takeLine(input);

  static smsim::Clock clock;
  smsim::state::Store store(clock, 100);
  const smsim::aws_json::AwsJsonAdapter adapter(store, clock, {"123456789012", "us-east-1"});
  const auto response = adapter.handle({target, contentType, authorization, input});
  // The body is what the client reads: it must always be JSON, with a status the SDKs map.
  if (!nlohmann::json::accept(response.body)) __builtin_trap();
  if (response.status < 200 || response.status > 599) __builtin_trap();
  return 0;
}
