#pragma once
// A destination phone number added for the sandbox, with the code last sent to verify it.
#include <optional>
#include <string>
#include <vector>

namespace smsim::state {

namespace verification_status {
inline constexpr const char* kPending = "PENDING";
inline constexpr const char* kVerified = "VERIFIED";
}  // namespace verification_status

struct VerifiedDestinationNumber {
  std::string id;  // verifieddestinationnumber-<32 hex>
  std::string arn;
  std::string destinationPhoneNumber;  // E.164
  std::string status = verification_status::kPending;
  double createdTimestamp = 0;
  std::optional<std::string> verificationCode;  // the last code sent, until it is used
  double codeSentTimestamp = 0;
  std::vector<double> codeSendTimestamps;  // sends of the last 24 hours, oldest first
};

}  // namespace smsim::state
