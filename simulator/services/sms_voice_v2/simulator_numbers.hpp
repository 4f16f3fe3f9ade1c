#pragma once
// AWS's simulator phone numbers. Messages to a destination simulator number never reach a
// handset; each country in AWS's table has one number whose messages succeed and one whose
// messages fail. Origination simulator numbers are US only and may only send to the US
// destination simulator numbers.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/test-phone-numbers.html
#include <array>
#include <string_view>

namespace smsim::sms_voice_v2 {

inline constexpr const char* kSimulatorDeliveredDestination = "+14254147755";
inline constexpr const char* kSimulatorFailedDestination = "+14254147167";

// The US destination simulator numbers, the only ones a US origination simulator number reaches.
inline bool isSimulatorDestination(std::string_view number) {
  return number == kSimulatorDeliveredDestination || number == kSimulatorFailedDestination;
}

struct SimulatorDestination {
  std::string_view isoCountryCode;
  std::string_view success;
  std::string_view failure;
};

// AWS's table of destination simulator numbers ("Destination simulator phone numbers").
inline constexpr std::array<SimulatorDestination, 25> kSimulatorDestinations = {{
    {"AU", "+61455944038", "+61455944039"},
    {"AT", "+43676800442031", "+43676800442032"},
    {"BE", "+32460213922", "+32460213923"},
    {"CL", "+56229140630", "+56229140631"},
    {"CZ", "+420790542286", "+420790542287"},
    {"DK", "+4525919410", "+4525919215"},
    {"EE", "+37282720792", "+37282720793"},
    {"FI", "+3584573979110", "+3584573979111"},
    {"FR", "+33755512501", "+33755512502"},
    {"HK", "+85257048426", "+85257048854"},
    {"HU", "+36707178770", "+36707178772"},
    {"IT", "+394390009172", "+394390009174"},
    {"JE", "+447937404990", "+447937404992"},
    {"LU", "+352691385880", "+352691385882"},
    {"NL", "+3197008100148", "+3197008100150"},
    {"NO", "+4759449384", "+4759449387"},
    {"PL", "+48732141440", "+48732141442"},
    {"PT", "+351927946948", "+351927946950"},
    {"RO", "+40783900330", "+40783900332"},
    {"ES", "+34683783440", "+34683783442"},
    {"SE", "+46790645100", "+46790645102"},
    {"CH", "+41798075872", "+41798075874"},
    {"TW", "+886903444630", "+886903444632"},
    {"GB", "+447860019066", "+447860019067"},
    {"US", kSimulatorDeliveredDestination, kSimulatorFailedDestination},
}};

enum class SimulatorOutcome { NotASimulator, Success, Failure };

struct SimulatorLookup {
  SimulatorOutcome outcome = SimulatorOutcome::NotASimulator;
  std::string_view isoCountryCode;
};

inline SimulatorLookup lookUpSimulatorDestination(std::string_view number) {
  for (const auto& row : kSimulatorDestinations) {
    if (number == row.success) return {SimulatorOutcome::Success, row.isoCountryCode};
    if (number == row.failure) return {SimulatorOutcome::Failure, row.isoCountryCode};
  }
  return {};
}

}  // namespace smsim::sms_voice_v2
