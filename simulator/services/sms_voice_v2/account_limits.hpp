#pragma once
// The quotas of a new account that smsim enforces, shared by the operations that create the
// resources and by DescribeAccountLimits, which reports the account-wide ones as Max.
#include <cstddef>

namespace smsim::sms_voice_v2 {

inline constexpr std::size_t kMaxPhoneNumbersPerAccount = 100;
inline constexpr std::size_t kMaxPoolsPerAccount = 50;
// The Default list counts: DescribeAccountLimits' OPT_OUT_LISTS counts it as Used.
inline constexpr std::size_t kMaxOptOutListsPerAccount = 1000;
// Phone numbers and sender IDs together (the model's ORIGINATION_IDENTITIES_PER_POOL states no
// value; this is smsim's figure, the account's phone number quota).
inline constexpr std::size_t kMaxOriginationIdentitiesPerPool = 100;

}  // namespace smsim::sms_voice_v2
