#pragma once
// SNS subscription filter policies on message attributes
// (https://docs.aws.amazon.com/sns/latest/dg/sns-subscription-filter-policies.html): checked when
// set, matched when a topic publishes. Supported: exact strings and numbers, prefix, suffix,
// equals-ignore-case, anything-but, exists, numeric ranges, and String.Array attributes; on
// message attributes or (FilterPolicyScope MessageBody) on a JSON message body.
#include <optional>
#include <string>

#include "services/sns/sms_types.hpp"

namespace smsim::sns {

inline constexpr const char* kMessageAttributesScope = "MessageAttributes";
inline constexpr const char* kMessageBodyScope = "MessageBody";
enum class FilterScope { Attributes, Body };

// Why `policy` is no filter policy smsim can apply (SNS's InvalidParameter text); nullopt if fine.
std::optional<std::string> filterPolicyError(const std::string& policy,
                                             FilterScope scope = FilterScope::Attributes);

// Whether a message with `attributes` passes `policy` (already checked).
bool matchesFilterPolicy(const std::string& policy, const MessageAttributes& attributes);

// Whether a message whose body is `body` passes a MessageBody-scoped `policy`: the body must be a
// JSON object (https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering-scope.html).
bool matchesBodyFilterPolicy(const std::string& policy, const std::string& body);

// The one a subscription's FilterPolicyScope (`scope`, empty: MessageAttributes) asks for.
bool passesFilterPolicy(const std::string& policy, const std::string& scope,
                        const MessageAttributes& attributes, const std::string& body);

}  // namespace smsim::sns
