#include "services/sms_voice_v2/message_event_types.hpp"

#include <algorithm>
#include <array>

namespace smsim::sms_voice_v2 {

namespace {

// Descriptions: the documented example's for TEXT_SUCCESSFUL ("Message has been accepted by phone
// carrier", configuration-sets-event-format.html); the others say what the event types page says
// of each type, in the same voice. Not here: the aggregates (ALL, TEXT_ALL, ...), the RCS types
// (smsim sends no RCS) and TEXT_SENT, which the model documents as not supported.
constexpr std::array<EventTypeInfo, 38> kEventTypes = {{
    {"TEXT_QUEUED", "Message is queued for delivery", false},
    {"TEXT_PENDING", "Message is in the process of being delivered", false},
    {"TEXT_SUCCESSFUL", "Message has been accepted by phone carrier", true},
    {"TEXT_DELIVERED", "Message has been delivered to the recipient's device", true},
    {"TEXT_INVALID", "The destination phone number is not valid", true},
    {"TEXT_INVALID_MESSAGE", "The message body is not valid and can't be delivered", true},
    {"TEXT_UNREACHABLE", "The recipient's device is unavailable", true},
    {"TEXT_CARRIER_UNREACHABLE", "A temporary error occurred on the recipient's carrier network",
     true},
    {"TEXT_BLOCKED", "The recipient's device or carrier blocked the message", true},
    {"TEXT_CARRIER_BLOCKED", "The recipient's carrier blocked the message", true},
    {"TEXT_SPAM", "The recipient's carrier identified the message as unsolicited", true},
    {"TEXT_UNKNOWN", "The message could not be delivered for an unknown reason", true},
    {"TEXT_TTL_EXPIRED", "The message could not be delivered within its time to live", true},
    {"TEXT_PROTECT_BLOCKED", "The message was blocked by a protect configuration", true},
    {"MEDIA_QUEUED", "Message is queued for delivery", false},
    {"MEDIA_PENDING", "Message is in the process of being delivered", false},
    {"MEDIA_SUCCESSFUL", "Message has been accepted by phone carrier", true},
    {"MEDIA_DELIVERED", "Message has been delivered to the recipient's device", true},
    {"MEDIA_INVALID", "The destination phone number is not valid", true},
    {"MEDIA_INVALID_MESSAGE", "The message is not valid and can't be delivered", true},
    {"MEDIA_UNREACHABLE", "The recipient's device is unavailable", true},
    {"MEDIA_CARRIER_UNREACHABLE", "A temporary error occurred on the recipient's carrier network",
     true},
    {"MEDIA_BLOCKED", "The recipient's device or carrier blocked the message", true},
    {"MEDIA_CARRIER_BLOCKED", "The recipient's carrier blocked the message", true},
    {"MEDIA_SPAM", "The recipient's carrier identified the message as unsolicited", true},
    {"MEDIA_UNKNOWN", "The message could not be delivered for an unknown reason", true},
    {"MEDIA_TTL_EXPIRED", "The message could not be delivered within its time to live", true},
    {"MEDIA_FILE_INACCESSIBLE", "A media file could not be read", true},
    {"MEDIA_FILE_TYPE_UNSUPPORTED", "A media file is of a type that is not supported", true},
    {"MEDIA_FILE_SIZE_EXCEEDED", "A media file is larger than the size limit", true},
    {"VOICE_INITIATED", "The call was initiated", false},
    {"VOICE_RINGING", "The recipient's phone is ringing", false},
    {"VOICE_ANSWERED", "The recipient answered the call", false},
    {"VOICE_COMPLETED", "The voice message was played to the recipient", true},
    {"VOICE_BUSY", "The recipient's line was busy", true},
    {"VOICE_NO_ANSWER", "The call was not answered", true},
    {"VOICE_FAILED", "The call could not be completed", true},
    {"VOICE_TTL_EXPIRED", "The call could not be made within its time to live", true},
}};

}  // namespace

const EventTypeInfo* findEventType(std::string_view type) {
  for (const auto& info : kEventTypes) {
    if (info.type == type) return &info;
  }
  return nullptr;
}

std::vector<std::string> emittableEventTypes() {
  std::vector<std::string> types;
  for (const auto& info : kEventTypes) {
    types.emplace_back(info.type);
  }
  return types;
}

MessageChannel channelOf(std::string_view eventType) {
  if (eventType.starts_with("MEDIA_")) return MessageChannel::Media;
  if (eventType.starts_with("VOICE_")) return MessageChannel::Voice;
  return MessageChannel::Text;
}

std::string_view channelPrefix(MessageChannel channel) {
  switch (channel) {
    case MessageChannel::Media:
      return "MEDIA_";
    case MessageChannel::Voice:
      return "VOICE_";
    case MessageChannel::Text:
      break;
  }
  return "TEXT_";
}

std::string messageStatusOf(std::string_view eventType) {
  const auto prefix = channelPrefix(channelOf(eventType));
  if (eventType.starts_with(prefix)) eventType.remove_prefix(prefix.size());
  return std::string(eventType);
}

bool matchesEventTypes(const std::vector<std::string>& matching, std::string_view eventType) {
  const auto aggregate = std::string(channelPrefix(channelOf(eventType))) + "ALL";
  return std::any_of(matching.begin(), matching.end(), [&](const std::string& name) {
    return name == "ALL" || name == aggregate || name == eventType;
  });
}

}  // namespace smsim::sms_voice_v2
