#pragma once
// The country a destination number belongs to, as an event record names it (isoCountryCode) with
// the country's mobile country code (mcc, ITU-T E.212). The mobile network code (mnc) needs the
// carrier, which smsim doesn't model, so records leave it out; AWS documents both as optional
// ("This field is optional and may not be present",
// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html).
#include <string>

namespace smsim::sms_voice_v2 {

struct DestinationCountry {
  std::string isoCountryCode;  // empty: a calling code smsim doesn't know
  std::string mcc;
};

// By the longest known calling code (+1 counts as US: smsim doesn't tell NANP countries apart),
// except AWS's destination simulator numbers, which carry the country of AWS's table (the Jersey
// numbers start +44 but are JE).
DestinationCountry destinationCountryOf(const std::string& e164);

}  // namespace smsim::sms_voice_v2
