#pragma once
// The URLs SNS puts in its messages, pointing back at smsim: a SubscriptionConfirmation's
// SubscribeURL and a Notification's UnsubscribeURL are GETs of the query API that anyone holding
// them may call, as on AWS.
#include <string>
#include <string_view>

namespace smsim::sns {

// `text` percent-encoded for a query string (unreserved characters kept).
std::string queryEncode(std::string_view text);

std::string subscribeUrl(const std::string& baseUrl, const std::string& topicArn,
                         const std::string& token);
std::string unsubscribeUrl(const std::string& baseUrl, const std::string& subscriptionArn);

}  // namespace smsim::sns
