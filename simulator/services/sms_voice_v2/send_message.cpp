// SendTextMessage, SendMediaMessage, SendVoiceMessage: resolve the origination identity, refuse
// opted-out destinations exactly as AWS does, and record what was "sent" in the outbox.
#include <algorithm>

#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "common/phone_region.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/message_events.hpp"
#include "services/sms_voice_v2/number_plan.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/send_checks.hpp"
#include "services/sms_voice_v2/send_content_checks.hpp"
#include "services/sms_voice_v2/sender_ids.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// A destination of the number's own calling code: +1 is one plan for the US and Canada.
bool isDomestic(const state::PhoneNumber& number, const std::string& destination) {
  const auto callingCode = callingCodeOf(number.isoCountryCode);
  return !callingCode.empty() && destination.starts_with(callingCode);
}

bool canReach(const state::PhoneNumber& number, const std::string& destination) {
  return number.status == "ACTIVE" && isDomestic(number, destination);
}

// A number that may send abroad (InternationalSendingEnabled) reaches any destination.
bool canReachAbroad(const state::PhoneNumber& number) {
  return number.status == "ACTIVE" && number.internationalSendingEnabled;
}

// The number of a pool that sends: the first that can reach the destination's country, else
// nullptr.
state::PhoneNumber* reachingPoolNumber(state::AccountState& account, const state::Pool& pool,
                                       const std::string& destination) {
  for (const auto& id : pool.phoneNumberIds) {
    auto& number = account.phoneNumbers.at(id);
    if (canReach(number, destination)) return &number;
  }
  return nullptr;
}

// A sender ID of the pool for the destination's country, or nullptr. +1 (US, Canada) takes none.
const state::SenderId* poolSenderIdFor(const state::AccountState& account, const state::Pool& pool,
                                       const std::string& destination) {
  const auto country = regionOfNumber(destination);
  for (const auto& key : pool.senderIdKeys) {
    const auto it = account.senderIds.find(key);
    if (it != account.senderIds.end() && it->second.isoCountryCode == country) return &it->second;
  }
  return nullptr;
}

// The account's oldest number that `reaches`, or nullptr.
template <typename Reaches>
state::PhoneNumber* oldestNumber(state::AccountState& account, Reaches reaches) {
  state::PhoneNumber* chosen = nullptr;
  for (auto& [id, number] : account.phoneNumbers) {
    if (reaches(number) &&
        (chosen == nullptr || number.createdTimestamp < chosen->createdTimestamp)) {
      chosen = &number;
    }
  }
  return chosen;
}

// Who sends a message: the identity as the outbox records it, the number (or sender ID) on the
// handset, and the settings that decide the opt-out list and message type.
struct Sender {
  std::string identity;
  std::string number;
  std::vector<std::string> capabilities;            // SMS, MMS, VOICE; empty for a sender ID
  const state::PhoneNumber* phoneNumber = nullptr;  // nullptr for a sender ID
  bool simulator = false;
  std::string optOutListName = aws_names::kDefaultOptOutListName;
  std::string messageType;
};

Sender senderFrom(const OriginationIdentity& identity, state::PhoneNumber& number,
                  const std::string& requested) {
  const auto& settings = identity.settings();
  return {requested.empty() ? number.number : requested,
          number.number,
          number.capabilities,
          &number,
          number.numberType == "SIMULATOR",
          settings.optOutListName,
          settings.messageType};
}

// With no OriginationIdentity AWS picks one of the account's numbers for the destination; with
// none, the configuration set's default sender ID where the destination takes sender IDs
// (https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_SetDefaultSenderId.html), then a
// number that may send abroad. Sender IDs are not supported for +1 (US, Canada) destinations.
Sender pickSender(state::AccountState& account, const state::AccountScope& scope,
                  const std::string& destination, const state::ConfigurationSet* set) {
  const auto numberSender = [&](state::PhoneNumber& number) {
    return senderFrom(resolveOriginationIdentity(account, scope, number.id, false), number, "");
  };
  if (auto* number = oldestNumber(account, [&](const auto& n) { return canReach(n, destination); }))
    return numberSender(*number);
  if (set != nullptr && set->defaultSenderId && !destination.starts_with("+1")) {
    return {*set->defaultSenderId,
            *set->defaultSenderId,
            {"SMS"},
            nullptr,
            false,
            aws_names::kDefaultOptOutListName,
            "TRANSACTIONAL"};
  }
  if (auto* number = oldestNumber(account, canReachAbroad)) return numberSender(*number);
  throw ServiceError::conflict(
      "NO_ORIGINATION_IDENTITIES_FOUND", resource_type::kAccount, scope.accountId,
      "No origination identity of the account can send to " + destination + ".");
}

Sender namedSender(state::AccountState& account, const state::AccountScope& scope,
                   const std::string& requested, const std::string& destination) {
  // A sender ID sends text only, from the Default opt-out list (sender_ids.cpp).
  if (const auto* senderId = senderIdForSend(account, scope, requested, destination)) {
    return {requested,
            senderId->senderId,
            {"SMS"},
            nullptr,
            false,
            aws_names::kDefaultOptOutListName,
            senderId->messageTypes.front()};
  }
  auto identity = resolveOriginationIdentity(account, scope, requested, true);
  if (identity.phoneNumber != nullptr)
    return senderFrom(identity, *identity.phoneNumber, requested);
  // A pool sends from a number that reaches the destination, else from its sender ID for the
  // destination's country, else from a number that may send abroad, else from its first number
  // (whose checks then answer).
  const auto& pool = *identity.pool;
  if (auto* number = reachingPoolNumber(account, pool, destination))
    return senderFrom(identity, *number, requested);
  if (const auto* senderId = poolSenderIdFor(account, pool, destination)) {
    return {requested,
            senderId->senderId,
            {"SMS"},
            nullptr,
            false,
            pool.settings.optOutListName,
            pool.settings.messageType};
  }
  for (const auto& id : pool.phoneNumberIds) {
    auto& number = account.phoneNumbers.at(id);
    if (canReachAbroad(number)) return senderFrom(identity, number, requested);
  }
  if (pool.phoneNumberIds.empty()) {
    throw ServiceError::invalidField(
        "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY", "OriginationIdentity",
        "Pool " + pool.id + " has no origination identity for " + destination + "'s country.");
  }
  return senderFrom(identity, account.phoneNumbers.at(pool.phoneNumberIds.front()), requested);
}

// What the three sends share: who to, from whom, through which set, and what the outbox keeps.
struct OutgoingMessage {
  const char* operation;   // the outbox's origin: SendTextMessage, SendMediaMessage, ...
  const char* capability;  // what the sending number must be able to do: SMS, MMS, VOICE
  const char* missingCapabilityReason;
  std::string destination;
  std::string requestedIdentity;  // empty: smsim picks (SendTextMessage only)
  std::string configurationSetName;
  std::optional<std::string> messageType;
  std::string body;
  std::vector<std::string> mediaUrls;
  std::map<std::string, std::string> context;
  bool dryRun = false;
  std::optional<int> timeToLive;        // seconds
  std::optional<std::string> maxPrice;  // MaxPrice; SendVoiceMessage's MaxPricePerMinute
  std::optional<std::string> protectConfigurationId;
};

void requireCapability(const Sender& sender, const OutgoingMessage& outgoing) {
  const auto& capabilities = sender.capabilities;
  if (std::find(capabilities.begin(), capabilities.end(), outgoing.capability) ==
      capabilities.end()) {
    throw ServiceError::invalidField(
        outgoing.missingCapabilityReason, "OriginationIdentity",
        "The origination identity " + sender.identity + " can't send " + outgoing.capability +
            " messages (its capabilities lack " + outgoing.capability + ").");
  }
}

// InternationalSendingEnabled: "By default this is set to false. When set to true the
// international sending of phone number is Enabled" (the model, RequestPhoneNumber). Off, a number
// sends only within its own calling code; the Reason is the model's
// INTERNATIONAL_SENDING_NOT_SUPPORTED (prose_rules.md, SendTextMessage-10, *ambiguous*).
void requireInternationalSending(const Sender& sender, const std::string& destination) {
  const auto* number = sender.phoneNumber;
  if (number == nullptr || number->internationalSendingEnabled ||
      callingCodeOf(number->isoCountryCode).empty() || isDomestic(*number, destination)) {
    return;
  }
  throw ServiceError::invalidField(
      "INTERNATIONAL_SENDING_NOT_SUPPORTED", "OriginationIdentity",
      "The origination identity " + sender.identity + " (" + number->isoCountryCode +
          ") can't send to " + destination +
          ": its InternationalSendingEnabled is false (UpdatePhoneNumber turns it on).");
}

// "The destination phone number in E.164 format" (the model); its pattern makes the '+'
// optional, so smsim checks what opted-out numbers pass: a '+' and a length a number can have.
void requireE164Destination(const std::string& destination) {
  if (isPossibleE164(destination)) return;
  throw ServiceError::invalidField("INVALID_PARAMETER", "DestinationPhoneNumber",
                                   "The destination phone number " + destination +
                                       " is not a phone number in E.164 format (+ and digits).");
}

void requireNotOptedOut(const state::AccountState& account, const Sender& sender,
                        const std::string& destination) {
  if (auto list = account.optOutLists.find(sender.optOutListName);
      list != account.optOutLists.end() && list->second.numbers.contains(destination)) {
    throw ServiceError::conflict("DESTINATION_PHONE_NUMBER_OPTED_OUT",
                                 resource_type::kOptedOutNumber, destination,
                                 "The destination phone number " + destination +
                                     " is opted out of messages from this origination identity.");
  }
}

std::string sendMessage(CallContext& call, const OutgoingMessage& outgoing) {
  const auto& destination = outgoing.destination;
  requireE164Destination(destination);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const state::ConfigurationSet* set =
        outgoing.configurationSetName.empty()
            ? nullptr
            : &findConfigurationSet(account, call.scope, outgoing.configurationSetName);
    const auto sender =
        outgoing.requestedIdentity.empty()
            ? pickSender(account, call.scope, destination, set)
            : namedSender(account, call.scope, outgoing.requestedIdentity, destination);
    requireCapability(sender, outgoing);

    if (sender.simulator && !isSimulatorDestination(destination)) {
      const std::string message =
          "Simulator phone numbers can only send to simulator destination numbers (" +
          std::string(kSimulatorDeliveredDestination) + ", " + kSimulatorFailedDestination + ").";
      throw ServiceError::invalidField("INVALID_PARAMETER", "DestinationPhoneNumber", message);
    }
    requireInternationalSending(sender, destination);
    requireNotOptedOut(account, sender, destination);
    admitSend(account, call.scope, call.clock,
              {outgoing.operation, destination, outgoing.body, outgoing.maxPrice, outgoing.dryRun,
               outgoing.protectConfigurationId, set});

    state::OutboxMessage message;
    message.messageId = services::newUuid();
    const auto messageId = message.messageId;
    if (outgoing.dryRun) return messageId;

    message.originationIdentity = sender.identity;
    message.originationNumber = sender.number;
    message.destinationNumber = destination;
    message.messageBody = outgoing.body;
    message.mediaUrls = outgoing.mediaUrls;
    // The request's type, else the set's default, else the identity's.
    message.messageType = outgoing.messageType.value_or(
        set != nullptr && set->defaultMessageType ? *set->defaultMessageType : sender.messageType);
    message.configurationSetName = set != nullptr ? set->name : "";
    message.context = outgoing.context;
    message.status = destination == kSimulatorFailedDestination ? state::message_status::kFailed
                                                                : state::message_status::kDelivered;
    message.origin = outgoing.operation;
    message.timestamp = call.clock.nowEpochSeconds();
    message.accountId = call.scope.accountId;
    message.region = call.scope.region;
    scheduleMessageEvents(call, message, outgoing.timeToLive);
    call.store.outbox().append(std::move(message));
    return messageId;
  });
}

}  // namespace

// The sending identity needs the channel's capability (NumberCapabilities: "text messages, voice
// calls or both"). AWS names no Reason for one without it; smsim answers ValidationException
// CHANNEL_NOT_ENABLED for text and media, VOICE_CAPABILITY_NOT_AVAILABLE for voice (README.md).
SendTextMessageResult sendTextMessage(CallContext& call, const SendTextMessageRequest& request) {
  requireTextBody(request.messageBody);
  return {sendMessage(call, {"SendTextMessage",
                             "SMS",
                             "CHANNEL_NOT_ENABLED",
                             request.destinationPhoneNumber,
                             request.originationIdentity.value_or(""),
                             request.configurationSetName,
                             request.messageType,
                             request.messageBody,
                             {},
                             request.context,
                             request.dryRun,
                             request.timeToLive,
                             request.maxPrice,
                             request.protectConfigurationId})};
}

SendMediaMessageResult sendMediaMessage(CallContext& call, const SendMediaMessageRequest& request) {
  requireMediaContent(request.messageBody, request.mediaUrls);
  return {sendMessage(
      call, {"SendMediaMessage", "MMS", "CHANNEL_NOT_ENABLED", request.destinationPhoneNumber,
             request.originationIdentity, request.configurationSetName, std::nullopt,
             request.messageBody.value_or(""), request.mediaUrls, request.context, request.dryRun,
             request.timeToLive, request.maxPrice, request.protectConfigurationId})};
}

SendVoiceMessageResult sendVoiceMessage(CallContext& call, const SendVoiceMessageRequest& request) {
  requireVoiceScript(request.messageBody, request.messageBodyTextType);
  return {sendMessage(call, {"SendVoiceMessage",
                             "VOICE",
                             "VOICE_CAPABILITY_NOT_AVAILABLE",
                             request.destinationPhoneNumber,
                             request.originationIdentity,
                             request.configurationSetName,
                             std::nullopt,
                             request.messageBody.value_or(""),
                             {},
                             request.context,
                             request.dryRun,
                             request.timeToLive,
                             request.maxPricePerMinute,
                             request.protectConfigurationId})};
}

}  // namespace smsim::sms_voice_v2
