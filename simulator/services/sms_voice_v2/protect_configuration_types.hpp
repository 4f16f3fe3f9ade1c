#pragma once
// Requests and results of the thirteen protect configuration operations: Create, Delete, Describe,
// Update; the country rule sets; the number overrides; the configuration set associations and the
// account default.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::sms_voice_v2 {

// ProtectConfigurationInformation; also the result of Delete and Update.
struct ProtectConfigurationInformation {
  std::string protectConfigurationArn;
  std::string protectConfigurationId;
  double createdTimestamp = 0;
  bool accountDefault = false;
  bool deletionProtectionEnabled = false;
};

struct CreateProtectConfigurationRequest {
  bool deletionProtectionEnabled = false;
  std::vector<Tag> tags;
};
struct CreateProtectConfigurationResult : ProtectConfigurationInformation {
  std::vector<Tag> tags;
};

// The requests that name only a protect configuration (id or ARN).
struct ProtectConfigurationRequest {
  std::string protectConfigurationId;
};
using DeleteProtectConfigurationRequest = ProtectConfigurationRequest;
using DeleteProtectConfigurationResult = ProtectConfigurationInformation;

struct UpdateProtectConfigurationRequest : ProtectConfigurationRequest {
  std::optional<bool> deletionProtectionEnabled;
};
using UpdateProtectConfigurationResult = ProtectConfigurationInformation;

struct DescribeProtectConfigurationsRequest {
  std::vector<std::string> protectConfigurationIds;  // ids or ARNs
  std::vector<Filter> filters;
  PageParameters page;
};
struct DescribeProtectConfigurationsResult {
  std::vector<ProtectConfigurationInformation> protectConfigurations;
  std::optional<std::string> nextToken;
};

// Country -> ProtectStatus (ALLOW, BLOCK, MONITOR, FILTER).
using CountryRuleSet = std::map<std::string, std::string>;

struct GetProtectConfigurationCountryRuleSetRequest : ProtectConfigurationRequest {
  std::string numberCapability;
};
struct UpdateProtectConfigurationCountryRuleSetRequest : ProtectConfigurationRequest {
  std::string numberCapability;
  CountryRuleSet countryRuleSetUpdates;
};
struct CountryRuleSetResult {
  std::string protectConfigurationArn;
  std::string protectConfigurationId;
  std::string numberCapability;
  CountryRuleSet countryRuleSet;
};
using GetProtectConfigurationCountryRuleSetResult = CountryRuleSetResult;
using UpdateProtectConfigurationCountryRuleSetResult = CountryRuleSetResult;

struct ProtectNumberOverrideInformation {
  std::string destinationPhoneNumber;
  double createdTimestamp = 0;
  std::string action;
  std::optional<std::string> isoCountryCode;
  std::optional<double> expirationTimestamp;
};

struct PutProtectConfigurationRuleSetNumberOverrideRequest : ProtectConfigurationRequest {
  std::string destinationPhoneNumber;
  std::string action;
  std::optional<double> expirationTimestamp;
};
struct DeleteProtectConfigurationRuleSetNumberOverrideRequest : ProtectConfigurationRequest {
  std::string destinationPhoneNumber;
};
// Put's and Delete's result: the configuration and the override put or deleted.
struct ProtectNumberOverrideResult {
  std::string protectConfigurationArn;
  std::string protectConfigurationId;
  ProtectNumberOverrideInformation numberOverride;
};
using PutProtectConfigurationRuleSetNumberOverrideResult = ProtectNumberOverrideResult;
using DeleteProtectConfigurationRuleSetNumberOverrideResult = ProtectNumberOverrideResult;

struct ListProtectConfigurationRuleSetNumberOverridesRequest : ProtectConfigurationRequest {
  std::vector<Filter> filters;
  PageParameters page;
};
struct ListProtectConfigurationRuleSetNumberOverridesResult {
  std::string protectConfigurationArn;
  std::string protectConfigurationId;
  std::vector<ProtectNumberOverrideInformation> ruleSetNumberOverrides;
  std::optional<std::string> nextToken;
};

struct ProtectConfigurationAssociationRequest : ProtectConfigurationRequest {
  std::string configurationSetName;  // name or ARN
};
struct ProtectConfigurationAssociationResult {
  std::string configurationSetArn;
  std::string configurationSetName;
  std::string protectConfigurationArn;
  std::string protectConfigurationId;
};
using AssociateProtectConfigurationRequest = ProtectConfigurationAssociationRequest;
using AssociateProtectConfigurationResult = ProtectConfigurationAssociationResult;
using DisassociateProtectConfigurationRequest = ProtectConfigurationAssociationRequest;
using DisassociateProtectConfigurationResult = ProtectConfigurationAssociationResult;

using SetAccountDefaultProtectConfigurationRequest = ProtectConfigurationRequest;
struct DeleteAccountDefaultProtectConfigurationRequest {};
struct AccountDefaultProtectConfigurationResult {
  std::string defaultProtectConfigurationArn;
  std::string defaultProtectConfigurationId;
};
using SetAccountDefaultProtectConfigurationResult = AccountDefaultProtectConfigurationResult;
using DeleteAccountDefaultProtectConfigurationResult = AccountDefaultProtectConfigurationResult;

}  // namespace smsim::sms_voice_v2
