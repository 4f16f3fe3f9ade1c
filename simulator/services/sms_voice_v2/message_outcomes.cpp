#include "services/sms_voice_v2/message_outcomes.hpp"

#include <algorithm>

#include "common/phone_number.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {

namespace {

PlannedEvent planned(std::string eventType, double afterSeconds = 0) {
  const auto* info = findEventType(eventType);
  return {std::move(eventType), afterSeconds, info == nullptr || info->isFinal};
}

// smsim's choice where AWS documents no sequence (README, "Delivery events"): an intermediate
// QUEUED (INITIATED, RINGING, ANSWERED for a call), then the final event, all at the send's time.
// Destination simulator numbers: success ends SUCCESSFUL (COMPLETED), failure
// CARRIER_UNREACHABLE (FAILED for a call).
std::vector<PlannedEvent> defaultEvents(MessageChannel channel, bool fails) {
  if (channel == MessageChannel::Voice) {
    if (fails) return {planned("VOICE_INITIATED"), planned("VOICE_FAILED")};
    return {planned("VOICE_INITIATED"), planned("VOICE_RINGING"), planned("VOICE_ANSWERED"),
            planned("VOICE_COMPLETED")};
  }
  const std::string prefix(channelPrefix(channel));
  return {planned(prefix + "QUEUED"),
          planned(prefix + (fails ? "CARRIER_UNREACHABLE" : "SUCCESSFUL"))};
}

std::vector<PlannedEvent> scriptedEvents(MessageChannel channel,
                                         const state::ScriptedOutcome& scripted) {
  std::vector<PlannedEvent> events;
  for (const auto& step : scripted.events) {
    if (channelOf(step.eventType) != channel) continue;
    auto event = planned(step.eventType, step.afterSeconds);
    if (step.isFinal) event.isFinal = *step.isFinal;
    events.push_back(std::move(event));
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.afterSeconds < b.afterSeconds; });
  return events;
}

// AWS's UNKNOWN after 72 hours without a final event. The event types have no VOICE_UNKNOWN
// (the model's MatchingEventTypes enum), so a call is left as scripted (smsim's choice).
void applyFinalStatusDeadline(MessageChannel channel, std::vector<PlannedEvent>& events) {
  if (channel == MessageChannel::Voice) return;
  if (std::any_of(events.begin(), events.end(), [](const auto& event) { return event.isFinal; }))
    return;
  events.push_back(
      planned(std::string(channelPrefix(channel)) + "UNKNOWN", kFinalStatusDeadlineSeconds));
}

// Keeps what happens within the TTL; if no final event does, the TTL_EXPIRED event ends it.
void applyTimeToLive(MessageChannel channel, int timeToLiveSeconds,
                     std::vector<PlannedEvent>& events) {
  const auto ttl = static_cast<double>(timeToLiveSeconds);
  const auto late = std::find_if(events.begin(), events.end(),
                                 [&](const auto& event) { return event.afterSeconds > ttl; });
  if (late == events.end()) return;
  const bool finishedInTime =
      std::any_of(events.begin(), late, [](const auto& event) { return event.isFinal; });
  events.erase(late, events.end());
  if (!finishedInTime)
    events.push_back(planned(std::string(channelPrefix(channel)) + "TTL_EXPIRED", ttl));
}

}  // namespace

bool isOutcomeDestination(const std::string& destination) {
  if (destination.size() > 1 && destination.back() == '*') {
    const std::string_view digits(destination.data(), destination.size() - 1);
    return digits.starts_with('+') && digits.size() <= kMaxE164Digits + 1 &&
           digits.find_first_not_of("0123456789", 1) == std::string_view::npos;
  }
  return isE164(destination);
}

std::vector<PlannedEvent> planDeliveryEvents(MessageChannel channel, const std::string& destination,
                                             const std::optional<state::ScriptedOutcome>& scripted,
                                             std::optional<int> timeToLiveSeconds) {
  std::vector<PlannedEvent> events;
  if (scripted) events = scriptedEvents(channel, *scripted);
  if (events.empty()) {
    const auto simulator = lookUpSimulatorDestination(destination);
    events = defaultEvents(channel, simulator.outcome == SimulatorOutcome::Failure);
  }
  applyFinalStatusDeadline(channel, events);
  if (timeToLiveSeconds) applyTimeToLive(channel, *timeToLiveSeconds, events);
  return events;
}

}  // namespace smsim::sms_voice_v2
