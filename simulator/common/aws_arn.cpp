#include "common/aws_arn.hpp"

#include <array>

namespace smsim::aws_names {

namespace {

bool isKnownPartition(std::string_view partition) {
  return partition == "aws" || partition == "aws-cn" || partition == "aws-us-gov" ||
         partition == "aws-iso" || partition == "aws-iso-b";
}

}  // namespace

std::optional<Arn> parseArn(std::string_view text) {
  constexpr std::size_t kParts = 6;
  std::array<std::string_view, kParts> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < kParts; ++i) {
    const auto colon = text.find(':', start);
    if (colon == std::string_view::npos) return std::nullopt;
    parts[i] = text.substr(start, colon - start);
    start = colon + 1;
  }
  parts[kParts - 1] = text.substr(start);
  if (parts[0] != "arn" || !isKnownPartition(parts[1]) || parts[2].empty() || parts[5].empty()) {
    return std::nullopt;
  }
  return Arn{std::string(parts[1]), std::string(parts[2]), std::string(parts[3]),
             std::string(parts[4]), std::string(parts[5])};
}

}  // namespace smsim::aws_names
