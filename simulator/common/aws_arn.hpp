#pragma once
// The parts of an Amazon Resource Name (arn:partition:service:region:account-id:resource), so
// an ARN a caller hands over (an event destination's topic, stream, log group or role) can be
// checked for the service and resource it must name.
#include <optional>
#include <string>
#include <string_view>

namespace smsim::aws_names {

struct Arn {
  std::string partition;
  std::string service;
  std::string region;     // empty for global services (IAM)
  std::string accountId;  // empty for AWS-owned resources
  std::string resource;   // everything after the fifth ':', e.g. "role/name", "log-group:name"
};

// nullopt unless `text` has the six parts, a known partition and a non-empty service and resource.
std::optional<Arn> parseArn(std::string_view text);

}  // namespace smsim::aws_names
