// Topic ARNs and the errors for the ones that name no topic of the caller's.
#include "services/sns/topic_arn.hpp"

#include <vector>

#include "services/sns/sns_error.hpp"

namespace smsim::sns {

std::string topicArn(const state::AccountScope& scope, std::string_view name) {
  std::string arn = "arn:aws:sns:" + scope.region + ":" + scope.accountId + ":";
  arn.append(name);
  return arn;
}

std::optional<state::AccountScope> scopeOfArn(std::string_view arn) {
  // arn : aws : sns : region : account : resource[:subscription-id]
  std::vector<std::string_view> parts;
  for (std::size_t from = 0; parts.size() < 6;) {
    const auto colon = arn.find(':', from);
    if (colon == std::string_view::npos || parts.size() == 5) {
      parts.push_back(arn.substr(from));
      break;
    }
    parts.push_back(arn.substr(from, colon - from));
    from = colon + 1;
  }
  if (parts.size() != 6 || parts[0] != "arn" || parts[2] != "sns" || parts[3].empty() ||
      parts[4].empty() || parts[5].empty()) {
    return std::nullopt;
  }
  return state::AccountScope{std::string(parts[4]), std::string(parts[3])};
}

state::SnsTopic& findTopic(state::AccountState& account, const state::AccountScope& caller,
                           const std::string& arn, const char* parameter, const char* action) {
  const auto scope = scopeOfArn(arn);
  if (!scope)
    throw SnsError::invalidParameter(std::string(parameter) +
                                     " Reason: An ARN must have at least 6 elements, not " + arn);
  // A topic of another region: SNS answers InvalidParameter, as LocalStack's tests recorded
  // against AWS (localstack/services/sns/provider.py `_get_topic`).
  if (scope->region != caller.region) throw SnsError::invalidParameter(parameter);
  if (scope->accountId != caller.accountId) {
    throw SnsError(error_code::kAuthorizationError,
                   "User: arn:aws:iam::" + caller.accountId +
                       ":root is not authorized to perform: SNS:" + action +
                       " on resource: " + arn +
                       " because no resource-based policy allows the SNS:" + action + " action");
  }
  const auto it = account.sns.topics.find(arn);
  if (it == account.sns.topics.end()) throw SnsError(error_code::kNotFound, "Topic does not exist");
  return it->second;
}

}  // namespace smsim::sns
