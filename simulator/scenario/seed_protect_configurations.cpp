// The `protectConfigurations` of a `seed.aws` scope: protect configurations with their country
// rules and number overrides, one of them possibly the account default. Each value is checked as
// the API checks it (UpdateProtectConfigurationCountryRuleSet,
// PutProtectConfigurationRuleSetNumberOverride), so a seeded configuration is one the API could
// have made. https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
#include <set>
#include <utility>

#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "common/phone_region.hpp"
#include "scenario/seed_aws.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::scenario {

namespace {

// {SMS: {CA: BLOCK, US: MONITOR}, VOICE: {...}}: capabilities SMS, VOICE or MMS, countries smsim
// has rules for, statuses of ProtectStatus.
void readCountryRules(const YamlValue& value, state::ProtectConfiguration& configuration) {
  for (auto& [capability, countries] : value.map().entries()) {
    if (capability != "SMS" && capability != "VOICE" && capability != "MMS") {
      countries.fail(error_id::kInvalidValue, "countryRules are kept for SMS, VOICE and MMS");
    }
    auto& rules = configuration.countryRules[capability];
    for (auto& [country, status] : countries.map().entries()) {
      auto text = status.string();
      failOnModel(status, "UpdateProtectConfigurationCountryRuleSet",
                  {{"ProtectConfigurationId", "x"},
                   {"NumberCapability", capability},
                   {"CountryRuleSetUpdates", {{country, {{"ProtectStatus", text}}}}}});
      if (!knownRegions().contains(country)) {
        status.fail(error_id::kInvalidValue, "'" + country + "' is not a country code");
      }
      rules[country] = std::move(text);
    }
  }
}

// {number, action, expirationTimestamp, createdTimestamp}.
void readNumberOverride(const YamlValue& value, ProtectConfigurationSeed& seed) {
  auto map = value.map();
  state::ProtectNumberOverride rule;
  const auto number = map.require("number");
  rule.destinationPhoneNumber = number.string();
  if (!isPossibleE164(rule.destinationPhoneNumber)) {
    number.fail(error_id::kInvalidValue,
                "'" + rule.destinationPhoneNumber + "' is not a phone number in E.164 form");
  }
  const auto action = map.require("action");
  rule.action = action.string();
  failOnModel(action, "PutProtectConfigurationRuleSetNumberOverride",
              {{"ProtectConfigurationId", "x"},
               {"DestinationPhoneNumber", rule.destinationPhoneNumber},
               {"Action", rule.action}});
  rule.isoCountryCode = regionOfNumber(rule.destinationPhoneNumber);
  if (auto expires = map.get("expirationTimestamp")) {
    rule.expirationTimestamp = expires->number(0, kLatestSeedTimestamp);
  }
  if (auto created = map.get("createdTimestamp")) {
    rule.createdTimestamp = created->number(0, kLatestSeedTimestamp);
  } else {
    seed.createdOnApply.insert(rule.destinationPhoneNumber);
  }
  map.rejectUnknownKeys();
  auto key = rule.destinationPhoneNumber;  // copied before the rule moves
  seed.configuration.numberOverrides.insert_or_assign(std::move(key), std::move(rule));
}

ProtectConfigurationSeed readProtectConfiguration(const YamlValue& value) {
  auto map = value.map();
  ProtectConfigurationSeed seed;
  if (auto id = map.get("id")) {
    seed.configuration.id = id->string();
    failOnModel(*id, "DeleteProtectConfiguration",
                {{"ProtectConfigurationId", seed.configuration.id}});
    if (seed.configuration.id.find_first_of(":/") != std::string::npos) {
      id->fail(error_id::kInvalidValue, "a protect configuration id is 1 to 64 of A-Z a-z 0-9 _ -");
    }
  } else {
    seed.configuration.id = "protect-" + services::newCompactId();
  }
  if (auto protection = map.get("deletionProtectionEnabled")) {
    seed.configuration.deletionProtectionEnabled = protection->boolean();
  }
  if (auto isDefault = map.get("accountDefault")) seed.accountDefault = isDefault->boolean();
  if (auto rules = map.get("countryRules")) readCountryRules(*rules, seed.configuration);
  if (auto overrides = map.get("numberOverrides")) {
    for (const auto& item : overrides->items()) readNumberOverride(item, seed);
  }
  map.rejectUnknownKeys();
  return seed;
}

}  // namespace

void readProtectConfigurationSeeds(YamlMap& scope, AwsScopeSeed& seed) {
  auto configurations = scope.get("protectConfigurations");
  if (!configurations) return;
  std::set<std::string> ids;
  bool accountDefault = false;
  for (const auto& item : configurations->items()) {
    auto configuration = readProtectConfiguration(item);
    if (!ids.insert(configuration.configuration.id).second) {
      item.fail(error_id::kInvalidValue,
                "protect configuration '" + configuration.configuration.id + "' is seeded twice");
    }
    if (configuration.accountDefault && std::exchange(accountDefault, true)) {
      item.fail(error_id::kInvalidValue, "an account has one default protect configuration");
    }
    seed.protectConfigurations.push_back(std::move(configuration));
  }
}

void applyProtectConfigurationSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                                    state::AccountState& account, double now) {
  for (const auto& entry : seed.protectConfigurations) {
    auto configuration = entry.configuration;
    configuration.arn = aws_names::smsVoiceArn(scope.region, scope.accountId,
                                               sms_voice_v2::resource_type::kProtectConfiguration,
                                               configuration.id);
    configuration.createdTimestamp = now;
    for (auto& [number, rule] : configuration.numberOverrides) {
      if (entry.createdOnApply.contains(number)) rule.createdTimestamp = now;
    }
    if (entry.accountDefault) account.defaultProtectConfigurationId = configuration.id;
    auto id = configuration.id;  // copied before the configuration moves
    account.protectConfigurations.insert_or_assign(std::move(id), std::move(configuration));
  }
}

}  // namespace smsim::scenario
