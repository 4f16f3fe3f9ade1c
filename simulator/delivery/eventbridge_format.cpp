#include "delivery/eventbridge_format.hpp"

#include <ctime>
#include <nlohmann/json.hpp>

#include "common/aws_arn.hpp"

namespace smsim::delivery {

namespace {

// EventBridge's `time`: whole seconds, UTC (2025-10-01T18:20:41Z).
std::string eventTime(double epochSeconds) {
  const auto seconds = static_cast<std::time_t>(epochSeconds);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace

std::string eventBridgeDetailType(const std::string& eventType) {
  if (eventType.starts_with("MEDIA_")) return "Media Message Delivery Status Updated";
  if (eventType.starts_with("VOICE_")) return "Voice Message Delivery Status Updated";
  return "Text Message Delivery Status Updated";
}

// The account and Region are the channel's (the topic or stream the event destination names).
HttpPost renderEventBridgeEvent(const Notification& n) {
  auto detail = nlohmann::ordered_json::parse(n.payload, nullptr, false);
  if (detail.is_discarded()) detail = n.payload;
  const auto eventType =
      detail.is_object() && detail.value("eventType", nlohmann::ordered_json()).is_string()
          ? detail["eventType"].get<std::string>()
          : std::string();
  const auto arn = aws_names::parseArn(n.channelArn);
  const nlohmann::ordered_json event = {
      {"version", "0"},
      {"id", n.messageId},
      {"detail-type", eventBridgeDetailType(eventType)},
      {"source", "aws.sms-voice"},
      {"account", arn ? arn->accountId : ""},
      {"time", eventTime(n.timestamp)},
      {"region", arn ? arn->region : ""},
      {"resources", nlohmann::ordered_json::array()},
      {"detail", detail},
  };
  return {event.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
          "application/json",
          {}};
}

}  // namespace smsim::delivery
