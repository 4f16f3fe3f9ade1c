// Fuzzes SNS subscription filter policies: the input is a policy, a newline, then a message (the
// JSON body, also read as one String attribute "k" and one Number attribute "n"). The policy is
// checked in both scopes and, when accepted, matched both ways; nothing may throw or crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "services/sns/filter_policy.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const std::string policy(input.substr(0, newline));
  const std::string message(newline == std::string_view::npos ? "" : input.substr(newline + 1));
  using smsim::sns::FilterScope;
  const smsim::sns::MessageAttributes attributes = {{"k", {"String", message, std::nullopt}},
                                                    {"n", {"Number", message, std::nullopt}},
                                                    {"a", {"String.Array", message, std::nullopt}}};
  if (!smsim::sns::filterPolicyError(policy, FilterScope::Attributes)) {
    smsim::sns::matchesFilterPolicy(policy, attributes);
  }
  if (!smsim::sns::filterPolicyError(policy, FilterScope::Body)) {
    smsim::sns::matchesBodyFilterPolicy(policy, message);
  }
  return 0;
}
