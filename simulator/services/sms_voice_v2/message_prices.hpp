#pragma once
// What a message costs in smsim, in US dollars: the figures event records report
// (`totalMessagePrice`, `totalCarrierFee`) and spend limits add up.
//
// AWS bills SMS per message part, MMS per message and voice per minute, at prices that vary by
// country and change regularly (https://aws.amazon.com/end-user-messaging/pricing/). smsim does
// not track them: its table (message_prices.cpp) holds fixed, plausible figures of its own for
// the countries it leases numbers in, and one figure for every other country, so tests get
// stable numbers that grow with parts, minutes and country the way AWS's do.
#include <cstddef>
#include <string_view>

namespace smsim::sms_voice_v2 {

struct MessagePrice {
  double price = 0;       // totalMessagePrice
  double carrierFee = 0;  // totalCarrierFee: what US carriers pass through per part or message
  double total() const { return price + carrierFee; }
};

// `isoCountryCode` as regionOfNumber (common/phone_region.hpp) gives it; "" or an unlisted
// country takes the default row.
MessagePrice textMessagePrice(std::string_view isoCountryCode, std::size_t parts);
MessagePrice mediaMessagePrice(std::string_view isoCountryCode);
MessagePrice voiceMessagePrice(std::string_view isoCountryCode, std::size_t minutes);

// Billed minutes of a text-to-speech voice message: at least one, a started minute counts whole,
// read at 150 words a minute (smsim's choice; AWS bills the call's real duration).
std::size_t voiceMessageMinutes(std::string_view text);

}  // namespace smsim::sms_voice_v2
