// ListOriginationNumbers: the account's numbers, which End User Messaging SMS leases and SNS sends
// from (https://docs.aws.amazon.com/sns/latest/api/API_ListOriginationNumbers.html).
// GetSMSSandboxAccountStatus: smsim's accounts are out of the SMS sandbox, as Publish sends to any
// number.
#include <map>

#include "services/common/page_token.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sandbox_status.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::sns {

namespace {

// The model's maximum for MaxResults, and so the page size when none is asked for.
constexpr int kMaxOriginationNumbersPage = 30;

std::string routeType(const std::string& messageType) {
  return messageType == "PROMOTIONAL" ? "Promotional" : "Transactional";
}

OriginationNumber originationNumber(const state::PhoneNumber& number) {
  return {number.createdTimestamp,
          number.number,
          number.status,
          number.isoCountryCode,
          routeType(number.settings.messageType),
          number.capabilities};
}

}  // namespace

ListOriginationNumbersResult listOriginationNumbers(CallContext& call,
                                                    const ListOriginationNumbersRequest& request) {
  const std::string context = "sns:ListOriginationNumbers:" + call.scope.accountId;
  std::optional<std::string> after;
  if (request.nextToken) {
    after = services::decodePageToken(context, *request.nextToken);
    if (!after) throw SnsError::invalidParameter("NextToken");
  }
  const auto pageSize =
      static_cast<std::size_t>(request.maxResults.value_or(kMaxOriginationNumbersPage));
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    // By E.164 number, so a token ("after this number") stays valid while numbers come and go.
    std::map<std::string, const state::PhoneNumber*> byNumber;
    for (const auto& [id, number] : account.phoneNumbers) byNumber[number.number] = &number;
    ListOriginationNumbersResult result;
    auto it = after ? byNumber.upper_bound(*after) : byNumber.begin();
    for (; it != byNumber.end() && result.phoneNumbers.size() < pageSize; ++it) {
      result.phoneNumbers.push_back(originationNumber(*it->second));
    }
    if (it != byNumber.end() && !result.phoneNumbers.empty()) {
      result.nextToken = services::encodePageToken(context, result.phoneNumbers.back().phoneNumber);
    }
    return result;
  });
}

SmsSandboxAccountStatus getSmsSandboxAccountStatus(CallContext& call) {
  return call.store.withAccount(call.scope, [](state::AccountState& account) {
    return SmsSandboxAccountStatus{isInSmsSandbox(account)};
  });
}

}  // namespace smsim::sns
