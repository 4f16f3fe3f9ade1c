#pragma once
// The JSON forms of phone numbers and pools as the API returns them.
#include <nlohmann/json.hpp>

#include "state/phone_number.hpp"
#include "state/pool.hpp"

namespace smsim::sms_voice_v2 {

nlohmann::json phoneNumberJson(const state::PhoneNumber& number);  // PhoneNumberInformation
nlohmann::json poolJson(const state::Pool& pool);                  // PoolInformation

}  // namespace smsim::sms_voice_v2
