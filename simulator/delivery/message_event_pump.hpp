#pragma once
// Sends delivery events when the simulated clock reaches them: each goes to every enabled event
// destination of its message's configuration set whose MatchingEventTypes select it. An SNS
// destination publishes the record to its topic (every subscription registered on the topic ARN
// receives it, in its own format; a topic made with SNS also texts it to its sms subscribers); a
// Firehose destination publishes it to the delivery stream's subscriptions (format `firehose`:
// Firehose's HTTP-endpoint request); a CloudWatch Logs destination keeps it in the log group. Every
// event is recorded with where it went, so the log group and the stream stay readable through the
// control API.
//
// A ticker emits what real time makes due (every kTick); the control API also calls emitDue()
// right after it moves the clock, so a test that advances time sees the events at once.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stop_token>
#include <thread>

#include "delivery/webhook_dispatcher.hpp"
#include "smsim/clock.hpp"
#include "state/store.hpp"

namespace smsim::delivery {

class MessageEventPump {
 public:
  static constexpr std::chrono::milliseconds kTick{200};

  MessageEventPump(const Clock& clock, state::Store& store, WebhookDispatcher& dispatcher);
  ~MessageEventPump();
  MessageEventPump(const MessageEventPump&) = delete;
  MessageEventPump& operator=(const MessageEventPump&) = delete;

  // Starts the ticker (once); without it, events go out only when emitDue() is called.
  void start();
  // Emits every event due now, earliest first; returns how many.
  std::size_t emitDue();

 private:
  void emit(state::MessageEvent& event);

  const Clock& clock_;
  state::Store& store_;
  WebhookDispatcher& dispatcher_;
  std::mutex emitting_;  // one emitter at a time, so events leave in their order
  std::mutex tickerMutex_;
  std::condition_variable_any tickerWake_;
  std::jthread ticker_;
};

}  // namespace smsim::delivery
