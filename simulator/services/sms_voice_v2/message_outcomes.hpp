#pragma once
// What happens to a sent message, as the events its delivery produces and when: the success
// sequence for an ordinary destination, AWS's destination simulator numbers' success or failure,
// an outcome a scenario scripted for the destination, and a TimeToLive that runs out first.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/message_event_types.hpp"
#include "state/message_events.hpp"

namespace smsim::sms_voice_v2 {

struct PlannedEvent {
  std::string eventType;
  double afterSeconds = 0;  // after the send, on the simulated clock
  bool isFinal = true;
};

// Events in the order they happen. A scripted outcome's events of other channels are ignored (a
// script of TEXT_ events doesn't change what a voice call to that number does); when none is
// left, the default applies. With a TimeToLive, events after it are replaced by the channel's
// TTL_EXPIRED event at the TTL, unless a final event comes first.
std::vector<PlannedEvent> planDeliveryEvents(MessageChannel channel, const std::string& destination,
                                             const std::optional<state::ScriptedOutcome>& scripted,
                                             std::optional<int> timeToLiveSeconds);

}  // namespace smsim::sms_voice_v2
