#include "delivery/message_event_pump.hpp"

#include "services/sms_voice_v2/message_event_types.hpp"
#include "services/sns/operations.hpp"

namespace smsim::delivery {

namespace {

// The set's destinations as they are when the event is due: a destination disabled or deleted
// since the send no longer receives it, as in AWS.
std::vector<state::EventDestination> destinationsOf(state::Store& store,
                                                    const state::MessageEvent& event) {
  if (event.configurationSetName.empty()) return {};
  return store.withAccount({event.accountId, event.region}, [&](state::AccountState& account) {
    const auto set = account.configurationSets.find(event.configurationSetName);
    return set == account.configurationSets.end() ? std::vector<state::EventDestination>{}
                                                  : set->second.eventDestinations;
  });
}

}  // namespace

MessageEventPump::MessageEventPump(const Clock& clock, state::Store& store,
                                   WebhookDispatcher& dispatcher)
    : clock_(clock), store_(store), dispatcher_(dispatcher) {}

MessageEventPump::~MessageEventPump() {
  if (ticker_.joinable()) {
    ticker_.request_stop();
    tickerWake_.notify_all();
    ticker_.join();
  }
}

void MessageEventPump::start() {
  if (ticker_.joinable()) return;
  ticker_ = std::jthread([this](std::stop_token stop) {
    while (!stop.stop_requested()) {
      {
        std::unique_lock lock(tickerMutex_);
        tickerWake_.wait_for(lock, stop, kTick, [] { return false; });
      }
      if (!stop.stop_requested()) emitDue();
    }
  });
}

std::size_t MessageEventPump::emitDue() {
  std::lock_guard lock(emitting_);
  auto due = store_.messageEvents().takeDue(clock_.nowEpochSeconds());
  for (auto& event : due) {
    emit(event);
    store_.messageEvents().recordEmitted(std::move(event));
  }
  dispatcher_.flushDueBatches();  // Firehose subscriptions whose buffering interval has passed
  return due.size();
}

void MessageEventPump::emit(state::MessageEvent& event) {
  const auto destinations = destinationsOf(store_, event);
  if (destinations.empty()) return;
  const auto payload = event.record.dump();
  for (const auto& destination : destinations) {
    if (!destination.enabled ||
        !sms_voice_v2::matchesEventTypes(destination.matchingEventTypes, event.eventType)) {
      continue;
    }
    if (destination.sns) {
      dispatcher_.publish(destination.sns->topicArn, payload, event.messageId);
      // A topic of smsim texts the record to its sms subscribers too, as SNS delivers a topic's
      // messages to every protocol (opted-out numbers skipped; into the outbox).
      sns::sendToSmsSubscribers(store_, clock_, destination.sns->topicArn, payload);
      event.deliveries.push_back({destination.name, "Sns", destination.sns->topicArn});
    } else if (destination.firehose) {
      dispatcher_.publish(destination.firehose->deliveryStreamArn, payload, event.messageId);
      event.deliveries.push_back(
          {destination.name, "Firehose", destination.firehose->deliveryStreamArn});
    } else if (destination.cloudWatchLogs) {
      event.deliveries.push_back(
          {destination.name, "CloudWatchLogs", destination.cloudWatchLogs->logGroupArn});
    }
  }
}

}  // namespace smsim::delivery
