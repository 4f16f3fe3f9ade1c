// SendTextMessage: resolve the origination identity, refuse opted-out destinations exactly as
// AWS does, and record what was "sent" in the outbox.
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/number_plan.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {

namespace {

bool canReach(const state::PhoneNumber& number, const std::string& destination) {
  const auto callingCode = callingCodeOf(number.isoCountryCode);
  return number.status == "ACTIVE" && !callingCode.empty() && destination.starts_with(callingCode);
}

// The member of a pool that sends: the first that can reach the destination's country.
state::PhoneNumber& poolSender(state::AccountState& account, const state::Pool& pool,
                               const std::string& destination) {
  for (const auto& id : pool.phoneNumberIds) {
    auto& number = account.phoneNumbers.at(id);
    if (canReach(number, destination)) return number;
  }
  return account.phoneNumbers.at(pool.phoneNumberIds.front());
}

// With no OriginationIdentity AWS picks one of the account's numbers for the destination.
OriginationIdentity pickIdentity(state::AccountState& account, const state::AccountScope& scope,
                                 const std::string& destination) {
  state::PhoneNumber* chosen = nullptr;
  for (auto& [id, number] : account.phoneNumbers) {
    if (canReach(number, destination) &&
        (chosen == nullptr || number.createdTimestamp < chosen->createdTimestamp)) {
      chosen = &number;
    }
  }
  if (chosen == nullptr) {
    throw ServiceError::conflict(
        "NO_ORIGINATION_IDENTITIES_FOUND", resource_type::kAccount, scope.accountId,
        "No origination identity of the account can send to " + destination + ".");
  }
  return resolveOriginationIdentity(account, scope, chosen->id, false);
}

}  // namespace

SendTextMessageResult sendTextMessage(CallContext& call, const SendTextMessageRequest& request) {
  const auto& destination = request.destinationPhoneNumber;
  const std::string requestedIdentity = request.originationIdentity.value_or("");
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto identity = requestedIdentity.empty()
                        ? pickIdentity(account, call.scope, destination)
                        : resolveOriginationIdentity(account, call.scope, requestedIdentity, true);
    auto& sender = identity.phoneNumber != nullptr
                       ? *identity.phoneNumber
                       : poolSender(account, *identity.pool, destination);
    const auto& settings = identity.settings();

    if (sender.numberType == "SIMULATOR" && !isSimulatorDestination(destination)) {
      const std::string message =
          "Simulator phone numbers can only send to simulator destination numbers (" +
          std::string(kSimulatorDeliveredDestination) + ", " + kSimulatorFailedDestination + ").";
      throw ServiceError::invalidField("INVALID_PARAMETER", "DestinationPhoneNumber", message);
    }
    if (auto list = account.optOutLists.find(settings.optOutListName);
        list != account.optOutLists.end() && list->second.numbers.contains(destination)) {
      throw ServiceError::conflict("DESTINATION_PHONE_NUMBER_OPTED_OUT",
                                   resource_type::kOptedOutNumber, destination,
                                   "The destination phone number " + destination +
                                       " is opted out of messages from this origination identity.");
    }

    state::OutboxMessage message;
    message.messageId = services::newUuid();
    SendTextMessageResult result{message.messageId};
    if (request.dryRun) return result;

    message.originationIdentity = requestedIdentity.empty() ? sender.number : requestedIdentity;
    message.originationNumber = sender.number;
    message.destinationNumber = destination;
    message.messageBody = request.messageBody;
    message.messageType = request.messageType.value_or(settings.messageType);
    message.configurationSetName = request.configurationSetName;
    message.context = request.context;
    message.status = destination == kSimulatorFailedDestination ? state::message_status::kFailed
                                                                : state::message_status::kDelivered;
    message.timestamp = call.clock.nowEpochSeconds();
    message.accountId = call.scope.accountId;
    message.region = call.scope.region;
    call.store.outbox().append(std::move(message));
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
