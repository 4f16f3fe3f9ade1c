#include "services/sms_voice_v2/destination_country.hpp"

#include <array>
#include <string_view>

#include "common/phone_region.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {

namespace {

struct MobileCountryCode {
  std::string_view isoCountryCode;
  std::string_view mcc;
};

// ITU-T E.212 mobile country codes of the countries smsim leases numbers in and those of AWS's
// simulator table (Jersey's networks use the UK's 234).
constexpr std::array<MobileCountryCode, 37> kMobileCountryCodes = {{
    {"US", "310"}, {"CA", "302"}, {"GB", "234"}, {"JE", "234"}, {"AU", "505"}, {"NZ", "530"},
    {"IE", "272"}, {"DE", "262"}, {"FR", "208"}, {"ES", "214"}, {"IT", "222"}, {"NL", "204"},
    {"SE", "240"}, {"IN", "404"}, {"JP", "440"}, {"SG", "525"}, {"BR", "724"}, {"MX", "334"},
    {"ZA", "655"}, {"AT", "232"}, {"BE", "206"}, {"CL", "730"}, {"CZ", "230"}, {"DK", "238"},
    {"EE", "248"}, {"FI", "244"}, {"HK", "454"}, {"HU", "216"}, {"LU", "270"}, {"NO", "242"},
    {"PL", "260"}, {"PT", "268"}, {"RO", "226"}, {"CH", "228"}, {"TW", "466"}, {"GG", "234"},
    {"IM", "234"},
}};

std::string mccOf(std::string_view isoCountryCode) {
  for (const auto& code : kMobileCountryCodes) {
    if (code.isoCountryCode == isoCountryCode) return std::string(code.mcc);
  }
  return "";
}

}  // namespace

DestinationCountry destinationCountryOf(const std::string& e164) {
  const auto simulator = lookUpSimulatorDestination(e164);
  const auto isoCountryCode = simulator.outcome != SimulatorOutcome::NotASimulator
                                  ? std::string(simulator.isoCountryCode)
                                  : regionOfNumber(e164);
  return {isoCountryCode, mccOf(isoCountryCode)};
}

}  // namespace smsim::sms_voice_v2
