#pragma once
// AWS's US simulator destination numbers: messages to them never reach a handset, and their
// delivery outcome is fixed.
#include <string_view>

namespace smsim::sms_voice_v2 {

inline constexpr const char* kSimulatorDeliveredDestination = "+14254147755";
inline constexpr const char* kSimulatorFailedDestination = "+14254147167";

inline bool isSimulatorDestination(std::string_view number) {
  return number == kSimulatorDeliveredDestination || number == kSimulatorFailedDestination;
}

}  // namespace smsim::sms_voice_v2
