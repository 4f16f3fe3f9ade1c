#include "scenario/rule_matcher.hpp"

#include <algorithm>

#include "scenario/json_subset.hpp"

namespace smsim::scenario {

bool matchesCall(const RuleMatch& match, const RequestFacts& call) {
  // Cheapest tests first; the body is looked at last and only if everything else matched.
  if (match.api && *match.api != call.api) return false;
  if (!match.operations.empty() && std::find(match.operations.begin(), match.operations.end(),
                                             call.operation) == match.operations.end()) {
    return false;
  }
  if (match.account && *match.account != call.accountId) return false;
  if (match.region && *match.region != call.region) return false;
  if (match.path && !match.path->matches(call.path)) return false;
  for (const auto& [name, matcher] : match.headers) {
    if (!matcher.matches(call.header(name))) return false;
  }
  if (!match.request.is_null() && !jsonContains(call.fields(), match.request)) return false;
  return true;
}

}  // namespace smsim::scenario
