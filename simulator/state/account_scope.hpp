#pragma once
// AWS state is kept apart per account and region, as the real service keeps it.
#include <compare>
#include <string>

namespace smsim::state {

struct AccountScope {
  std::string accountId;
  std::string region;

  auto operator<=>(const AccountScope&) const = default;
};

}  // namespace smsim::state
