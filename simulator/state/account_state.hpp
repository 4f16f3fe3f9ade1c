#pragma once
// Everything one account holds in one region.
#include <map>
#include <string>

#include "state/bounded_map.hpp"
#include "state/configuration_set.hpp"
#include "state/opt_out_list.hpp"
#include "state/phone_number.hpp"
#include "state/pool.hpp"
#include "state/sns_account_state.hpp"

namespace smsim::state {

using TagMap = std::map<std::string, std::string>;

struct AccountState {
  std::map<std::string, OptOutList> optOutLists;              // by name
  std::map<std::string, PhoneNumber> phoneNumbers;            // by id
  std::map<std::string, Pool> pools;                          // by id
  std::map<std::string, ConfigurationSet> configurationSets;  // by name
  std::map<std::string, TagMap> tagsByArn;
  // "number|handset" -> the last inbound message published to two-way, for
  // previousPublishedMessageId; the 10,000 most recent pairs.
  BoundedMap<std::string> lastPublishedInboundId;
  SnsAccountState sns;
};

}  // namespace smsim::state
