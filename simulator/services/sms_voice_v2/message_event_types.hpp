#pragma once
// The delivery event types AWS emits for SMS, MMS and voice, what each record says of them
// (messageStatus, messageStatusDescription, isFinal), and which MatchingEventTypes select them.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-types.html
#include <string>
#include <string_view>
#include <vector>

namespace smsim::sms_voice_v2 {

// The kind of message an event is about; its types start TEXT_, MEDIA_ or VOICE_.
enum class MessageChannel { Text, Media, Voice };

struct EventTypeInfo {
  std::string_view type;         // TEXT_SUCCESSFUL
  std::string_view description;  // messageStatusDescription
  bool isFinal = true;           // false for the intermediate ones (QUEUED, PENDING, RINGING, ...)
};

// The type, or nullptr when it is no event type smsim emits (aggregates such as TEXT_ALL, the
// RCS types, TEXT_SENT which the model documents as unsupported, or a typo).
const EventTypeInfo* findEventType(std::string_view type);
// Every type findEventType knows, for error messages.
std::vector<std::string> emittableEventTypes();

MessageChannel channelOf(std::string_view eventType);
std::string_view channelPrefix(MessageChannel channel);  // "TEXT_", "MEDIA_", "VOICE_"

// messageStatus: the type without its channel prefix (TEXT_CARRIER_UNREACHABLE ->
// CARRIER_UNREACHABLE), as the documented example pairs TEXT_SUCCESSFUL with SUCCESSFUL.
std::string messageStatusOf(std::string_view eventType);

// Whether an event destination's MatchingEventTypes select `eventType`: the type itself, ALL,
// or the channel's aggregate (TEXT_ALL, MEDIA_ALL, VOICE_ALL).
bool matchesEventTypes(const std::vector<std::string>& matching, std::string_view eventType);

}  // namespace smsim::sms_voice_v2
