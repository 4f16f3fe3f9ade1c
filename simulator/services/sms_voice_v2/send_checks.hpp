#pragma once
// The account's own rules on a send, checked once before a message is accepted: the sandbox's
// verified destinations (and, as they land, spend limits, sender IDs and protect configurations).
// send_message.cpp calls it; the rules themselves live here so the send path stays one call.
#include <string>

#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// What the account's rules look at in a send.
struct SendFacts {
  const char* operation;  // SendTextMessage, SendMediaMessage, SendVoiceMessage
  std::string destination;
};

// Throws the ServiceError AWS answers when the account's rules refuse the send.
void requireSendAllowed(const state::AccountState& account, const SendFacts& send);

}  // namespace smsim::sms_voice_v2
