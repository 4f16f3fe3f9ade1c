#pragma once
// A pool of origination identities that share settings, keywords and an opt-out list.
#include <string>
#include <vector>

#include "state/origination_settings.hpp"

namespace smsim::state {

struct Pool {
  std::string id;  // pool-<32 hex>
  std::string arn;
  std::string status = "ACTIVE";
  bool sharedRoutesEnabled = false;
  double createdTimestamp = 0;
  std::vector<std::string> phoneNumberIds;  // in association order
  std::vector<std::string> senderIdKeys;    // its sender IDs (senderIdKey), in association order
  OriginationSettings settings;
};

}  // namespace smsim::state
