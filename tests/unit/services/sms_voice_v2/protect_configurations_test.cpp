// Protect configurations: the thirteen operations, and the sends they block or let through.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/protect-configuration.html
#include <chrono>

#include "services/sms_voice_v2/identity_fixture.hpp"

namespace smsim::testing {
namespace {

constexpr const char* kUnitedStates = "+12065550100";
constexpr const char* kCanada = "+16045550100";  // the area code tells Canada from the US

class ProtectConfigurationsTest : public IdentityTest {
 protected:
  json create(json extra = json::object()) { return ok("CreateProtectConfiguration", extra); }
  std::string createId(json extra = json::object()) {
    return create(std::move(extra))["ProtectConfigurationId"];
  }
  json rules(const std::string& id, const std::string& capability) {
    return ok("GetProtectConfigurationCountryRuleSet",
              {{"ProtectConfigurationId", id}, {"NumberCapability", capability}})["CountryRuleSet"];
  }
  void setRule(const std::string& id, const std::string& capability, const std::string& country,
               const std::string& status) {
    ok("UpdateProtectConfigurationCountryRuleSet",
       {{"ProtectConfigurationId", id},
        {"NumberCapability", capability},
        {"CountryRuleSetUpdates", {{country, {{"ProtectStatus", status}}}}}});
  }
  json putOverride(const std::string& id, const std::string& number, const std::string& action,
                   json extra = json::object()) {
    json input = {
        {"ProtectConfigurationId", id}, {"DestinationPhoneNumber", number}, {"Action", action}};
    input.update(extra);
    return ok("PutProtectConfigurationRuleSetNumberOverride", input);
  }
  json listOverrides(const std::string& id, json filters = json::array()) {
    return ok("ListProtectConfigurationRuleSetNumberOverrides",
              {{"ProtectConfigurationId", id}, {"Filters", filters}})["RuleSetNumberOverrides"];
  }
  json text(const std::string& destination, json extra = json::object()) {
    if (sender_.empty()) {
      sender_ = leaseNumber("LONG_CODE",
                            {{"NumberCapabilities", {"SMS", "MMS", "VOICE"}}})["PhoneNumberId"];
    }
    json input = {{"DestinationPhoneNumber", destination},
                  {"OriginationIdentity", sender_},
                  {"MessageBody", "hi"}};
    input.update(extra);
    return input;
  }
  double now() const { return clock_.nowEpochSeconds(); }
  std::string sender_;
};

TEST_F(ProtectConfigurationsTest, CreateAnswersExactlyTheShapesMembers) {
  const auto created = create({{"Tags", {{{"Key", "Name"}, {"Value", "logins"}}}}});
  const std::string id = created["ProtectConfigurationId"];
  EXPECT_TRUE(id.starts_with("protect-")) << id;
  EXPECT_EQ(created["ProtectConfigurationArn"],
            "arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/" + id);
  EXPECT_EQ(created["AccountDefault"], false);
  EXPECT_EQ(created["DeletionProtectionEnabled"], false);
  EXPECT_TRUE(created["CreatedTimestamp"].is_number());
  EXPECT_EQ(created.size(), 6u);
  // "A protect configurations name is stored as a Tag with the key set to Name" (the model).
  const auto tags =
      ok("ListTagsForResource", {{"ResourceArn", created["ProtectConfigurationArn"]}});
  EXPECT_EQ(tags["Tags"][0]["Value"], "logins");
  const auto described = ok("DescribeProtectConfigurations", json::object());
  ASSERT_EQ(described["ProtectConfigurations"].size(), 1u);
  EXPECT_EQ(described["ProtectConfigurations"][0].size(), 5u);
}

// PROTECT_CONFIGURATIONS_PER_ACCOUNT; the figure, 100, is smsim's (AWS states none).
TEST_F(ProtectConfigurationsTest, AnAccountHoldsAtMostOneHundred) {
  for (int i = 0; i < 100; ++i) create();
  errorWithReason("CreateProtectConfiguration", json::object(), "ServiceQuotaExceededException",
                  "PROTECT_CONFIGURATIONS_PER_ACCOUNT");
}

TEST_F(ProtectConfigurationsTest, DescribeFiltersPagesAndChecksItsInput) {
  const auto first = createId();
  const auto second = createId({{"DeletionProtectionEnabled", true}});
  createId();
  ok("SetAccountDefaultProtectConfiguration", {{"ProtectConfigurationId", first}});
  auto page = ok("DescribeProtectConfigurations",
                 {{"Filters", {{{"Name", "account-default"}, {"Values", {"true"}}}}}});
  ASSERT_EQ(page["ProtectConfigurations"].size(), 1u);
  EXPECT_EQ(page["ProtectConfigurations"][0]["ProtectConfigurationId"], first);
  EXPECT_EQ(page["ProtectConfigurations"][0]["AccountDefault"], true);
  page = ok("DescribeProtectConfigurations",
            {{"Filters", {{{"Name", "deletion-protection-enabled"}, {"Values", {"true"}}}}}});
  ASSERT_EQ(page["ProtectConfigurations"].size(), 1u);
  EXPECT_EQ(page["ProtectConfigurations"][0]["ProtectConfigurationId"], second);
  page = ok("DescribeProtectConfigurations", {{"ProtectConfigurationIds", {second}}});
  EXPECT_EQ(page["ProtectConfigurations"].size(), 1u);
  errorWithReason("DescribeProtectConfigurations",
                  {{"Filters", {{{"Name", "account-default"}, {"Values", {"yes"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  const auto missing =
      error("DescribeProtectConfigurations", {{"ProtectConfigurationIds", {"protect-missing"}}},
            "ResourceNotFoundException");
  EXPECT_EQ(missing["ResourceType"], "protect-configuration");
  page = ok("DescribeProtectConfigurations", {{"MaxResults", 2}});
  EXPECT_EQ(page["ProtectConfigurations"].size(), 2u);
  page = ok("DescribeProtectConfigurations", {{"MaxResults", 2}, {"NextToken", page["NextToken"]}});
  EXPECT_EQ(page["ProtectConfigurations"].size(), 1u);
  EXPECT_FALSE(page.contains("NextToken"));
}

// "The protect configuration must have deletion protection disabled and must not be associated as
// the account default protect configuration or associated with a configuration set" (the model).
TEST_F(ProtectConfigurationsTest, DeleteRefusesAProtectedDefaultOrAssociatedConfiguration) {
  const auto id = createId({{"DeletionProtectionEnabled", true}});
  const json named = {{"ProtectConfigurationId", id}};
  errorWithReason("DeleteProtectConfiguration", named, "ConflictException",
                  "DELETION_PROTECTION_ENABLED");
  const auto updated = ok("UpdateProtectConfiguration",
                          {{"ProtectConfigurationId", id}, {"DeletionProtectionEnabled", false}});
  EXPECT_EQ(updated["DeletionProtectionEnabled"], false);
  EXPECT_EQ(updated.size(), 5u);

  ok("SetAccountDefaultProtectConfiguration", named);
  errorWithReason("DeleteProtectConfiguration", named, "ConflictException",
                  "PROTECT_CONFIGURATION_IS_ACCOUNT_DEFAULT");
  ok("DeleteAccountDefaultProtectConfiguration", json::object());

  ok("CreateConfigurationSet", {{"ConfigurationSetName", "logins"}});
  ok("AssociateProtectConfiguration",
     {{"ProtectConfigurationId", id}, {"ConfigurationSetName", "logins"}});
  errorWithReason("DeleteProtectConfiguration", named, "ConflictException",
                  "PROTECT_CONFIGURATION_ASSOCIATED_WITH_CONFIGURATION_SET");
  ok("DisassociateProtectConfiguration",
     {{"ProtectConfigurationId", id}, {"ConfigurationSetName", "logins"}});

  const auto arn = "arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/" + id;
  const auto deleted = ok("DeleteProtectConfiguration", {{"ProtectConfigurationId", arn}});
  EXPECT_EQ(deleted["ProtectConfigurationId"], id);
  EXPECT_EQ(deleted.size(), 5u);
  error("DeleteProtectConfiguration", named, "ResourceNotFoundException");
  error("UpdateProtectConfiguration", named, "ResourceNotFoundException");
}

// UpdateProtectConfiguration takes the id or the ARN, keeps what it omits, and answers the five
// members of UpdateProtectConfigurationResult (AccountDefault as it stands).
TEST_F(ProtectConfigurationsTest, UpdateFindsByIdOrArnAndKeepsWhatItOmits) {
  const auto id = createId({{"DeletionProtectionEnabled", true}});
  const auto arn = "arn:aws:sms-voice:us-east-1:123456789012:protect-configuration/" + id;
  ok("SetAccountDefaultProtectConfiguration", {{"ProtectConfigurationId", id}});
  const auto unchanged = ok("UpdateProtectConfiguration", {{"ProtectConfigurationId", arn}});
  EXPECT_EQ(unchanged["ProtectConfigurationId"], id);
  EXPECT_EQ(unchanged["ProtectConfigurationArn"], arn);
  EXPECT_EQ(unchanged["DeletionProtectionEnabled"], true);
  EXPECT_EQ(unchanged["AccountDefault"], true);
  EXPECT_TRUE(unchanged["CreatedTimestamp"].is_number());
  EXPECT_EQ(unchanged.size(), 5u);
  EXPECT_EQ(error("UpdateProtectConfiguration", {{"ProtectConfigurationId", "protect-missing"}},
                  "ResourceNotFoundException")["ResourceType"],
            "protect-configuration");
}

// "By default all country rule sets for each capability are set to ALLOW"; "The updates are only
// applied to the specified NumberCapability type" (the model).
TEST_F(ProtectConfigurationsTest, CountryRulesStartAllowedAndChangePerCapability) {
  const auto id = createId();
  const auto sms = rules(id, "SMS");
  EXPECT_GT(sms.size(), 200u);
  EXPECT_LE(sms.size(), 300u);
  EXPECT_EQ(sms["US"], json::parse(R"({"ProtectStatus": "ALLOW"})"));
  const auto updated =
      ok("UpdateProtectConfigurationCountryRuleSet",
         {{"ProtectConfigurationId", id},
          {"NumberCapability", "SMS"},
          {"CountryRuleSetUpdates",
           {{"CA", {{"ProtectStatus", "BLOCK"}}}, {"US", {{"ProtectStatus", "MONITOR"}}}}}});
  EXPECT_EQ(updated.size(), 4u);
  EXPECT_EQ(updated["NumberCapability"], "SMS");
  EXPECT_EQ(updated["CountryRuleSet"]["CA"]["ProtectStatus"], "BLOCK");
  EXPECT_EQ(rules(id, "SMS")["US"]["ProtectStatus"], "MONITOR");
  EXPECT_EQ(rules(id, "VOICE")["CA"]["ProtectStatus"], "ALLOW");
  EXPECT_EQ(rules(id, "MMS")["CA"]["ProtectStatus"], "ALLOW");

  // "Valid values are SMS, VOICE, or MMS" (the model; its enum also holds RCS).
  errorWithReason("GetProtectConfigurationCountryRuleSet",
                  {{"ProtectConfigurationId", id}, {"NumberCapability", "RCS"}},
                  "ValidationException", "INVALID_PARAMETER");
  errorWithReason("UpdateProtectConfigurationCountryRuleSet",
                  {{"ProtectConfigurationId", id},
                   {"NumberCapability", "SMS"},
                   {"CountryRuleSetUpdates", {{"ZZ", {{"ProtectStatus", "BLOCK"}}}}}},
                  "ValidationException", "INVALID_PARAMETER");
  error("UpdateProtectConfigurationCountryRuleSet",
        {{"ProtectConfigurationId", id},
         {"NumberCapability", "SMS"},
         {"CountryRuleSetUpdates", {{"US", {{"ProtectStatus", "SOMETIMES"}}}}}},
        "ValidationException");
  error("GetProtectConfigurationCountryRuleSet",
        {{"ProtectConfigurationId", "protect-missing"}, {"NumberCapability", "SMS"}},
        "ResourceNotFoundException");
}

TEST_F(ProtectConfigurationsTest, NumberOverridesArePutListedFilteredDeletedAndExpire) {
  const auto id = createId();
  const double expiry = now() + 3600;
  const auto put = putOverride(id, kCanada, "BLOCK", {{"ExpirationTimestamp", expiry}});
  EXPECT_EQ(put["IsoCountryCode"], "CA");
  EXPECT_EQ(put["Action"], "BLOCK");
  EXPECT_EQ(put["ExpirationTimestamp"], expiry);
  EXPECT_EQ(put.size(), 7u);
  const auto replaced = putOverride(id, kCanada, "ALLOW");  // "Create or update"
  EXPECT_EQ(replaced["Action"], "ALLOW");
  EXPECT_FALSE(replaced.contains("ExpirationTimestamp"));
  putOverride(id, kUnitedStates, "BLOCK", {{"ExpirationTimestamp", expiry}});

  EXPECT_EQ(listOverrides(id).size(), 2u);
  auto found = listOverrides(id, {{{"Name", "action"}, {"Values", {"BLOCK"}}}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["DestinationPhoneNumber"], kUnitedStates);
  EXPECT_EQ(found[0].size(), 5u);
  EXPECT_EQ(listOverrides(id, {{{"Name", "iso-country-code"}, {"Values", {"CA"}}}}).size(), 1u);
  EXPECT_EQ(
      listOverrides(id, {{{"Name", "destination-phone-number-begins-with"}, {"Values", {"+1604"}}}})
          .size(),
      1u);
  EXPECT_EQ(listOverrides(id, {{{"Name", "expires-before"},
                                {"Values", {std::to_string(static_cast<long>(expiry) + 1)}}}})
                .size(),
            1u);
  errorWithReason("ListProtectConfigurationRuleSetNumberOverrides",
                  {{"ProtectConfigurationId", id},
                   {"Filters", {{{"Name", "action"}, {"Values", {"MONITOR"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");
  errorWithReason("ListProtectConfigurationRuleSetNumberOverrides",
                  {{"ProtectConfigurationId", id},
                   {"Filters", {{{"Name", "created-after"}, {"Values", {"yesterday"}}}}}},
                  "ValidationException", "INVALID_FILTER_VALUES");

  // The simulated clock passes the expiration: the rule is gone.
  clock_.advance(std::chrono::hours(2));
  found = listOverrides(id);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["DestinationPhoneNumber"], kCanada);
  error("DeleteProtectConfigurationRuleSetNumberOverride",
        {{"ProtectConfigurationId", id}, {"DestinationPhoneNumber", kUnitedStates}},
        "ResourceNotFoundException");
  const auto deleted = ok("DeleteProtectConfigurationRuleSetNumberOverride",
                          {{"ProtectConfigurationId", id}, {"DestinationPhoneNumber", kCanada}});
  EXPECT_EQ(deleted["Action"], "ALLOW");
  EXPECT_EQ(listOverrides(id).size(), 0u);

  errorWithReason("PutProtectConfigurationRuleSetNumberOverride",
                  {{"ProtectConfigurationId", id},
                   {"DestinationPhoneNumber", kCanada},
                   {"Action", "BLOCK"},
                   {"ExpirationTimestamp", now() - 1}},
                  "ValidationException", "INVALID_PARAMETER");
  errorWithReason("PutProtectConfigurationRuleSetNumberOverride",
                  {{"ProtectConfigurationId", id},
                   {"DestinationPhoneNumber", "16045550100"},
                   {"Action", "BLOCK"}},
                  "ValidationException", "INVALID_PARAMETER");
}

TEST_F(ProtectConfigurationsTest, AssociationsAndTheAccountDefault) {
  const auto first = createId();
  const auto second = createId();
  ok("CreateConfigurationSet", {{"ConfigurationSetName", "logins"}});
  const auto associated = ok("AssociateProtectConfiguration", {{"ProtectConfigurationId", first},
                                                               {"ConfigurationSetName", "logins"}});
  EXPECT_EQ(associated["ConfigurationSetName"], "logins");
  EXPECT_EQ(associated.size(), 4u);
  // "This replaces the configuration sets current protect configuration" (the model).
  ok("AssociateProtectConfiguration",
     {{"ProtectConfigurationId", second}, {"ConfigurationSetName", "logins"}});
  const auto sets =
      ok("DescribeConfigurationSets",
         {{"Filters", {{{"Name", "protect-configuration-id"}, {"Values", {second}}}}}});
  ASSERT_EQ(sets["ConfigurationSets"].size(), 1u);
  EXPECT_EQ(sets["ConfigurationSets"][0]["ProtectConfigurationId"], second);
  errorWithReason("DisassociateProtectConfiguration",
                  {{"ProtectConfigurationId", first}, {"ConfigurationSetName", "logins"}},
                  "ConflictException",
                  "PROTECT_CONFIGURATION_NOT_ASSOCIATED_WITH_CONFIGURATION_SET");
  error("AssociateProtectConfiguration",
        {{"ProtectConfigurationId", first}, {"ConfigurationSetName", "missing"}},
        "ResourceNotFoundException");

  error("DeleteAccountDefaultProtectConfiguration", json::object(), "ResourceNotFoundException");
  ok("SetAccountDefaultProtectConfiguration", {{"ProtectConfigurationId", first}});
  const auto replaced =
      ok("SetAccountDefaultProtectConfiguration", {{"ProtectConfigurationId", second}});
  EXPECT_EQ(replaced.size(), 2u);
  EXPECT_EQ(replaced["DefaultProtectConfigurationId"], second);
  const auto attributes = ok("DescribeAccountAttributes", json::object())["AccountAttributes"];
  EXPECT_EQ(attributes[1], json({{"Name", "DEFAULT_PROTECT_CONFIGURATION_ID"}, {"Value", second}}));
  const auto removed = ok("DeleteAccountDefaultProtectConfiguration", json::object());
  EXPECT_EQ(removed["DefaultProtectConfigurationId"], second);
  EXPECT_EQ(ok("DescribeAccountAttributes", json::object())["AccountAttributes"].size(), 1u);
}

// The effective configuration: the request's, else the configuration set's, else the account
// default's (protect-configuration.html). A number override wins over its country's rule.
TEST_F(ProtectConfigurationsTest, SendsMeetTheConfigurationThatApplies) {
  const auto blocksCanada = createId();
  setRule(blocksCanada, "SMS", "CA", "BLOCK");
  const auto allowsAll = createId();

  ok("SendTextMessage", text(kCanada));  // no configuration applies
  ok("SetAccountDefaultProtectConfiguration", {{"ProtectConfigurationId", blocksCanada}});
  const auto blocked = errorWithReason("SendTextMessage", text(kCanada), "ConflictException",
                                       "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION");
  EXPECT_EQ(blocked["ResourceType"], "protect-configuration");
  EXPECT_EQ(blocked["ResourceId"], blocksCanada);
  errorWithReason("SendTextMessage", text(kCanada, {{"DryRun", true}}), "ConflictException",
                  "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION");
  ok("SendTextMessage", text(kUnitedStates));

  // The request's configuration wins over the default; an unknown one is not found.
  ok("SendTextMessage", text(kCanada, {{"ProtectConfigurationId", allowsAll}}));
  const auto unknown =
      error("SendTextMessage", text(kCanada, {{"ProtectConfigurationId", "protect-missing"}}),
            "ResourceNotFoundException");
  EXPECT_EQ(unknown["ResourceType"], "protect-configuration");

  // The configuration set's wins over the default.
  ok("CreateConfigurationSet", {{"ConfigurationSetName", "logins"}});
  ok("AssociateProtectConfiguration",
     {{"ProtectConfigurationId", allowsAll}, {"ConfigurationSetName", "logins"}});
  ok("SendTextMessage", text(kCanada, {{"ConfigurationSetName", "logins"}}));

  // Rules are per capability: voice and media to Canada still go.
  ok("SendVoiceMessage", text(kCanada));
  ok("SendMediaMessage", text(kCanada, {{"MediaUrls", {"s3://bucket/cat.jpg"}}}));
  setRule(blocksCanada, "VOICE", "CA", "BLOCK");
  errorWithReason("SendVoiceMessage", text(kCanada), "ConflictException",
                  "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION");

  // Overrides win over country rules: ALLOW one Canadian number, BLOCK one American.
  putOverride(blocksCanada, kCanada, "ALLOW", {{"ExpirationTimestamp", now() + 60}});
  ok("SendTextMessage", text(kCanada));
  putOverride(blocksCanada, kUnitedStates, "BLOCK");
  errorWithReason("SendTextMessage", text(kUnitedStates), "ConflictException",
                  "DESTINATION_PHONE_NUMBER_BLOCKED_BY_PROTECT_NUMBER_OVERRIDE");
  clock_.advance(std::chrono::minutes(2));  // the ALLOW override expires
  errorWithReason("SendTextMessage", text(kCanada), "ConflictException",
                  "DESTINATION_COUNTRY_BLOCKED_BY_PROTECT_CONFIGURATION");

  // MONITOR and FILTER let messages through (smsim has no AIT risk model).
  setRule(blocksCanada, "SMS", "CA", "MONITOR");
  ok("SendTextMessage", text(kCanada));
  setRule(blocksCanada, "SMS", "CA", "FILTER");
  ok("SendTextMessage", text(kCanada));
}

}  // namespace
}  // namespace smsim::testing
