#pragma once
// Sender IDs as origination identities: the account's limit, and the sender ID a send names.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html
#include <cstdint>
#include <string>

#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// DescribeAccountLimits' SENDER_IDS maximum.
inline constexpr std::int64_t kMaxSenderIds = 100;

// The sender ID `identity` names (its SenderId or ARN) for `destination`'s country, or nullptr
// when `identity` is a phone number, pool or their id or ARN. A sender ID the account has only
// for other countries is ValidationException INVALID_IDENTITY_FOR_DESTINATION_COUNTRY; one it
// doesn't have at all is ResourceNotFoundException (sender-id).
const state::SenderId* senderIdForSend(const state::AccountState& account,
                                       const state::AccountScope& scope,
                                       const std::string& identity, const std::string& destination);

}  // namespace smsim::sms_voice_v2
