#pragma once
// The records `firehose` subscriptions are holding until their buffering hints let them go (see
// firehose_buffering.hpp). Bounded: a batch goes out when it reaches its size hint or
// kMaxRecords records, whichever comes first, so a subscription never holds more.
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "delivery/firehose_buffering.hpp"

namespace smsim::delivery {

struct FirehoseBatch {
  double dueEpochSeconds = 0;  // when the oldest record has waited the interval
  std::vector<std::string> records;
  std::size_t bytes = 0;
  std::string firstMessageId;  // the message of the oldest record: the delivery's cause
};

// Not thread-safe: WebhookDispatcher holds it under its lock.
class FirehoseBatches {
 public:
  static constexpr std::size_t kMaxRecords = 10'000;

  // Adds a record to the subscription's batch (starting one at `now`); returns the batch when it
  // is full and must go now.
  std::optional<FirehoseBatch> add(std::uint64_t subscription, const FirehoseBuffering& hints,
                                   std::string record, const std::string& messageId, double now);
  // Removes and returns the batches due at `now`, with their subscriptions.
  std::vector<std::pair<std::uint64_t, FirehoseBatch>> takeDue(double now);
  void drop(std::uint64_t subscription) { batches_.erase(subscription); }
  void clear() { batches_.clear(); }
  std::size_t heldRecords() const;

 private:
  std::map<std::uint64_t, FirehoseBatch> batches_;
};

}  // namespace smsim::delivery
