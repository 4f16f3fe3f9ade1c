#pragma once
// The account's own rules on a send, checked once before a message is accepted: the protect
// configuration that applies, the sandbox's verified destinations, MaxPrice and the monthly spend
// limit. send_message.cpp calls admitSend once; the rules live here so the send path stays one
// call.
#include <optional>
#include <string>

#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// What the account's rules look at in a send.
struct SendFacts {
  const char* operation;  // SendTextMessage, SendMediaMessage, SendVoiceMessage
  std::string destination;
  std::string body;
  std::optional<std::string> maxPrice;  // MaxPrice; SendVoiceMessage's MaxPricePerMinute
  bool dryRun = false;
  std::optional<std::string> protectConfigurationId;  // the request's ProtectConfigurationId
  const state::ConfigurationSet* configurationSet = nullptr;  // the set the send names, if any
};

// What the send costs, in USD, at smsim's prices (message_prices.hpp): per part for text, per
// message for media, per minute for voice; `unit` is the part of it MaxPrice is compared with.
struct SendPrice {
  double total = 0;
  double unit = 0;
};
SendPrice priceOfSend(const SendFacts& send);
// A text message's price, as priceOfSend gives it; SNS's SMS spend uses it too.
double textSendPrice(const std::string& destination, const std::string& body);

// Throws the ServiceError AWS answers when the account's rules refuse the send; else adds its
// price to the month's spend (not for a DryRun).
void admitSend(state::AccountState& account, const state::AccountScope& scope, const Clock& clock,
               const SendFacts& send);

// SNS's SMS meets the account default protect configuration, with admitSend's check of a text to
// `destination`: "When set as an account default, a protect configuration will also affect
// messages sent through Amazon SNS"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html). The
// message of the ConflictException it would answer, or nullopt when the message may go.
std::optional<std::string> accountDefaultProtectBlock(state::AccountState& account,
                                                      const state::AccountScope& scope,
                                                      const Clock& clock,
                                                      const std::string& destination);

}  // namespace smsim::sms_voice_v2
