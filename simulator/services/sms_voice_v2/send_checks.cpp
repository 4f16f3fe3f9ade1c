#include "services/sms_voice_v2/send_checks.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "services/sms_voice_v2/destination_country.hpp"
#include "services/sms_voice_v2/message_parts.hpp"
#include "services/sms_voice_v2/message_prices.hpp"
#include "services/sms_voice_v2/protect_configurations.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"
#include "services/sms_voice_v2/spend_limits.hpp"

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

SpendChannel channelOf(const SendFacts& send) {
  if (std::strcmp(send.operation, "SendMediaMessage") == 0) return SpendChannel::Media;
  if (std::strcmp(send.operation, "SendVoiceMessage") == 0) return SpendChannel::Voice;
  return SpendChannel::Text;
}

// The capability a protect configuration's country rules are kept under for this send.
const char* protectedCapabilityOf(const SendFacts& send) {
  switch (channelOf(send)) {
    case SpendChannel::Media:
      return "MMS";
    case SpendChannel::Voice:
      return "VOICE";
    case SpendChannel::Text:
      break;
  }
  return "SMS";
}

// The protect configuration that applies (protect_configurations.hpp) may block the destination;
// a DryRun is checked as a send is.
void requireAllowedByProtect(state::AccountState& account, const state::AccountScope& scope,
                             const Clock& clock, const SendFacts& send) {
  const auto* configuration = effectiveProtectConfiguration(
      account, scope, send.protectConfigurationId, send.configurationSet);
  if (configuration == nullptr) return;
  requireAllowedByProtectConfiguration(*configuration, protectedCapabilityOf(send),
                                       send.destination, clock.nowEpochSeconds());
}

// MaxPrice: "If the calculated amount to send the text message is greater than MaxPrice, the
// message is not sent and an error is returned" (the model, SendTextMessageRequest.MaxPrice); the
// reason is the model's ValidationExceptionReason PRICE_OVER_THRESHOLD. Voice compares the price
// of a minute with MaxPricePerMinute.
void requirePriceWithinMax(const SendFacts& send, const SendPrice& price) {
  if (!send.maxPrice) return;
  const double max = std::strtod(send.maxPrice->c_str(), nullptr);  // the model's pattern held
  if (price.unit <= max + 1e-12) return;
  const char* field = channelOf(send) == SpendChannel::Voice ? "MaxPricePerMinute" : "MaxPrice";
  throw ServiceError::invalidField("PRICE_OVER_THRESHOLD", field,
                                   "The message costs " + std::to_string(price.unit) +
                                       " USD, more than the " + field + " of " + *send.maxPrice +
                                       " USD.");
}

}  // namespace

SendPrice priceOfSend(const SendFacts& send) {
  // The country event records report (AWS's simulator numbers count as their table's country).
  const auto country = destinationCountryOf(send.destination).isoCountryCode;
  switch (channelOf(send)) {
    case SpendChannel::Media: {
      const double total = mediaMessagePrice(country).total();
      return {total, total};
    }
    case SpendChannel::Voice: {
      const auto minutes = voiceMessageMinutes(send.body);
      const double total = voiceMessagePrice(country, minutes).total();
      return {total, total / static_cast<double>(minutes)};
    }
    case SpendChannel::Text:
      break;
  }
  const double total = textSendPrice(send.destination, send.body);
  return {total, total};
}

double textSendPrice(const std::string& destination, const std::string& body) {
  const auto country = destinationCountryOf(destination).isoCountryCode;
  return textMessagePrice(country, countMessageParts(body).parts).total();
}

std::optional<std::string> accountDefaultProtectBlock(state::AccountState& account,
                                                      const state::AccountScope& scope,
                                                      const Clock& clock,
                                                      const std::string& destination) {
  // No ProtectConfigurationId and no configuration set: the account default applies.
  SendFacts text;
  text.operation = "SendTextMessage";
  text.destination = destination;
  try {
    requireAllowedByProtect(account, scope, clock, text);
  } catch (const ServiceError& blocked) {
    return blocked.what();
  }
  return std::nullopt;
}

void admitSend(state::AccountState& account, const state::AccountScope& scope, const Clock& clock,
               const SendFacts& send) {
  requireAllowedByProtect(account, scope, clock, send);
  requireVerifiedInSandbox(account, send);
  const auto price = priceOfSend(send);
  requirePriceWithinMax(send, price);
  chargeSpend(account, channelOf(send), price.total, clock, send.dryRun);
}

}  // namespace smsim::sms_voice_v2
