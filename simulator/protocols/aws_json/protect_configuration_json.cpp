// The JSON of protect configurations, their country rule sets and number overrides.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

namespace {

nlohmann::json overrideJson(const v2::ProtectNumberOverrideInformation& rule) {
  nlohmann::json out = {{"DestinationPhoneNumber", rule.destinationPhoneNumber},
                        {"CreatedTimestamp", rule.createdTimestamp},
                        {"Action", rule.action}};
  writeOptional(out, "IsoCountryCode", rule.isoCountryCode);
  writeOptional(out, "ExpirationTimestamp", rule.expirationTimestamp);
  return out;
}

}  // namespace

void fromJson(const nlohmann::json& in, v2::CreateProtectConfigurationRequest& out) {
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::ProtectConfigurationRequest& out) {
  readMember(in, "ProtectConfigurationId", out.protectConfigurationId);
}

void fromJson(const nlohmann::json& in, v2::UpdateProtectConfigurationRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
}

void fromJson(const nlohmann::json& in, v2::DescribeProtectConfigurationsRequest& out) {
  readMember(in, "ProtectConfigurationIds", out.protectConfigurationIds);
  out.filters = readFilters(in);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::GetProtectConfigurationCountryRuleSetRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  readMember(in, "NumberCapability", out.numberCapability);
}

void fromJson(const nlohmann::json& in, v2::UpdateProtectConfigurationCountryRuleSetRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  readMember(in, "NumberCapability", out.numberCapability);
  if (auto it = in.find("CountryRuleSetUpdates"); it != in.end()) {
    for (const auto& [country, rule] : it->items())
      out.countryRuleSetUpdates[country] = rule.at("ProtectStatus").get<std::string>();
  }
}

void fromJson(const nlohmann::json& in,
              v2::PutProtectConfigurationRuleSetNumberOverrideRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  readMember(in, "DestinationPhoneNumber", out.destinationPhoneNumber);
  readMember(in, "Action", out.action);
  readMember(in, "ExpirationTimestamp", out.expirationTimestamp);
}

void fromJson(const nlohmann::json& in,
              v2::DeleteProtectConfigurationRuleSetNumberOverrideRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  readMember(in, "DestinationPhoneNumber", out.destinationPhoneNumber);
}

void fromJson(const nlohmann::json& in,
              v2::ListProtectConfigurationRuleSetNumberOverridesRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  out.filters = readFilters(in);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::ProtectConfigurationAssociationRequest& out) {
  fromJson(in, static_cast<v2::ProtectConfigurationRequest&>(out));
  readMember(in, "ConfigurationSetName", out.configurationSetName);
}

void fromJson(const nlohmann::json&, v2::DeleteAccountDefaultProtectConfigurationRequest&) {}

nlohmann::json toJson(const v2::ProtectConfigurationInformation& result) {
  return {{"ProtectConfigurationArn", result.protectConfigurationArn},
          {"ProtectConfigurationId", result.protectConfigurationId},
          {"CreatedTimestamp", result.createdTimestamp},
          {"AccountDefault", result.accountDefault},
          {"DeletionProtectionEnabled", result.deletionProtectionEnabled}};
}

nlohmann::json toJson(const v2::CreateProtectConfigurationResult& result) {
  auto out = toJson(static_cast<const v2::ProtectConfigurationInformation&>(result));
  out["Tags"] = tagsJson(result.tags);
  return out;
}

nlohmann::json toJson(const v2::DescribeProtectConfigurationsResult& result) {
  nlohmann::json out = {
      {"ProtectConfigurations",
       arrayJson(result.protectConfigurations, [](const auto& item) { return toJson(item); })}};
  writeNextToken(out, result.nextToken);
  return out;
}

nlohmann::json toJson(const v2::CountryRuleSetResult& result) {
  auto rules = nlohmann::json::object();
  for (const auto& [country, status] : result.countryRuleSet)
    rules[country] = {{"ProtectStatus", status}};
  return {{"ProtectConfigurationArn", result.protectConfigurationArn},
          {"ProtectConfigurationId", result.protectConfigurationId},
          {"NumberCapability", result.numberCapability},
          {"CountryRuleSet", std::move(rules)}};
}

// Put's and Delete's results are the override's members beside the configuration's.
nlohmann::json toJson(const v2::ProtectNumberOverrideResult& result) {
  auto out = overrideJson(result.numberOverride);
  out["ProtectConfigurationArn"] = result.protectConfigurationArn;
  out["ProtectConfigurationId"] = result.protectConfigurationId;
  return out;
}

nlohmann::json toJson(const v2::ListProtectConfigurationRuleSetNumberOverridesResult& result) {
  nlohmann::json out = {
      {"ProtectConfigurationArn", result.protectConfigurationArn},
      {"ProtectConfigurationId", result.protectConfigurationId},
      {"RuleSetNumberOverrides", arrayJson(result.ruleSetNumberOverrides, overrideJson)}};
  writeNextToken(out, result.nextToken);
  return out;
}

nlohmann::json toJson(const v2::ProtectConfigurationAssociationResult& result) {
  return {{"ConfigurationSetArn", result.configurationSetArn},
          {"ConfigurationSetName", result.configurationSetName},
          {"ProtectConfigurationArn", result.protectConfigurationArn},
          {"ProtectConfigurationId", result.protectConfigurationId}};
}

nlohmann::json toJson(const v2::AccountDefaultProtectConfigurationResult& result) {
  return {{"DefaultProtectConfigurationArn", result.defaultProtectConfigurationArn},
          {"DefaultProtectConfigurationId", result.defaultProtectConfigurationId}};
}

}  // namespace smsim::aws_json
