#pragma once
// The event records a sent message produces, in AWS's documented format, and their scheduling
// on the simulated clock. Where the records go (the configuration set's event destinations) is
// decided when each is due, by the delivery layer's MessageEventPump.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "services/sms_voice_v2/call_context.hpp"
#include "services/sms_voice_v2/message_outcomes.hpp"
#include "state/outbox.hpp"

namespace smsim::sms_voice_v2 {

// What a message costs, as its records report it.
struct MessageCost {
  std::string encoding;  // GSM or UCS2 for a text; empty for media and voice
  int parts = 1;
  double price = 0;  // USD, the whole message
  double carrierFee = 0;
};

MessageChannel channelOfMessage(const state::OutboxMessage& message);
MessageCost costOfMessage(const state::OutboxMessage& message);

// One record: the message's facts, the event's type, status and time.
nlohmann::ordered_json buildEventRecord(const state::OutboxMessage& message,
                                        const PlannedEvent& event, const MessageCost& cost);

// The one call a send makes once it accepted a message: plans its outcome (scripted, simulator,
// TimeToLive), builds the records and queues them in the store's MessageEvents.
void scheduleMessageEvents(CallContext& call, const state::OutboxMessage& message,
                           std::optional<int> timeToLiveSeconds);

}  // namespace smsim::sms_voice_v2
