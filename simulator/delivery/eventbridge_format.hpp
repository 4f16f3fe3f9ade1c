#pragma once
// A delivery event as EventBridge carries it: AWS End User Messaging SMS sends "Text Message
// Delivery Status Updated" (Media ..., Voice ...) events with source aws.sms-voice and the record
// as `detail`.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/monitor-event-bridge.html
// https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-sms-voice.html
#include <string>

#include "delivery/notification_formats.hpp"

namespace smsim::delivery {

// "Text Message Delivery Status Updated" for TEXT_ records, Media or Voice for theirs.
std::string eventBridgeDetailType(const std::string& eventType);

HttpPost renderEventBridgeEvent(const Notification& notification);

}  // namespace smsim::delivery
