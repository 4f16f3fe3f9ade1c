#pragma once
// An origination phone number leased by the account.
#include <string>
#include <vector>

#include "state/origination_settings.hpp"

namespace smsim::state {

struct PhoneNumber {
  std::string id;  // phone-<32 hex>
  std::string arn;
  std::string number;  // E.164
  std::string status = "ACTIVE";
  std::string isoCountryCode;
  std::vector<std::string> capabilities;
  std::string numberType;  // LONG_CODE, TOLL_FREE, TEN_DLC, SIMULATOR
  std::string monthlyLeasingPrice;
  bool internationalSendingEnabled = false;
  std::string poolId;  // empty when in no pool
  std::string registrationId;
  double createdTimestamp = 0;
  OriginationSettings settings;
};

}  // namespace smsim::state
