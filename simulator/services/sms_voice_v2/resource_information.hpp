#pragma once
// Phone numbers and pools as the API describes them, from what the store keeps.
#include "services/sms_voice_v2/phone_number_types.hpp"
#include "services/sms_voice_v2/pool_types.hpp"
#include "state/phone_number.hpp"
#include "state/pool.hpp"

namespace smsim::sms_voice_v2 {

PhoneNumberInformation phoneNumberInformation(const state::PhoneNumber& number);
PoolInformation poolInformation(const state::Pool& pool);

}  // namespace smsim::sms_voice_v2
