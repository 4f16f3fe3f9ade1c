#pragma once
// Everything one account holds in one region.
#include <map>
#include <optional>
#include <string>

#include "smsim/account_tier.hpp"
#include "state/bounded_map.hpp"
#include "state/configuration_set.hpp"
#include "state/opt_out_list.hpp"
#include "state/phone_number.hpp"
#include "state/pool.hpp"
#include "state/protect_configuration.hpp"
#include "state/sender_id.hpp"
#include "state/sns_account_state.hpp"
#include "state/spend_limit.hpp"
#include "state/verified_destination_number.hpp"

namespace smsim::state {

using TagMap = std::map<std::string, std::string>;

struct AccountState {
  AccountTier tier = AccountTier::Production;
  std::map<std::string, OptOutList> optOutLists;              // by name
  std::map<std::string, PhoneNumber> phoneNumbers;            // by id
  std::map<std::string, Pool> pools;                          // by id
  std::map<std::string, ConfigurationSet> configurationSets;  // by name
  std::map<std::string, TagMap> tagsByArn;
  std::map<std::string, VerifiedDestinationNumber> verifiedDestinationNumbers;  // by id
  SpendLimits spendLimits;
  std::map<std::string, SenderId> senderIds;                          // by senderIdKey
  std::map<std::string, ProtectConfiguration> protectConfigurations;  // by id
  std::optional<std::string> defaultProtectConfigurationId;           // the account default, if any
  // "number|handset" -> the last inbound message published to two-way, for
  // previousPublishedMessageId; the 10,000 most recent pairs.
  BoundedMap<std::string> lastPublishedInboundId;
  SnsAccountState sns;
};

// True while the account and region is in the SMS sandbox, where sends reach only verified
// destination numbers. The one question other services (SNS) ask about the tier.
inline bool inSandbox(const AccountState& account) { return account.tier == AccountTier::Sandbox; }

}  // namespace smsim::state
