// Fuzzes the reader of PUT /_smsim/outcomes: bytes are read as an outcome body; anything but a
// checked outcome or an error message is a finding, and so is an accepted outcome that breaks
// what the reader promises (a valid destination, 1 to kMaxOutcomeEvents known event types within
// 72 hours). An accepted outcome is then planned for a send, as the service would.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "control/outcome_request.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"
#include "services/sms_voice_v2/message_outcomes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace v2 = smsim::sms_voice_v2;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  const auto reading = smsim::control::readOutcomeRequest(body);
  if (reading.request.has_value() == !reading.error.empty()) __builtin_trap();
  if (!reading.request) return 0;
  const auto& outcome = *reading.request;
  if (!v2::isOutcomeDestination(outcome.destination)) __builtin_trap();
  if (outcome.events.empty() || outcome.events.size() > smsim::control::kMaxOutcomeEvents) {
    __builtin_trap();
  }
  for (const auto& event : outcome.events) {
    if (v2::findEventType(event.eventType) == nullptr) __builtin_trap();
    if (event.afterSeconds < 0 || event.afterSeconds > v2::kFinalStatusDeadlineSeconds) {
      __builtin_trap();
    }
  }
  const auto planned =
      v2::planDeliveryEvents(v2::MessageChannel::Text, "+14255550100", outcome, 300);
  if (planned.empty()) __builtin_trap();
  return 0;
}
