#pragma once
// Resolves the origination identity an operation names (phone number, PhoneNumberId, ARN,
// PoolId, pool ARN) and the settings that apply to it: a number in a pool follows its pool.
#include <string>

#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

struct OriginationIdentity {
  state::PhoneNumber* phoneNumber = nullptr;  // the number named; nullptr when a pool was named
  state::Pool* pool = nullptr;                // the pool named, or the pool the number is in

  state::OriginationSettings& settings() const {
    return pool != nullptr ? pool->settings : phoneNumber->settings;
  }
};

// `identity` may be an E.164 number only where `acceptE164` (SendTextMessage). Sender IDs are not
// emulated, so one is ResourceNotFoundException like any unknown identity.
OriginationIdentity resolveOriginationIdentity(state::AccountState& account,
                                               const state::AccountScope& scope,
                                               const std::string& identity, bool acceptE164);

// A phone number, by id, ARN or (where `acceptE164`) E.164 value, for pool membership.
state::PhoneNumber& resolvePhoneNumberIdentity(state::AccountState& account,
                                               const state::AccountScope& scope,
                                               const std::string& identity);

// ConflictException PHONE_NUMBER_ASSOCIATED_TO_POOL when `number` is in a pool: it can't be
// changed, released or put in another pool on its own.
void requireNotInPool(const state::PhoneNumber& number);

// ConflictException *_MISMATCH unless `number`'s settings match the pool's, as they must for it
// to join (AssociateOriginationIdentity, RequestPhoneNumber with a PoolId).
void requireMatchingPoolSettings(const state::Pool& pool, const state::PhoneNumber& number);

// ConflictException KEYWORD_MISMATCH unless `number` has the pool's keywords (the same words,
// messages and actions): keywords are part of the configuration a pool's numbers share. Checked
// by AssociateOriginationIdentity only: a number requested into a pool (RequestPhoneNumber) has
// no keywords of its own yet and takes the pool's.
void requireMatchingKeywords(const state::Pool& pool, const state::PhoneNumber& number);

// ConflictException NUMBER_CAPABILITIES_MISMATCH unless `number` has the capabilities of the
// pool's phone numbers (its sender IDs, text only by kind, don't count).
void requireMatchingCapabilities(const state::AccountState& account, const state::Pool& pool,
                                 const state::PhoneNumber& number);

// ServiceQuotaExceededException ORIGINATION_IDENTITIES_PER_POOL when the pool is full.
void requireRoomInPool(const state::Pool& pool);

// ValidationException COUNTRY_CODE_MISMATCH when an IsoCountryCode is given (not empty) and isn't
// the number's country.
void requireCountryOf(const state::PhoneNumber& number, const std::string& isoCountryCode);

}  // namespace smsim::sms_voice_v2
