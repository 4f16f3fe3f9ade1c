#pragma once
// Plausible phone numbers for the countries and number types smsim leases, and the calling code
// that tells which country a destination belongs to.
#include <functional>
#include <optional>
#include <string>

namespace smsim::sms_voice_v2 {

// A number of `numberType` in `isoCountryCode` that `isTaken` refuses, or nullopt when smsim has
// no such numbers (unknown country, or a type the country doesn't offer).
std::optional<std::string> allocatePhoneNumber(
    const std::string& isoCountryCode, const std::string& numberType,
    const std::function<bool(const std::string&)>& isTaken);

// "+1" for US, "+44" for GB; empty for a country smsim doesn't know.
std::string callingCodeOf(const std::string& isoCountryCode);

std::string monthlyLeasingPrice(const std::string& numberType);

}  // namespace smsim::sms_voice_v2
