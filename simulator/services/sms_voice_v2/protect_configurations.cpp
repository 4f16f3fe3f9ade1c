// The thirteen protect configuration operations, and the configuration a send meets.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html (what applies
// to a send),
// https://docs.aws.amazon.com/sms-voice/latest/userguide/filter-and-monitor-messages.html (the
// country rule modes), https://docs.aws.amazon.com/sms-voice/latest/userguide/protect.html (number
// overrides).
#include "services/sms_voice_v2/protect_configurations.hpp"

#include <algorithm>
#include <cstdlib>

#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "common/phone_region.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// PROTECT_CONFIGURATIONS_PER_ACCOUNT: AWS states no value (DescribeAccountLimits has no such
// limit); smsim's choice, documented in README.md.
constexpr std::size_t kMaxProtectConfigurations = 100;

constexpr const char* kAllow = "ALLOW";
constexpr const char* kBlock = "BLOCK";

constexpr FilterValues kProtectConfigurationFilterValues[] = {
    {"account-default", kTrueOrFalse}, {"deletion-protection-enabled", kTrueOrFalse}};
constexpr FilterValues kNumberOverrideFilterValues[] = {
    {"action", "ProtectConfigurationRuleOverrideAction"}};

bool isAccountDefault(const state::AccountState& account,
                      const state::ProtectConfiguration& configuration) {
  return account.defaultProtectConfigurationId == configuration.id;
}

ProtectConfigurationInformation information(const state::AccountState& account,
                                            const state::ProtectConfiguration& configuration) {
  return {configuration.arn, configuration.id, configuration.createdTimestamp,
          isAccountDefault(account, configuration), configuration.deletionProtectionEnabled};
}

// Runs `change` on the named configuration under the account lock.
template <typename Change>
auto withConfiguration(CallContext& call, const std::string& idOrArn, Change&& change) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return change(account, findProtectConfiguration(account, call.scope, idOrArn));
  });
}

// The model on GetProtectConfigurationCountryRuleSetRequest.NumberCapability: "Valid values are
// SMS, VOICE, or MMS" (its enum, NumberCapability, also holds RCS).
void requireProtectedCapability(const std::string& capability) {
  if (capability == "SMS" || capability == "VOICE" || capability == "MMS") return;
  throw ServiceError::invalidField(
      "INVALID_PARAMETER", "NumberCapability",
      "Protect configurations have country rules for SMS, VOICE and MMS, not " + capability + ".");
}

// Every country smsim knows a numbering plan for, ALLOW unless a rule says otherwise. The model
// keys the map by the countries of "Supported countries and regions (SMS channel)"; smsim uses
// libphonenumber's list (about 245, within the map's 300).
CountryRuleSet countryRuleSetOf(const state::ProtectConfiguration& configuration,
                                const std::string& capability) {
  CountryRuleSet rules;
  for (const auto& country : knownRegions()) rules.emplace(country, kAllow);
  if (auto it = configuration.countryRules.find(capability); it != configuration.countryRules.end())
    for (const auto& [country, status] : it->second) rules[country] = status;
  return rules;
}

ProtectNumberOverrideInformation overrideInformation(const state::ProtectNumberOverride& rule) {
  ProtectNumberOverrideInformation out{rule.destinationPhoneNumber, rule.createdTimestamp,
                                       rule.action, std::nullopt, rule.expirationTimestamp};
  if (!rule.isoCountryCode.empty()) out.isoCountryCode = rule.isoCountryCode;
  return out;
}

// "If ExpirationTimestamp is not set then the rule will not expire" (the model); an expired rule
// no longer exists, so it is dropped before any override operation or send reads the list.
void dropExpiredOverrides(state::ProtectConfiguration& configuration, double now) {
  std::erase_if(configuration.numberOverrides,
                [&](const auto& entry) { return entry.second.expiredAt(now); });
}

// The created-/expires- filters' values are instants: epoch seconds, as the API's timestamps are
// sent over awsJson. smsim's choice (AWS states no format); another text is INVALID_FILTER_VALUES.
double instantOf(const Filter& filter, const std::string& value) {
  char* end = nullptr;
  const double seconds = std::strtod(value.c_str(), &end);
  if (value.empty() || end == nullptr || *end != '\0') {
    throw ServiceError::validation(
        "INVALID_FILTER_VALUES", "Invalid filter value '" + value + "' for " + filter.name + ".",
        {{"Filters", "Values of " + filter.name + " must be epoch seconds."}});
  }
  return seconds;
}

bool overrideMatches(const Filter& filter, const state::ProtectNumberOverride& rule) {
  return std::any_of(filter.values.begin(), filter.values.end(), [&](const std::string& value) {
    const auto& name = filter.name;
    if (name == "iso-country-code") return rule.isoCountryCode == value;
    if (name == "destination-phone-number-begins-with")
      return rule.destinationPhoneNumber.starts_with(value);
    if (name == "action") return rule.action == value;
    const double instant = instantOf(filter, value);
    if (name == "created-before") return rule.createdTimestamp < instant;
    if (name == "created-after") return rule.createdTimestamp > instant;
    if (!rule.expirationTimestamp) return false;  // expires-before / expires-after
    return name == "expires-before" ? *rule.expirationTimestamp < instant
                                    : *rule.expirationTimestamp > instant;
  });
}

void requireKnownOverrideFilters(const std::vector<Filter>& filters) {
  requireKnownFilterValues(filters, kNumberOverrideFilterValues);
  for (const auto& filter : filters) {
    if (filter.name.find("-before") != std::string::npos ||
        filter.name.find("-after") != std::string::npos) {
      for (const auto& value : filter.values) instantOf(filter, value);
    }
  }
}

}  // namespace

state::ProtectConfiguration& findProtectConfiguration(state::AccountState& account,
                                                      const state::AccountScope& scope,
                                                      const std::string& idOrArn) {
  if (auto id = resourceNameFrom(idOrArn, scope, resource_type::kProtectConfiguration)) {
    if (auto it = account.protectConfigurations.find(*id);
        it != account.protectConfigurations.end())
      return it->second;
  }
  throw ServiceError::resourceNotFound(resource_type::kProtectConfiguration, idOrArn);
}

// "ProtectConfigurationId – If a protection configuration is specified in the API request
// parameters, it will be used. ConfigurationSetName – If no protection configuration is specified
// in the API request parameters, but a configuration set is specified and it has an associated
// protection configuration, it will be used." Else the account default
// (protect-configuration.html).
const state::ProtectConfiguration* effectiveProtectConfiguration(
    state::AccountState& account, const state::AccountScope& scope,
    const std::optional<std::string>& requested, const state::ConfigurationSet* set) {
  if (requested) return &findProtectConfiguration(account, scope, *requested);
  std::optional<std::string> id = account.defaultProtectConfigurationId;
  if (set != nullptr && set->protectConfigurationId) id = set->protectConfigurationId;
  if (!id) return nullptr;
  auto it = account.protectConfigurations.find(*id);
  return it == account.protectConfigurations.end() ? nullptr : &it->second;
}

// "The country rule mode can be overridden with a phone number override rule for specific phone
// numbers" (filter-and-monitor-messages.html); "Block – Prevents all messages to the specified
// country. Monitor – Allows messages while informing you of AIT risk. Filter – Allows messages but
// blocks those identified by our risk model" (protect.html). smsim has no risk model: FILTER never
// suspects a message, so it lets every one through, as MONITOR does. The Reasons are the model's
// ConflictExceptionReason values for the two blocks.
void requireAllowedByProtectConfiguration(const state::ProtectConfiguration& configuration,
                                          const std::string& capability,
                                          const std::string& destination, double now) {
  if (auto it = configuration.numberOverrides.find(destination);
      it != configuration.numberOverrides.end() && !it->second.expiredAt(now)) {
    if (it->second.action == kAllow) return;
    throw ServiceError::conflict("DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE",
                                 resource_type::kProtectConfiguration, configuration.id,
                                 "Protect configuration " + configuration.id +
                                     " blocks messages to " + destination +
                                     " (a number override).");
  }
  const auto country = regionOfNumber(destination);
  const auto rules = configuration.countryRules.find(capability);
  if (rules == configuration.countryRules.end()) return;
  if (auto rule = rules->second.find(country);
      rule != rules->second.end() && rule->second == kBlock) {
    throw ServiceError::conflict("DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION",
                                 resource_type::kProtectConfiguration, configuration.id,
                                 "Protect configuration " + configuration.id + " blocks " +
                                     capability + " messages to " + country + ".");
  }
}

// "By default all country rule sets for each capability are set to ALLOW ... A protect
// configurations name is stored as a Tag with the key set to Name" (the model).
CreateProtectConfigurationResult createProtectConfiguration(
    CallContext& call, const CreateProtectConfigurationRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    if (account.protectConfigurations.size() >= kMaxProtectConfigurations) {
      throw ServiceError::quotaExceeded("PROTECT_CONFIGURATIONS_PER_ACCOUNT",
                                        "The account already has " +
                                            std::to_string(kMaxProtectConfigurations) +
                                            " protect configurations in this Region.");
    }
    state::ProtectConfiguration configuration;
    configuration.id = "protect-" + services::newCompactId();
    configuration.arn =
        aws_names::smsVoiceArn(call.scope.region, call.scope.accountId,
                               resource_type::kProtectConfiguration, configuration.id);
    configuration.createdTimestamp = call.clock.nowEpochSeconds();
    configuration.deletionProtectionEnabled = request.deletionProtectionEnabled;
    CreateProtectConfigurationResult result;
    result.tags = applyTags(account, configuration.arn, request.tags);
    static_cast<ProtectConfigurationInformation&>(result) = information(account, configuration);
    account.protectConfigurations.emplace(configuration.id, std::move(configuration));
    return result;
  });
}

// "The protect configuration must have deletion protection disabled and must not be associated as
// the account default protect configuration or associated with a configuration set" (the model);
// each refusal has its ConflictExceptionReason.
DeleteProtectConfigurationResult deleteProtectConfiguration(
    CallContext& call, const DeleteProtectConfigurationRequest& request) {
  return withConfiguration(
      call, request.protectConfigurationId,
      [&](state::AccountState& account, state::ProtectConfiguration& found) {
        const auto refuse = [&](const char* reason, const std::string& why) {
          throw ServiceError::conflict(reason, resource_type::kProtectConfiguration, found.id,
                                       "Protect configuration " + found.id + " " + why + ".");
        };
        if (found.deletionProtectionEnabled)
          refuse("DELETION_PROTECTION_ENABLED", "has deletion protection enabled");
        if (isAccountDefault(account, found))
          refuse("PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT", "is the account default");
        for (const auto& [name, set] : account.configurationSets) {
          if (set.protectConfigurationId == found.id) {
            refuse("PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET",
                   "is associated with configuration set " + name);
          }
        }
        auto result = information(account, found);
        account.tagsByArn.erase(found.arn);
        account.protectConfigurations.erase(found.id);
        return result;
      });
}

UpdateProtectConfigurationResult updateProtectConfiguration(
    CallContext& call, const UpdateProtectConfigurationRequest& request) {
  return withConfiguration(call, request.protectConfigurationId,
                           [&](state::AccountState& account, state::ProtectConfiguration& found) {
                             if (request.deletionProtectionEnabled)
                               found.deletionProtectionEnabled = *request.deletionProtectionEnabled;
                             return information(account, found);
                           });
}

// "Retrieves the protect configurations that match any of filters. If a filter isn't provided then
// all protect configurations are returned" (the model). Like every other Describe, smsim requires
// each filter to match (AND), the reading DescribePhoneNumbers and DescribePools document.
DescribeProtectConfigurationsResult describeProtectConfigurations(
    CallContext& call, const DescribeProtectConfigurationsRequest& request) {
  requireKnownFilterValues(request.filters, kProtectConfigurationFilterValues);
  std::string context = "DescribeProtectConfigurations|" + filtersText(request.filters);
  for (const auto& id : request.protectConfigurationIds) context += "|" + id;
  const auto page = readPageRequest(request.page, context);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::vector<std::string> wanted;
    for (const auto& idOrArn : request.protectConfigurationIds)
      wanted.push_back(findProtectConfiguration(account, call.scope, idOrArn).id);
    DescribeProtectConfigurationsResult result;
    result.nextToken = fillPage(
        account.protectConfigurations, page,
        [&](const std::string& id, const state::ProtectConfiguration& configuration) {
          if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), id) == wanted.end())
            return false;
          return passesFilters(request.filters, [&](const std::string& name) {
            return std::vector<std::string>{
                boolText(name == "account-default" ? isAccountDefault(account, configuration)
                                                   : configuration.deletionProtectionEnabled)};
          });
        },
        [&](const std::string&, const state::ProtectConfiguration& configuration) {
          return information(account, configuration);
        },
        result.protectConfigurations);
    return result;
  });
}

GetProtectConfigurationCountryRuleSetResult getProtectConfigurationCountryRuleSet(
    CallContext& call, const GetProtectConfigurationCountryRuleSetRequest& request) {
  requireProtectedCapability(request.numberCapability);
  return withConfiguration(call, request.protectConfigurationId,
                           [&](state::AccountState&, state::ProtectConfiguration& found) {
                             return CountryRuleSetResult{
                                 found.arn, found.id, request.numberCapability,
                                 countryRuleSetOf(found, request.numberCapability)};
                           });
}

// "The updates are only applied to the specified NumberCapability type" (the model). A country
// outside the supported list is refused (AWS states no error; smsim's INVALID_PARAMETER), and
// nothing is changed when one is.
UpdateProtectConfigurationCountryRuleSetResult updateProtectConfigurationCountryRuleSet(
    CallContext& call, const UpdateProtectConfigurationCountryRuleSetRequest& request) {
  requireProtectedCapability(request.numberCapability);
  for (const auto& [country, status] : request.countryRuleSetUpdates) {
    if (!knownRegions().contains(country)) {
      throw ServiceError::invalidField(
          "INVALID_PARAMETER", "CountryRuleSetUpdates",
          country + " isn't a country or region protect configurations have rules for.");
    }
  }
  return withConfiguration(call, request.protectConfigurationId,
                           [&](state::AccountState&, state::ProtectConfiguration& found) {
                             auto& rules = found.countryRules[request.numberCapability];
                             for (const auto& [country, status] : request.countryRuleSetUpdates)
                               rules[country] = status;
                             return CountryRuleSetResult{
                                 found.arn, found.id, request.numberCapability,
                                 countryRuleSetOf(found, request.numberCapability)};
                           });
}

// "Create or update a phone number rule override" (the model). An ExpirationTimestamp already past
// is refused: AWS states nothing, and such a rule could never apply (smsim's choice, README.md).
PutProtectConfigurationRuleSetNumberOverrideResult putProtectConfigurationRuleSetNumberOverride(
    CallContext& call, const PutProtectConfigurationRuleSetNumberOverrideRequest& request) {
  const double now = call.clock.nowEpochSeconds();
  if (request.expirationTimestamp && *request.expirationTimestamp <= now) {
    throw ServiceError::invalidField("INVALID_PARAMETER", "ExpirationTimestamp",
                                     "ExpirationTimestamp must be in the future.");
  }
  // "The destination phone number in E.164 format" (the model), checked as opted-out numbers are.
  if (!isPossibleE164(request.destinationPhoneNumber)) {
    throw ServiceError::invalidField(
        "INVALID_PARAMETER", "DestinationPhoneNumber",
        request.destinationPhoneNumber + " is not a valid E.164 number (e.g. +12065550150).");
  }
  return withConfiguration(
      call, request.protectConfigurationId,
      [&](state::AccountState&, state::ProtectConfiguration& found) {
        dropExpiredOverrides(found, now);
        auto& rule = found.numberOverrides[request.destinationPhoneNumber];
        rule.destinationPhoneNumber = request.destinationPhoneNumber;
        rule.action = request.action;
        rule.isoCountryCode = regionOfNumber(request.destinationPhoneNumber);
        rule.createdTimestamp = now;
        rule.expirationTimestamp = request.expirationTimestamp;
        return ProtectNumberOverrideResult{found.arn, found.id, overrideInformation(rule)};
      });
}

DeleteProtectConfigurationRuleSetNumberOverrideResult
deleteProtectConfigurationRuleSetNumberOverride(
    CallContext& call, const DeleteProtectConfigurationRuleSetNumberOverrideRequest& request) {
  return withConfiguration(
      call, request.protectConfigurationId,
      [&](state::AccountState&, state::ProtectConfiguration& found) {
        dropExpiredOverrides(found, call.clock.nowEpochSeconds());
        auto it = found.numberOverrides.find(request.destinationPhoneNumber);
        if (it == found.numberOverrides.end()) {
          throw ServiceError::resourceNotFound(resource_type::kProtectConfiguration,
                                               found.id + "/" + request.destinationPhoneNumber);
        }
        ProtectNumberOverrideResult result{found.arn, found.id, overrideInformation(it->second)};
        found.numberOverrides.erase(it);
        return result;
      });
}

// "Retrieve all of the protect configuration rule set number overrides that match the filters"
// (the model): every filter must match, any of its values.
ListProtectConfigurationRuleSetNumberOverridesResult listProtectConfigurationRuleSetNumberOverrides(
    CallContext& call, const ListProtectConfigurationRuleSetNumberOverridesRequest& request) {
  requireKnownOverrideFilters(request.filters);
  return withConfiguration(
      call, request.protectConfigurationId,
      [&](state::AccountState&, state::ProtectConfiguration& found) {
        dropExpiredOverrides(found, call.clock.nowEpochSeconds());
        const auto page =
            readPageRequest(request.page, "ListProtectConfigurationRuleSetNumberOverrides|" +
                                              found.id + "|" + filtersText(request.filters));
        ListProtectConfigurationRuleSetNumberOverridesResult result{found.arn, found.id, {}, {}};
        result.nextToken = fillPage(
            found.numberOverrides, page,
            [&](const std::string&, const state::ProtectNumberOverride& rule) {
              return std::all_of(
                  request.filters.begin(), request.filters.end(),
                  [&](const Filter& filter) { return overrideMatches(filter, rule); });
            },
            [](const std::string&, const state::ProtectNumberOverride& rule) {
              return overrideInformation(rule);
            },
            result.ruleSetNumberOverrides);
        return result;
      });
}

// "This replaces the configuration sets current protect configuration. A configuration set can
// only be associated with one protect configuration at a time. A protect configuration can be
// associated with multiple configuration sets" (the model).
AssociateProtectConfigurationResult associateProtectConfiguration(
    CallContext& call, const AssociateProtectConfigurationRequest& request) {
  return withConfiguration(
      call, request.protectConfigurationId,
      [&](state::AccountState& account, state::ProtectConfiguration& found) {
        auto& set = findConfigurationSet(account, call.scope, request.configurationSetName);
        set.protectConfigurationId = found.id;
        return ProtectConfigurationAssociationResult{set.arn, set.name, found.arn, found.id};
      });
}

// A set associated with another configuration (or none) is the model's ConflictExceptionReason
// PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET.
DisassociateProtectConfigurationResult disassociateProtectConfiguration(
    CallContext& call, const DisassociateProtectConfigurationRequest& request) {
  return withConfiguration(
      call, request.protectConfigurationId,
      [&](state::AccountState& account, state::ProtectConfiguration& found) {
        auto& set = findConfigurationSet(account, call.scope, request.configurationSetName);
        if (set.protectConfigurationId != found.id) {
          throw ServiceError::conflict(
              "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET",
              resource_type::kProtectConfiguration, found.id,
              "Protect configuration " + found.id + " is not associated with configuration set " +
                  set.name + ".");
        }
        set.protectConfigurationId.reset();
        return ProtectConfigurationAssociationResult{set.arn, set.name, found.arn, found.id};
      });
}

// "You can only have one account default protect configuration at a time. The current account
// default protect configuration is replaced with the provided protect configuration" (the model).
SetAccountDefaultProtectConfigurationResult setAccountDefaultProtectConfiguration(
    CallContext& call, const SetAccountDefaultProtectConfigurationRequest& request) {
  return withConfiguration(call, request.protectConfigurationId,
                           [&](state::AccountState& account, state::ProtectConfiguration& found) {
                             account.defaultProtectConfigurationId = found.id;
                             return AccountDefaultProtectConfigurationResult{found.arn, found.id};
                           });
}

// "Removes the current account default protect configuration" (the model); with none set, the
// operation's ResourceNotFoundException (smsim's reading: nothing to remove).
DeleteAccountDefaultProtectConfigurationResult deleteAccountDefaultProtectConfiguration(
    CallContext& call, const DeleteAccountDefaultProtectConfigurationRequest&) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto id = account.defaultProtectConfigurationId;
    auto it = id ? account.protectConfigurations.find(*id) : account.protectConfigurations.end();
    if (it == account.protectConfigurations.end()) {
      throw ServiceError::resourceNotFound(resource_type::kProtectConfiguration, "account-default");
    }
    account.defaultProtectConfigurationId.reset();
    return AccountDefaultProtectConfigurationResult{it->second.arn, it->second.id};
  });
}

}  // namespace smsim::sms_voice_v2
