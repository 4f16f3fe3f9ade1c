#pragma once
// A protect configuration: per capability (SMS, MMS, VOICE) a rule for each destination country,
// and rules for single destination numbers that win over them.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
#include <map>
#include <optional>
#include <string>

namespace smsim::state {

// A phone number rule override: ALLOW or BLOCK one destination, until it expires.
struct ProtectNumberOverride {
  std::string destinationPhoneNumber;
  std::string action;          // ALLOW or BLOCK
  std::string isoCountryCode;  // the destination's country; empty when unknown
  double createdTimestamp = 0;
  std::optional<double> expirationTimestamp;  // epoch seconds; none: never expires

  bool expiredAt(double now) const { return expirationTimestamp && *expirationTimestamp <= now; }
};

struct ProtectConfiguration {
  std::string id;  // protect-<32 hex>
  std::string arn;
  double createdTimestamp = 0;
  bool deletionProtectionEnabled = false;
  // capability -> country -> ALLOW, BLOCK, MONITOR or FILTER; a country not listed is ALLOW
  // ("By default all country rule sets for each capability are set to ALLOW", the model).
  std::map<std::string, std::map<std::string, std::string>> countryRules;
  std::map<std::string, ProtectNumberOverride> numberOverrides;  // by destination number
};

}  // namespace smsim::state
