#pragma once
// What Amazon SNS keeps per account and region beside End User Messaging SMS's state. Opt-outs are
// not here: SNS reads and writes the account's `Default` opt-out list (see README, "Amazon SNS").
#include <map>
#include <string>

namespace smsim::state {

struct SnsAccountState {
  // SetSMSAttributes: DefaultSMSType, DefaultSenderID, MonthlySpendLimit, ...
  std::map<std::string, std::string> smsAttributes;
};

}  // namespace smsim::state
