#pragma once
// The sandbox's documented limits on verified destination numbers and their codes.
#include <cstddef>
#include <cstdint>

namespace smsim::sms_voice_v2 {

// "You can add up to 10 verified destination phone numbers to your account."
// https://docs.aws.amazon.com/sms-voice/latest/userguide/verify-destination-phone-number.html
inline constexpr std::int64_t kMaxVerifiedDestinationNumbers = 10;

// Codes sent to one number per 24 hours. AWS states five for the SNS sandbox ("You can send the
// OTP to the same destination phone number up to five times every 24 hours",
// https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox-verifying-phone-numbers.html); the
// SMS Voice v2 guide is silent, so smsim uses the same number.
inline constexpr std::size_t kVerificationCodesPerDay = 5;

// How long a code stays valid. AWS is silent; the SNS guide tells users to ask for a new code when
// one hasn't arrived within 15 minutes, so smsim lets a code expire after 15 minutes (README.md).
inline constexpr double kVerificationCodeLifetimeSeconds = 15 * 60;

}  // namespace smsim::sms_voice_v2
