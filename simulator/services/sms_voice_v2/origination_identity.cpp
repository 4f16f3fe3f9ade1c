#include "services/sms_voice_v2/origination_identity.hpp"

#include <algorithm>
#include <set>

#include "services/sms_voice_v2/account_limits.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

bool namesPool(const std::string& identity) {
  return identity.starts_with("pool-") ||
         (identity.starts_with("arn:") && identity.find(":pool/") != std::string::npos);
}

bool namesPhoneNumber(const std::string& identity) {
  return identity.starts_with("phone-") ||
         (identity.starts_with("arn:") && identity.find(":phone-number/") != std::string::npos);
}

state::PhoneNumber* findByE164(state::AccountState& account, const std::string& number) {
  for (auto& [id, phoneNumber] : account.phoneNumbers) {
    if (phoneNumber.number == number) return &phoneNumber;
  }
  return nullptr;
}

}  // namespace

state::PhoneNumber& resolvePhoneNumberIdentity(state::AccountState& account,
                                               const state::AccountScope& scope,
                                               const std::string& identity) {
  if (namesPhoneNumber(identity)) return findPhoneNumber(account, scope, identity);
  // Anything else would be a sender ID, which smsim does not emulate.
  throw ServiceError::resourceNotFound(resource_type::kSenderId, identity);
}

OriginationIdentity resolveOriginationIdentity(state::AccountState& account,
                                               const state::AccountScope& scope,
                                               const std::string& identity, bool acceptE164) {
  OriginationIdentity resolved;
  if (namesPool(identity)) {
    resolved.pool = &findPool(account, scope, identity);
    return resolved;
  }
  if (acceptE164 && identity.starts_with("+")) {
    resolved.phoneNumber = findByE164(account, identity);
    if (resolved.phoneNumber == nullptr) {
      throw ServiceError::resourceNotFound(resource_type::kPhoneNumber, identity);
    }
  } else {
    resolved.phoneNumber = &resolvePhoneNumberIdentity(account, scope, identity);
  }
  if (!resolved.phoneNumber->poolId.empty()) {
    resolved.pool = &account.pools.at(resolved.phoneNumber->poolId);
  }
  return resolved;
}

void requireNotInPool(const state::PhoneNumber& number) {
  if (!number.poolId.empty()) {
    throw ServiceError::conflict(
        "PHONE_NUMBER_ASSOCIATED_TO_POOL", resource_type::kPhoneNumber, number.id,
        "Phone number " + number.id + " is associated with pool " + number.poolId + ".");
  }
}

// "The configuration of every phone number that you add to a pool has to match"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-pool.html);
// AssociateOriginationIdentity: "If the origination identity configuration doesn't match the pool's
// configuration, an error is returned."
void requireMatchingPoolSettings(const state::Pool& pool, const state::PhoneNumber& number) {
  const auto& mine = number.settings;
  const auto& theirs = pool.settings;
  const char* mismatch = nullptr;
  if (mine.messageType != theirs.messageType)
    mismatch = "MESSAGE_TYPE_MISMATCH";
  else if (mine.optOutListName != theirs.optOutListName)
    mismatch = "OPT_OUT_LIST_MISMATCH";
  else if (mine.twoWayEnabled != theirs.twoWayEnabled ||
           mine.twoWayChannelArn != theirs.twoWayChannelArn) {
    mismatch = "TWO_WAY_CONFIG_MISMATCH";
  } else if (mine.selfManagedOptOutsEnabled != theirs.selfManagedOptOutsEnabled) {
    mismatch = "SELF_MANAGED_OPT_OUTS_MISMATCH";
  }
  if (mismatch != nullptr) {
    throw ServiceError::conflict(
        mismatch, resource_type::kPhoneNumber, number.id,
        "Phone number " + number.id + " does not match the configuration of pool " + pool.id + ".");
  }
}

// "When you create a pool, you can configure a specified origination identity. This identity
// includes keywords, message type, opt-out list, two-way configuration, and self-managed opt-out
// configuration. [...] The configuration of every phone number that you add to a pool has to
// match" (https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-pool.html); the model's
// ConflictException has the Reason KEYWORD_MISMATCH.
void requireMatchingKeywords(const state::Pool& pool, const state::PhoneNumber& number) {
  const auto& mine = number.settings.keywords;
  const auto& theirs = pool.settings.keywords;
  const bool same = std::equal(mine.begin(), mine.end(), theirs.begin(), theirs.end(),
                               [](const auto& left, const auto& right) {
                                 return left.first == right.first &&
                                        left.second.message == right.second.message &&
                                        left.second.action == right.second.action;
                               });
  if (!same) {
    throw ServiceError::conflict(
        "KEYWORD_MISMATCH", resource_type::kPhoneNumber, number.id,
        "Phone number " + number.id + " does not have the keywords of pool " + pool.id + ".");
  }
}

// The model's ConflictException has the Reason NUMBER_CAPABILITIES_MISMATCH; smsim reads it as
// "a pool's phone numbers have the same capabilities", compared as sets.
void requireMatchingCapabilities(const state::AccountState& account, const state::Pool& pool,
                                 const state::PhoneNumber& number) {
  if (pool.phoneNumberIds.empty()) return;
  const auto& member = account.phoneNumbers.at(pool.phoneNumberIds.front());
  const std::set<std::string> theirs(member.capabilities.begin(), member.capabilities.end());
  const std::set<std::string> mine(number.capabilities.begin(), number.capabilities.end());
  if (mine != theirs) {
    throw ServiceError::conflict(
        "NUMBER_CAPABILITIES_MISMATCH", resource_type::kPhoneNumber, number.id,
        "Phone number " + number.id + " does not have the capabilities of the numbers in pool " +
            pool.id + ".");
  }
}

void requireRoomInPool(const state::Pool& pool) {
  if (pool.phoneNumberIds.size() + pool.senderIdKeys.size() < kMaxOriginationIdentitiesPerPool) {
    return;
  }
  throw ServiceError::quotaExceeded("ORIGINATION_IDENTITIES_PER_POOL",
                                    "Pool " + pool.id + " holds at most " +
                                        std::to_string(kMaxOriginationIdentitiesPerPool) +
                                        " origination identities.");
}

// IsoCountryCode is "the country or region of the origination identity" (model:
// AssociateOriginationIdentityRequest.IsoCountryCode; CreatePool's and
// DisassociateOriginationIdentity's say the same of the pool and "the country"), and the model's
// ValidationException has the Reason COUNTRY_CODE_MISMATCH for one that isn't.
void requireCountryOf(const state::PhoneNumber& number, const std::string& isoCountryCode) {
  if (!isoCountryCode.empty() && isoCountryCode != number.isoCountryCode) {
    throw ServiceError::invalidField("COUNTRY_CODE_MISMATCH", "IsoCountryCode",
                                     "Phone number " + number.id + " is in " +
                                         number.isoCountryCode + ", not " + isoCountryCode + ".");
  }
}

}  // namespace smsim::sms_voice_v2
