#pragma once
// The settings that decide how a phone number or a pool sends and treats inbound messages.
// A number in a pool follows the pool's settings.
#include <string>

#include "common/aws_names.hpp"
#include "state/keyword.hpp"

namespace smsim::state {

struct OriginationSettings {
  std::string messageType;  // TRANSACTIONAL or PROMOTIONAL
  std::string optOutListName = aws_names::kDefaultOptOutListName;
  bool twoWayEnabled = false;
  std::string twoWayChannelArn;
  std::string twoWayChannelRole;
  bool selfManagedOptOutsEnabled = false;
  bool deletionProtectionEnabled = false;
  KeywordMap keywords = defaultKeywords();
};

}  // namespace smsim::state
