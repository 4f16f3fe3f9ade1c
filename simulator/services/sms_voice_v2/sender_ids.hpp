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

// The sender ID a pool operation names (CreatePool, Associate/DisassociateOriginationIdentity):
// its SenderIdArn, or its SenderId with `isoCountryCode` (which may be empty when the account has
// that sender ID for one country only); nullptr when `identity` names a phone number.
// ResourceNotFoundException (sender-id) for one the account doesn't have; ValidationException
// MISSING_PARAMETER when IsoCountryCode is needed to tell two apart.
state::SenderId* senderIdForPool(state::AccountState& account, const state::AccountScope& scope,
                                 const std::string& identity, const std::string& isoCountryCode);

// ConflictException MESSAGE_TYPE_MISMATCH unless the sender ID may send `messageType` messages.
void requireSenderIdMessageType(const state::SenderId& senderId, const std::string& messageType);

}  // namespace smsim::sms_voice_v2
