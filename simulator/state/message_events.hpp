#pragma once
// The delivery events of sent messages: those still due on the simulated clock, those already
// emitted (with where each went), and the outcomes scenarios scripted for destinations. Bounded:
// at most kPendingCapacity events wait (more are refused and counted, never silently lost) and
// the newest kEmittedCapacity emitted events are kept (older ones are counted as evicted). The
// emitted events are also what a CloudWatch Logs log group or a Firehose stream "holds".
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "state/bounded_log.hpp"

namespace smsim::state {

// One event of a scripted outcome: its type, when it happens after the send (simulated
// seconds), and isFinal when the scenario overrides the type's own.
struct OutcomeEvent {
  std::string eventType;
  double afterSeconds = 0;
  std::optional<bool> isFinal;
};

void to_json(nlohmann::json& out, const OutcomeEvent& event);

// What happens to messages sent to `destination` (an E.164 number, or a prefix ending in `*`),
// from one account and Region or, left empty, from any.
struct ScriptedOutcome {
  std::string destination;
  std::vector<OutcomeEvent> events;
  std::string accountId;  // empty: every account
  std::string region;     // empty: every Region

  bool matches(const std::string& number, const std::string& fromAccount,
               const std::string& fromRegion) const;
  // Whether `other` scripts the same destination for the same account and Region.
  bool sameScope(const ScriptedOutcome& other) const;
};
void to_json(nlohmann::json& out, const ScriptedOutcome& outcome);

// Where an emitted event went: an event destination of the message's configuration set.
struct EventDelivery {
  std::string eventDestinationName;
  std::string kind;  // CloudWatchLogs, Firehose or Sns
  std::string arn;   // the log group, delivery stream or topic
};
void to_json(nlohmann::json& out, const EventDelivery& delivery);

struct MessageEvent {
  double dueEpochSeconds = 0;
  std::string accountId;
  std::string region;
  std::string configurationSetName;  // empty: the send named none, the event goes nowhere
  std::string messageId;
  std::string destinationNumber;
  std::string eventType;
  nlohmann::ordered_json record;          // AWS's event record, as destinations receive it
  std::vector<EventDelivery> deliveries;  // filled when emitted
  std::uint64_t sequence = 0;             // 1, 2, ... in the order emitted; never reused
};

struct MessageEventFilter {
  std::optional<std::string> messageId;
  std::optional<std::string> destination;
  std::optional<std::string> eventType;
  std::optional<std::string> accountId;
  std::optional<std::string> region;
  std::optional<std::string> targetArn;  // a log group, delivery stream or topic ARN
  std::uint64_t afterSequence = 0;       // only events emitted after this one
  std::size_t limit = SIZE_MAX;          // at most this many, the oldest first

  bool accepts(const MessageEvent& event) const;
};

class MessageEvents {
 public:
  static constexpr std::size_t kPendingCapacity = 10'000;
  static constexpr std::size_t kEmittedCapacity = 10'000;

  // Queues the events of one message; returns false (and counts them refused) when they don't
  // fit in kPendingCapacity.
  bool schedule(std::vector<MessageEvent> events);
  // Removes and returns the events due at `nowEpochSeconds`, earliest first.
  std::vector<MessageEvent> takeDue(double nowEpochSeconds);
  // Numbers the event (its `sequence`) and keeps it among the emitted ones.
  void recordEmitted(MessageEvent event);

  std::vector<MessageEvent> emitted(const MessageEventFilter& filter) const;
  // The sequence of the oldest emitted event still kept; 0 when none is.
  std::uint64_t oldestSequence() const;
  std::size_t pending() const;
  std::uint64_t refused() const;
  std::uint64_t evicted() const { return emitted_.evicted(); }

  // At most kOutcomeCapacity scripted outcomes; one for the same destination, account and Region
  // replaces the one before. Returns false (nothing changed) when the list is full.
  static constexpr std::size_t kOutcomeCapacity = 1'000;
  bool addOutcome(ScriptedOutcome outcome);
  // The newest outcome that matches wins, so a later scenario or control call can override.
  std::optional<ScriptedOutcome> outcomeFor(const std::string& destination,
                                            const std::string& accountId,
                                            const std::string& region) const;
  std::vector<ScriptedOutcome> outcomes() const;  // oldest first
  // Removes the outcome of this destination, account and Region; false when there is none.
  bool removeOutcome(const ScriptedOutcome& scope);
  void clearOutcomes();

  void clear();

 private:
  mutable std::mutex mutex_;
  std::multimap<double, MessageEvent> pending_;  // by due time; equal times keep their order
  std::uint64_t refused_ = 0;
  std::uint64_t lastSequence_ = 0;  // kept across clear(), so a reader's `since` stays valid
  std::vector<ScriptedOutcome> outcomes_;
  BoundedLog<MessageEvent> emitted_{kEmittedCapacity};
};

}  // namespace smsim::state
