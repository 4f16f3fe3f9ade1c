// What a message costs in its event records: the parts and encoding of a text by AWS's GSM-7 /
// UCS-2 rules (message_parts), and smsim's per-country price table (message_prices): texts per
// part, media per message, voice per billed minute, in the destination's country.
#include "common/phone_region.hpp"
#include "services/sms_voice_v2/message_events.hpp"
#include "services/sms_voice_v2/message_parts.hpp"
#include "services/sms_voice_v2/message_prices.hpp"

namespace smsim::sms_voice_v2 {

MessageCost costOfMessage(const state::OutboxMessage& message) {
  const auto country = regionOfNumber(message.destinationNumber);
  MessageCost cost;
  MessagePrice price;
  switch (channelOfMessage(message)) {
    case MessageChannel::Text: {
      const auto parts = countMessageParts(message.messageBody);
      cost.encoding = encodingName(parts.encoding);
      cost.parts = static_cast<int>(parts.parts);
      price = textMessagePrice(country, parts.parts);
      break;
    }
    case MessageChannel::Media:
      price = mediaMessagePrice(country);
      break;
    case MessageChannel::Voice:
      price = voiceMessagePrice(country, voiceMessageMinutes(message.messageBody));
      break;
  }
  cost.price = price.price;
  cost.carrierFee = price.carrierFee;
  return cost;
}

}  // namespace smsim::sms_voice_v2
