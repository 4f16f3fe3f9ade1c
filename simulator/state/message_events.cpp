#include "state/message_events.hpp"

namespace smsim::state {

bool ScriptedOutcome::matches(const std::string& number) const {
  if (!destination.empty() && destination.back() == '*') {
    return number.starts_with(std::string_view(destination).substr(0, destination.size() - 1));
  }
  return number == destination;
}

void to_json(nlohmann::json& out, const EventDelivery& delivery) {
  out = {{"eventDestinationName", delivery.eventDestinationName},
         {"kind", delivery.kind},
         {"arn", delivery.arn}};
}

bool MessageEventFilter::accepts(const MessageEvent& event) const {
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

std::vector<MessageEvent> MessageEvents::emitted(const MessageEventFilter& filter) const {
  std::vector<MessageEvent> matching;
  for (auto& event : emitted_.snapshot()) {
    if (filter.accepts(event)) matching.push_back(std::move(event));
  }
  return matching;
}

std::size_t MessageEvents::pending() const {
  std::lock_guard lock(mutex_);
  return pending_.size();
}

std::uint64_t MessageEvents::refused() const {
  std::lock_guard lock(mutex_);
  return refused_;
}

void MessageEvents::addOutcome(ScriptedOutcome outcome) {
  std::lock_guard lock(mutex_);
  outcomes_.push_back(std::move(outcome));
}

std::optional<ScriptedOutcome> MessageEvents::outcomeFor(const std::string& destination) const {
  std::lock_guard lock(mutex_);
  for (auto it = outcomes_.rbegin(); it != outcomes_.rend(); ++it) {
    if (it->matches(destination)) return *it;
  }
  return std::nullopt;
}

void MessageEvents::clear() {
  std::lock_guard lock(mutex_);
  pending_.clear();
  refused_ = 0;
  outcomes_.clear();
  emitted_.clear();
}

}  // namespace smsim::state
