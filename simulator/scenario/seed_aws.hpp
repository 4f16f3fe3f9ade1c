#pragma once
// The `seed.aws` section: AWS state per account and region. Opt-out lists take their numbers as
// plain strings, as objects, or as compact ranges (`{from: "+14155550000", count: 1000000}`) so a
// million opted-out numbers load in well under two seconds and cost no YAML nodes.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/number_range.hpp"
#include "scenario/seed.hpp"
#include "smsim/account_tier.hpp"
#include "state/account_scope.hpp"
#include "state/account_state.hpp"
#include "state/configuration_set.hpp"

namespace smsim::scenario {

struct OptedOutNumberSeed {
  std::string number;
  bool endUserOptedOut = false;
  std::optional<double> optedOutTimestamp;  // epoch seconds; absent: when the seed is applied
};

struct NumberRangeSeed {
  NumberRange numbers;
  bool endUserOptedOut = false;
  std::optional<double> optedOutTimestamp;  // of every number in the range
};

struct OptOutListSeed {
  std::string name;
  std::vector<OptedOutNumberSeed> numbers;  // sorted, so insertion can use a hint
  std::vector<NumberRangeSeed> ranges;

  std::uint64_t size() const;
};

struct KeywordSeed {
  std::string keyword;
  std::string message;
  std::string action;  // state::keyword_action::*
};

// Settings of a phone number or pool; what is absent keeps its default (a pool: its first
// number's value).
struct OriginationSettingsSeed {
  std::optional<std::string> messageType;
  std::optional<std::string> optOutListName;
  std::optional<bool> twoWayEnabled;
  std::optional<std::string> twoWayChannelArn;
  std::optional<std::string> twoWayChannelRole;
  std::optional<bool> selfManagedOptOutsEnabled;
  std::optional<bool> deletionProtectionEnabled;
  std::vector<KeywordSeed> keywords;  // added to (or replacing) HELP and STOP

  void applyTo(state::OriginationSettings& settings) const;
};

struct PhoneNumberSeed {
  std::string number;  // E.164
  std::string id;      // given, or derived from account, region and number (stable across runs)
  std::string isoCountryCode;
  std::string numberType = "LONG_CODE";
  std::vector<std::string> capabilities = {"SMS"};
  OriginationSettingsSeed settings;
};

struct PoolSeed {
  std::string id;                         // given, or derived from its first number (sender ID)
  std::vector<std::string> phoneNumbers;  // E.164 numbers seeded in the same scope
  std::vector<std::string> senderIds;     // state::senderIdKey ("SenderId/CC") seeded in the scope
  OriginationSettingsSeed settings;
};

// One channel's spend limit: MaxLimit (AWS raises it on request), the override, and what the month
// has spent (`month` "YYYY-MM"; absent: the simulated month the seed is applied in).
struct SpendLimitSeed {
  std::optional<std::int64_t> maxLimit;
  std::optional<std::int64_t> enforcedLimit;
  std::optional<double> spent;
  std::optional<std::string> month;
};

// A sandbox destination: VERIFIED, or PENDING with a code already sent (so a scenario's steps can
// verify it with a known id and code).
struct VerifiedDestinationSeed {
  std::string number;                           // E.164
  std::optional<std::string> id;                // verifieddestinationnumber-<32 hex>; random
  std::optional<std::string> verificationCode;  // given: PENDING with this code
};

// A protect configuration with its country rules and number overrides; `accountDefault` makes it
// the account default (at most one per scope).
struct ProtectConfigurationSeed {
  state::ProtectConfiguration configuration;  // id given or random; ARN and times on apply
  bool accountDefault = false;
  std::set<std::string> createdOnApply;  // overrides (by number) seeded without createdTimestamp
};

struct AwsScopeSeed {
  std::optional<std::string> accountId;  // the server's default account when absent
  std::optional<std::string> region;     // the server's default region when absent
  std::vector<OptOutListSeed> optOutLists;
  std::vector<PhoneNumberSeed> phoneNumbers;
  std::vector<PoolSeed> pools;
  std::vector<ProtectConfigurationSeed> protectConfigurations;
  std::vector<state::ConfigurationSet> configurationSets;  // name and contents; arn, time on apply
  std::map<std::string, std::string> snsSmsAttributes;     // SetSMSAttributes' names and values
  std::optional<AccountTier> accountTier;                  // the server's tier when absent
  std::vector<VerifiedDestinationSeed> verifiedDestinationNumbers;
  std::vector<state::SenderId> senderIds;             // arn and time on apply
  std::map<std::string, SpendLimitSeed> spendLimits;  // by channel: text, media, voice
};

class AwsSeed : public SeedPart {
 public:
  explicit AwsSeed(std::vector<AwsScopeSeed> scopes) : scopes_(std::move(scopes)) {}
  void apply(const SeedTarget& target) const override;
  nlohmann::json summary() const override;
  const std::vector<AwsScopeSeed>& scopes() const { return scopes_; }

 private:
  std::vector<AwsScopeSeed> scopes_;
};

// Puts the list (created when missing) and its numbers into one account's state. Seeded numbers
// replace what the list held for the same numbers.
void applyOptOutListSeed(const OptOutListSeed& seed, const state::AccountScope& scope,
                         state::AccountState& account, double now);

// Reads `phoneNumbers` and `pools` of one scope (seed_aws_identities.cpp); checks that they name
// only lists and numbers the scope has.
void readIdentitySeeds(YamlMap& scope, AwsScopeSeed& seed);
// Puts the scope's seeded phone numbers, then its pools, into the account's state, replacing any
// number or pool of the same number or id.
void applyIdentitySeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                        state::AccountState& account, double now);

// Reads `configurationSets` of one scope (seed_configuration_sets.cpp), each checked as
// CreateConfigurationSet and CreateEventDestination check theirs; applying one replaces the set of
// the same name.
void readConfigurationSetSeeds(YamlMap& scope, AwsScopeSeed& seed);
void applyConfigurationSetSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                                state::AccountState& account, double now);

// Reads `protectConfigurations` of one scope (seed_protect_configurations.cpp), each value checked
// as the API checks it; applying one replaces the configuration of the same id.
void readProtectConfigurationSeeds(YamlMap& scope, AwsScopeSeed& seed);
void applyProtectConfigurationSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                                    state::AccountState& account, double now);

// Reads `senderIds` of one scope (seed_sender_ids.cpp), each checked as RequestSenderId checks it
// (a `registered` one may be for a country that needs registration); applying one replaces the
// sender ID of the same name and country. Sender IDs are applied before the pools that hold them.
void readSenderIdSeeds(YamlMap& scope, AwsScopeSeed& seed);
void applySenderIdSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                        state::AccountState& account, double now);

// Reads `spendLimits` of one scope (seed_spend_limits.cpp): {text|media|voice: {maxLimit,
// enforcedLimit, spent, month}}; applying sets what it names and leaves the rest.
void readSpendLimitSeeds(YamlMap& scope, AwsScopeSeed& seed);
void applySpendLimitSeeds(const AwsScopeSeed& seed, state::AccountState& account, double now);

// Reads `sns` of one scope (seed_sns.cpp): `smsAttributes`, as SetSMSAttributes takes them.
void readSnsSeed(YamlMap& scope, AwsScopeSeed& seed);

}  // namespace smsim::scenario
