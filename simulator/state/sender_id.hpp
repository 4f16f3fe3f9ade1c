#pragma once
// An alphanumeric sender ID the account requested for one country.
#include <string>
#include <vector>

namespace smsim::state {

struct SenderId {
  std::string senderId;        // 1-11 of A-Z a-z 0-9 - (and _ as the model's pattern allows)
  std::string isoCountryCode;  // the country it sends to
  std::string arn;             // …:sender-id/<SenderId>/<IsoCountryCode>
  std::vector<std::string> messageTypes;
  std::string monthlyLeasingPrice = "0.00";
  bool deletionProtectionEnabled = false;
  bool registered = false;
  double createdTimestamp = 0;
};

// The key of AccountState::senderIds, and the tail of the sender ID's ARN.
inline std::string senderIdKey(const std::string& senderId, const std::string& isoCountryCode) {
  return senderId + "/" + isoCountryCode;
}

}  // namespace smsim::state
