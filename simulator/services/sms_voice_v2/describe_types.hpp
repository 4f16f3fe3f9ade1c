#pragma once
// What every Describe and List operation shares: Filters and the MaxResults / NextToken page.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace smsim::sms_voice_v2 {

// Owner of Describe operations: the caller's own resources, or those other accounts share.
namespace resource_owner {
inline constexpr const char* kSelf = "SELF";
inline constexpr const char* kShared = "SHARED";
}  // namespace resource_owner

// One of the Filters: an item passes when one of its values for `name` is among `values`.
struct Filter {
  std::string name;
  std::vector<std::string> values;
};

// MaxResults and NextToken of a request; results carry `nextToken` when more remain.
struct PageParameters {
  std::optional<std::size_t> maxResults;
  std::optional<std::string> nextToken;
};

}  // namespace smsim::sms_voice_v2
