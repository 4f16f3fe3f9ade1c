#pragma once
// One entry of a Convoso list (SMS opt-out or DNC): a phone number opted out of one campaign, or
// of all of them (campaign 0), with why and when.
#include <cstdint>
#include <string>

namespace smsim::state {

// The two Convoso lists; each has its own ids and entries.
enum class ConvosoList { SmsOptOut, Dnc };

struct ConvosoRecord {
  std::uint64_t id = 0;  // sequential per list, from 1
  std::string phoneCode;
  std::string phoneNumber;
  long long campaignId = 0;
  std::string campaignName;
  std::string reason;           // empty: none
  std::string purpose;          // empty: none
  std::int64_t insertedAt = 0;  // epoch seconds of the simulated clock
};

}  // namespace smsim::state
