// What a message costs in its event records. Interim: one GSM part at no price, until the shared
// encoding/segment rules (message_parts) and price table (message_prices) are wired in.
#include "services/sms_voice_v2/message_events.hpp"

namespace smsim::sms_voice_v2 {

MessageCost costOfMessage(const state::OutboxMessage& message) {
  MessageCost cost;
  if (channelOfMessage(message) == MessageChannel::Text) cost.encoding = "GSM";
  return cost;
}

}  // namespace smsim::sms_voice_v2
