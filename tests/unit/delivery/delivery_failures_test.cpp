// A delivery worker outlives every exception: one thrown by an attempt is that attempt's error in
// the history (and retried like any failure), one thrown while recording it is recorded in its
// place, and the worker goes on with the next delivery.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "delivery/delivery_lane.hpp"
#include "delivery/http_attempt.hpp"
#include "delivery/webhook_dispatcher.hpp"

namespace smsim::delivery {
namespace {

constexpr const char* kChannel = "arn:aws:sns:us-east-1:123456789012:inbound-sms";
constexpr auto kDeadline = std::chrono::seconds(10);

DeliveryPolicy quickRetries() {
  DeliveryPolicy policy;
  policy.maxAttempts = 2;
  policy.firstRetryDelay = std::chrono::milliseconds(1);
  return policy;
}

// Waits (bounded) until the worker has finished with the delivery.
DeliveryRecord settledRecord(const WebhookDispatcher& dispatcher, const std::string& deliveryId) {
  const auto giveUp = std::chrono::steady_clock::now() + kDeadline;
  while (std::chrono::steady_clock::now() < giveUp) {
    for (const auto& record : dispatcher.deliveries().deliveries) {
      if (record.deliveryId == deliveryId && record.status != delivery_status::kPending) {
        return record;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ADD_FAILURE() << "delivery " << deliveryId << " is still pending";
  return {};
}

TEST(DeliveryFailures, AnAttemptThatThrowsIsAFailedAttemptAndTheWorkerGoesOn) {
  Clock clock;
  int calls = 0;  // only the one worker of the one endpoint calls the sender
  WebhookDispatcher dispatcher(
      clock, quickRetries(), [&calls](const EndpointUrl&, const HttpPost&, const DeliveryPolicy&) {
        if (++calls == 1) throw std::runtime_error("the sender exploded");
        return AttemptResult{200, ""};
      });
  dispatcher.subscribe({kChannel, "http://127.0.0.1:9/in", format::kRaw, {}});

  const auto first = dispatcher.publish(kChannel, "{}", "inbound-1");
  ASSERT_EQ(first.size(), 1u);
  const auto retried = settledRecord(dispatcher, first[0]);
  EXPECT_EQ(retried.status, delivery_status::kDelivered);  // the second attempt got through
  EXPECT_EQ(retried.attempts, 2);

  const auto second = dispatcher.publish(kChannel, "{}", "inbound-2");
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(settledRecord(dispatcher, second[0]).status, delivery_status::kDelivered);
}

TEST(DeliveryFailures, TheExceptionsMessageIsTheDeliverysError) {
  Clock clock;
  WebhookDispatcher dispatcher(clock, quickRetries(),
                               [](const EndpointUrl&, const HttpPost&, const DeliveryPolicy&) {
                                 throw std::runtime_error("the sender exploded");
                                 return AttemptResult{};
                               });
  dispatcher.subscribe({kChannel, "http://127.0.0.1:9/in", format::kRaw, {}});
  const auto ids = dispatcher.publish(kChannel, "{}", "inbound-1");
  ASSERT_EQ(ids.size(), 1u);
  const auto record = settledRecord(dispatcher, ids[0]);
  EXPECT_EQ(record.status, delivery_status::kFailed);
  EXPECT_EQ(record.attempts, 2);
  EXPECT_EQ(record.lastError, "the attempt failed: the sender exploded");
}

// The lane on its own, so its Settle can throw too.
class LaneProbe {
 public:
  void settled(const std::string& error) {
    std::lock_guard lock(mutex_);
    errors_.push_back(error);
    changed_.notify_all();
  }
  void reported(const std::string& failure) {
    std::lock_guard lock(mutex_);
    reports_.push_back(failure);
  }
  // Waits (bounded) for `count` settled attempts.
  std::vector<std::string> errors(std::size_t count) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, kDeadline, [&] { return errors_.size() >= count; });
    return errors_;
  }
  std::vector<std::string> reports() {
    std::lock_guard lock(mutex_);
    return reports_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::string> errors_;
  std::vector<std::string> reports_;
};

QueuedDelivery queued(const std::string& id) {
  QueuedDelivery delivery;
  delivery.deliveryId = id;
  delivery.due = std::chrono::steady_clock::now();
  return delivery;
}

TEST(DeliveryFailures, ASettleThatThrowsIsToldOfItsOwnFailure) {
  LaneProbe probe;
  int settles = 0;
  DeliveryLane lane(
      4,
      [](const QueuedDelivery&) {
        return AttemptResult{200, ""};
      },
      [&](const QueuedDelivery&, const AttemptResult& result) -> std::optional<SteadyTime> {
        if (++settles == 1) throw 42;  // not even a std::exception
        probe.settled(result.error);
        return std::nullopt;
      },
      [&](const QueuedDelivery&, const std::string& failure) { probe.reported(failure); });
  ASSERT_TRUE(lane.enqueue(queued("d-1")));
  const auto errors = probe.errors(1);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "recording the attempt failed: an exception of unknown type");
  EXPECT_EQ(probe.reports(), errors);
}

TEST(DeliveryFailures, WhenNothingCanBeRecordedItIsReportedAndTheNextDeliveryIsTried) {
  LaneProbe probe;
  DeliveryLane lane(
      4,
      [](const QueuedDelivery&) {
        return AttemptResult{200, ""};
      },
      [&](const QueuedDelivery& delivery, const AttemptResult&) -> std::optional<SteadyTime> {
        if (delivery.deliveryId == "d-1") throw std::runtime_error("history is gone");
        probe.settled(delivery.deliveryId);
        return std::nullopt;
      },
      [&](const QueuedDelivery&, const std::string& failure) { probe.reported(failure); });
  ASSERT_TRUE(lane.enqueue(queued("d-1")));
  ASSERT_TRUE(lane.enqueue(queued("d-2")));
  EXPECT_EQ(probe.errors(1), std::vector<std::string>{"d-2"});
  const auto reports = probe.reports();
  ASSERT_EQ(reports.size(), 2u);
  EXPECT_EQ(reports[0], "recording the attempt failed: history is gone");
  EXPECT_EQ(reports[1], "recording that failure failed too: history is gone; the delivery ends");
}

}  // namespace
}  // namespace smsim::delivery
