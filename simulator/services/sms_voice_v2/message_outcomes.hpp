#pragma once
// What happens to a sent message, as the events its delivery produces and when: the success
// sequence for an ordinary destination, AWS's destination simulator numbers' success or failure,
// an outcome a scenario or control call scripted for the destination, the UNKNOWN status AWS
// gives a message with no final event after 72 hours, and a TimeToLive that runs out first.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/message_event_types.hpp"
#include "state/message_events.hpp"

namespace smsim::sms_voice_v2 {

// AWS: "After 72 hours, if AWS End User Messaging SMS has not received a final event from a
// carrier, the service will automatically return an UNKNOWN messageStatus"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html).
// Also the latest a scripted event may come.
inline constexpr double kFinalStatusDeadlineSeconds = 72 * 3600;

// A scripted outcome's destination: an E.164 number (+14255550100) or a prefix ending in `*`
// (+1425*).
bool isOutcomeDestination(const std::string& destination);

struct PlannedEvent {
  std::string eventType;
  double afterSeconds = 0;  // after the send, on the simulated clock
  bool isFinal = true;
};

// Events in the order they happen. A scripted outcome's events of other channels are ignored (a
// script of TEXT_ events doesn't change what a voice call to that number does); when none is
// left, the default applies. A text or media message whose events hold no final one ends with
// TEXT_UNKNOWN (MEDIA_UNKNOWN) at kFinalStatusDeadlineSeconds; a call, for which AWS has no
// UNKNOWN type, gets none. With a TimeToLive, events after it are replaced by the channel's
// TTL_EXPIRED event at the TTL, unless a final event comes first.
std::vector<PlannedEvent> planDeliveryEvents(MessageChannel channel, const std::string& destination,
                                             const std::optional<state::ScriptedOutcome>& scripted,
                                             std::optional<int> timeToLiveSeconds);

}  // namespace smsim::sms_voice_v2
