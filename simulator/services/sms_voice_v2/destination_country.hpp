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

// By libphonenumber's metadata (regionOfNumber), except AWS's destination simulator numbers, which
// carry the country of AWS's table. mcc is empty for a country smsim has no code for.
DestinationCountry destinationCountryOf(const std::string& e164);

}  // namespace smsim::sms_voice_v2
