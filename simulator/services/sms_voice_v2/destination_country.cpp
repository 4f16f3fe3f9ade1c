#include "services/sms_voice_v2/destination_country.hpp"

#include <array>
#include <string_view>

#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {

namespace {

struct CallingCode {
  std::string_view prefix;
  std::string_view isoCountryCode;
  std::string_view mcc;
};

// The countries smsim leases numbers in and those of AWS's simulator table.
constexpr std::array<CallingCode, 34> kCallingCodes = {{
    {"+1", "US", "310"},   {"+44", "GB", "234"},  {"+61", "AU", "505"},  {"+64", "NZ", "530"},
    {"+353", "IE", "272"}, {"+49", "DE", "262"},  {"+33", "FR", "208"},  {"+34", "ES", "214"},
    {"+39", "IT", "222"},  {"+31", "NL", "204"},  {"+46", "SE", "240"},  {"+91", "IN", "404"},
    {"+81", "JP", "440"},  {"+65", "SG", "525"},  {"+55", "BR", "724"},  {"+52", "MX", "334"},
    {"+27", "ZA", "655"},  {"+43", "AT", "232"},  {"+32", "BE", "206"},  {"+56", "CL", "730"},
    {"+420", "CZ", "230"}, {"+45", "DK", "238"},  {"+372", "EE", "248"}, {"+358", "FI", "244"},
    {"+852", "HK", "454"}, {"+36", "HU", "216"},  {"+352", "LU", "270"}, {"+47", "NO", "242"},
    {"+48", "PL", "260"},  {"+351", "PT", "268"}, {"+40", "RO", "226"},  {"+41", "CH", "228"},
    {"+886", "TW", "466"}, {"+7", "RU", "250"},
}};

std::string_view mccOf(std::string_view isoCountryCode) {
  if (isoCountryCode == "JE") return "234";  // Jersey's mobile networks use the UK's MCC
  for (const auto& code : kCallingCodes) {
    if (code.isoCountryCode == isoCountryCode) return code.mcc;
  }
  return "";
}

}  // namespace

DestinationCountry destinationCountryOf(const std::string& e164) {
  if (const auto simulator = lookUpSimulatorDestination(e164);
      simulator.outcome != SimulatorOutcome::NotASimulator) {
    return {std::string(simulator.isoCountryCode), std::string(mccOf(simulator.isoCountryCode))};
  }
  const CallingCode* best = nullptr;
  for (const auto& code : kCallingCodes) {
    if (e164.starts_with(code.prefix) &&
        (best == nullptr || code.prefix.size() > best->prefix.size())) {
      best = &code;
    }
  }
  if (best == nullptr) return {};
  return {std::string(best->isoCountryCode), std::string(best->mcc)};
}

}  // namespace smsim::sms_voice_v2
