#include "services/sms_voice_v2/send_checks.hpp"

#include <algorithm>

#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {

namespace {

bool isVerifiedDestination(const state::AccountState& account, const std::string& destination) {
  return std::any_of(account.verifiedDestinationNumbers.begin(),
                     account.verifiedDestinationNumbers.end(), [&](const auto& entry) {
                       return entry.second.destinationPhoneNumber == destination &&
                              entry.second.status == state::verification_status::kVerified;
                     });
}

// "When your account is in the SMS/MMS or voice sandbox you can only send messages to verified
// destination phone numbers"; the simulator destinations need no verification ("you can use
// Origination simulator phone numbers and Destination simulator phone numbers to test")
// https://docs.aws.amazon.com/sms-voice/latest/userguide/verify-destination-phone-number.html.
// The reason is the model's ConflictExceptionReason DESTINATION_PHONE_NUMBER_NOT_VERIFIED.
void requireVerifiedInSandbox(const state::AccountState& account, const SendFacts& send) {
  if (!state::inSandbox(account) || isSimulatorDestination(send.destination) ||
      isVerifiedDestination(account, send.destination)) {
    return;
  }
  throw ServiceError::conflict(
      "DESTINATION_PHONE_NUMBER_NOT_VERIFIED", resource_type::kVerifiedDestinationNumber,
      send.destination,
      "The account is in the sandbox and " + send.destination +
          " is not a verified destination number; verify it with VerifyDestinationNumber.");
}

}  // namespace

void requireSendAllowed(const state::AccountState& account, const SendFacts& send) {
  requireVerifiedInSandbox(account, send);
}

}  // namespace smsim::sms_voice_v2
