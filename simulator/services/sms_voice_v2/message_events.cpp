#include "services/sms_voice_v2/message_events.hpp"

#include <cmath>

#include "services/sms_voice_v2/destination_country.hpp"

namespace smsim::sms_voice_v2 {

namespace {

long long epochMillis(double epochSeconds) { return std::llround(epochSeconds * 1000); }

// A sender ID has no country, so it sends nothing abroad.
bool isInternational(const state::OutboxMessage& message, const std::string& destinationCountry) {
  if (!message.originationNumber.starts_with('+')) return false;
  return destinationCountryOf(message.originationNumber).isoCountryCode != destinationCountry;
}

}  // namespace

MessageChannel channelOfMessage(const state::OutboxMessage& message) {
  if (message.origin == "SendMediaMessage") return MessageChannel::Media;
  if (message.origin == "SendVoiceMessage") return MessageChannel::Voice;
  return MessageChannel::Text;
}

// Field order and names follow the documented SMS example; media and voice records use the same
// fields (smsim's choice, README "Delivery events"), without messageEncoding for them.
nlohmann::ordered_json buildEventRecord(const state::OutboxMessage& message,
                                        const PlannedEvent& event, const MessageCost& cost) {
  const auto country = destinationCountryOf(message.destinationNumber);
  const auto* info = findEventType(event.eventType);
  nlohmann::ordered_json record = {
      {"eventType", event.eventType},
      {"eventVersion", "1.0"},
      {"eventTimestamp", epochMillis(message.timestamp) + std::llround(event.afterSeconds * 1000)},
      {"isFinal", event.isFinal},
      {"originationPhoneNumber", message.originationNumber},
      {"destinationPhoneNumber", message.destinationNumber},
  };
  if (!country.isoCountryCode.empty()) record["isoCountryCode"] = country.isoCountryCode;
  record["isInternationalSend"] = isInternational(message, country.isoCountryCode);
  if (!country.mcc.empty()) record["mcc"] = country.mcc;
  record["messageId"] = message.messageId;
  record["messageRequestTimestamp"] = epochMillis(message.timestamp);
  if (!cost.encoding.empty()) record["messageEncoding"] = cost.encoding;
  record["messageType"] = message.messageType;
  record["messageStatus"] = messageStatusOf(event.eventType);
  record["messageStatusDescription"] = info != nullptr ? std::string(info->description) : "";
  if (!message.context.empty()) record["context"] = message.context;
  record["totalMessageParts"] = cost.parts;
  record["totalMessagePrice"] = cost.price;
  record["totalCarrierFee"] = cost.carrierFee;
  return record;
}

void scheduleMessageEvents(CallContext& call, const state::OutboxMessage& message,
                           std::optional<int> timeToLiveSeconds) {
  auto& events = call.store.messageEvents();
  const auto channel = channelOfMessage(message);
  const auto plan = planDeliveryEvents(
      channel, message.destinationNumber,
      events.outcomeFor(message.destinationNumber, message.accountId, message.region),
      timeToLiveSeconds);
  const auto cost = costOfMessage(message);
  std::vector<state::MessageEvent> scheduled;
  for (const auto& step : plan) {
    state::MessageEvent event;
    event.dueEpochSeconds = message.timestamp + step.afterSeconds;
    event.accountId = message.accountId;
    event.region = message.region;
    event.configurationSetName = message.configurationSetName;
    event.messageId = message.messageId;
    event.destinationNumber = message.destinationNumber;
    event.eventType = step.eventType;
    event.record = buildEventRecord(message, step, cost);
    scheduled.push_back(std::move(event));
  }
  events.schedule(std::move(scheduled));
}

}  // namespace smsim::sms_voice_v2
