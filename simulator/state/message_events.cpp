#include "state/message_events.hpp"

#include <algorithm>

namespace smsim::state {

void to_json(nlohmann::json& out, const OutcomeEvent& event) {
  out = {{"type", event.eventType}, {"after", event.afterSeconds}};
  if (event.isFinal) out["isFinal"] = *event.isFinal;
}

bool ScriptedOutcome::matches(const std::string& number, const std::string& fromAccount,
                              const std::string& fromRegion) const {
  if (!accountId.empty() && accountId != fromAccount) return false;
  if (!region.empty() && region != fromRegion) return false;
  if (!destination.empty() && destination.back() == '*') {
    return number.starts_with(std::string_view(destination).substr(0, destination.size() - 1));
  }
  return number == destination;
}

bool ScriptedOutcome::sameScope(const ScriptedOutcome& other) const {
  return destination == other.destination && accountId == other.accountId && region == other.region;
}

void to_json(nlohmann::json& out, const ScriptedOutcome& outcome) {
  out = {{"destination", outcome.destination}};
  if (!outcome.accountId.empty()) out["account"] = outcome.accountId;
  if (!outcome.region.empty()) out["region"] = outcome.region;
  out["events"] = outcome.events;
}

void to_json(nlohmann::json& out, const EventDelivery& delivery) {
  out = {{"eventDestinationName", delivery.eventDestinationName},
         {"kind", delivery.kind},
         {"arn", delivery.arn}};
}

bool MessageEventFilter::accepts(const MessageEvent& event) const {
  if (event.sequence <= afterSequence) return false;
  if (messageId && event.messageId != *messageId) return false;
  if (destination && event.destinationNumber != *destination) return false;
  if (eventType && event.eventType != *eventType) return false;
  if (accountId && event.accountId != *accountId) return false;
  if (region && event.region != *region) return false;
  if (targetArn) {
    bool found = false;
    for (const auto& delivery : event.deliveries) found = found || delivery.arn == *targetArn;
    if (!found) return false;
  }
  return true;
}

bool MessageEvents::schedule(std::vector<MessageEvent> events) {
  std::lock_guard lock(mutex_);
  if (pending_.size() + events.size() > kPendingCapacity) {
    refused_ += events.size();
    return false;
  }
  for (auto& event : events) {
    const auto due = event.dueEpochSeconds;
    pending_.emplace(due, std::move(event));
  }
  return true;
}

std::vector<MessageEvent> MessageEvents::takeDue(double nowEpochSeconds) {
  std::lock_guard lock(mutex_);
  std::vector<MessageEvent> due;
  const auto end = pending_.upper_bound(nowEpochSeconds);
  for (auto it = pending_.begin(); it != end; ++it) due.push_back(std::move(it->second));
  pending_.erase(pending_.begin(), end);
  return due;
}

void MessageEvents::recordEmitted(MessageEvent event) {
  std::lock_guard lock(mutex_);  // so sequences enter the log in order
  event.sequence = ++lastSequence_;
  emitted_.append(std::move(event));
}

std::vector<MessageEvent> MessageEvents::emitted(const MessageEventFilter& filter) const {
  return emitted_.select([&](const MessageEvent& event) { return filter.accepts(event); },
                         filter.limit);
}

std::uint64_t MessageEvents::oldestSequence() const {
  const auto oldest = emitted_.select([](const MessageEvent&) { return true; }, 1);
  return oldest.empty() ? 0 : oldest.front().sequence;
}

std::size_t MessageEvents::pending() const {
  std::lock_guard lock(mutex_);
  return pending_.size();
}

std::uint64_t MessageEvents::refused() const {
  std::lock_guard lock(mutex_);
  return refused_;
}

bool MessageEvents::addOutcome(ScriptedOutcome outcome) {
  std::lock_guard lock(mutex_);
  const auto same = std::find_if(outcomes_.begin(), outcomes_.end(),
                                 [&](const auto& kept) { return kept.sameScope(outcome); });
  if (same != outcomes_.end()) {
    outcomes_.erase(same);
  } else if (outcomes_.size() >= kOutcomeCapacity) {
    return false;
  }
  outcomes_.push_back(std::move(outcome));
  return true;
}

std::optional<ScriptedOutcome> MessageEvents::outcomeFor(const std::string& destination,
                                                         const std::string& accountId,
                                                         const std::string& region) const {
  std::lock_guard lock(mutex_);
  for (auto it = outcomes_.rbegin(); it != outcomes_.rend(); ++it) {
    if (it->matches(destination, accountId, region)) return *it;
  }
  return std::nullopt;
}

std::vector<ScriptedOutcome> MessageEvents::outcomes() const {
  std::lock_guard lock(mutex_);
  return outcomes_;
}

bool MessageEvents::removeOutcome(const ScriptedOutcome& scope) {
  std::lock_guard lock(mutex_);
  return std::erase_if(outcomes_, [&](const auto& kept) { return kept.sameScope(scope); }) > 0;
}

void MessageEvents::clearOutcomes() {
  std::lock_guard lock(mutex_);
  outcomes_.clear();
}

void MessageEvents::clear() {
  std::lock_guard lock(mutex_);
  pending_.clear();
  refused_ = 0;
  outcomes_.clear();
  emitted_.clear();
}

}  // namespace smsim::state
