// Configuration sets through the awsJson adapter: create, describe (names, filters, pages),
// delete, the defaults, and what a send that names a set picks up from it.
#include "services/sms_voice_v2/identity_fixture.hpp"
#include "state/outbox.hpp"

namespace smsim::testing {
namespace {

class ConfigurationSetsTest : public IdentityTest {
 protected:
  static constexpr const char* kArnPrefix =
      "arn:aws:sms-voice:us-east-1:123456789012:configuration-set/";

  json create(const std::string& name, json extra = json::object()) {
    json input = {{"ConfigurationSetName", name}};
    input.update(extra);
    return ok("CreateConfigurationSet", input);
  }
  std::vector<std::string> namesOf(const json& described) {
    std::vector<std::string> names;
    for (const auto& set : described["ConfigurationSets"])
      names.push_back(set["ConfigurationSetName"]);
    return names;
  }
  json send(const std::string& destination, json extra = json::object()) {
    json input = {{"DestinationPhoneNumber", destination}, {"MessageBody", "hello"}};
    input.update(extra);
    return ok("SendTextMessage", input);
  }
};

TEST_F(ConfigurationSetsTest, CreatesDescribesAndDeletesASet) {
  const auto created = create("receipts", {{"Tags", {{{"Key", "team"}, {"Value", "ops"}}}}});
  EXPECT_EQ(created["ConfigurationSetName"], "receipts");
  EXPECT_EQ(created["ConfigurationSetArn"], std::string(kArnPrefix) + "receipts");
  EXPECT_TRUE(created["CreatedTimestamp"].is_number());
  EXPECT_EQ(created["Tags"][0]["Key"], "team");

  const auto described = ok("DescribeConfigurationSets", json::object());
  ASSERT_EQ(described["ConfigurationSets"].size(), 1u);
  const auto& set = described["ConfigurationSets"][0];
  EXPECT_EQ(set["EventDestinations"], json::array());
  EXPECT_FALSE(set.contains("DefaultSenderId"));
  EXPECT_FALSE(set.contains("DefaultMessageType"));
  EXPECT_EQ(set["CreatedTimestamp"], created["CreatedTimestamp"]);
  EXPECT_EQ(
      ok("ListTagsForResource", {{"ResourceArn", created["ConfigurationSetArn"]}})["Tags"].size(),
      1u);

  const auto deleted =
      ok("DeleteConfigurationSet", {{"ConfigurationSetName", created["ConfigurationSetArn"]}});
  EXPECT_EQ(deleted["ConfigurationSetName"], "receipts");
  EXPECT_EQ(deleted["EventDestinations"], json::array());
  EXPECT_EQ(ok("DescribeConfigurationSets", json::object())["ConfigurationSets"], json::array());
  auto missing = error("DeleteConfigurationSet", {{"ConfigurationSetName", "receipts"}},
                       "ResourceNotFoundException");
  EXPECT_EQ(missing["ResourceType"], "configuration-set");
  EXPECT_EQ(missing["ResourceId"], "receipts");
}

TEST_F(ConfigurationSetsTest, RefusesADuplicateNameAndTheFiftyFirstSet) {
  create("dup");
  auto conflict = errorWithReason("CreateConfigurationSet", {{"ConfigurationSetName", "dup"}},
                                  "ConflictException", "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(conflict["ResourceType"], "configuration-set");
  for (int i = 1; i < 50; ++i) create("set-" + std::to_string(i));
  errorWithReason("CreateConfigurationSet", {{"ConfigurationSetName", "one-too-many"}},
                  "ServiceQuotaExceededException", "CONFIGURATION_SETS_PER_ACCOUNT");
  const auto limits = ok("DescribeAccountLimits", json::object());
  for (const auto& limit : limits["AccountLimits"]) {
    if (limit["Name"] == "CONFIGURATION_SETS") {
      EXPECT_EQ(limit["Used"], 50);
    }
  }
}

TEST_F(ConfigurationSetsTest, DescribesByNameOrArnFilterAndPage) {
  for (const auto* name : {"alpha", "bravo", "charlie"}) create(name);
  ok("SetDefaultMessageType", {{"ConfigurationSetName", "bravo"}, {"MessageType", "PROMOTIONAL"}});
  ok("SetDefaultSenderId", {{"ConfigurationSetName", "charlie"}, {"SenderId", "ACME"}});

  EXPECT_EQ(
      namesOf(ok("DescribeConfigurationSets",
                 {{"ConfigurationSetNames", {"charlie", std::string(kArnPrefix) + "alpha"}}})),
      (std::vector<std::string>{"alpha", "charlie"}));
  auto unknown = error("DescribeConfigurationSets", {{"ConfigurationSetNames", {"nope"}}},
                       "ResourceNotFoundException");
  EXPECT_EQ(unknown["ResourceType"], "configuration-set");

  auto filtered = [&](const std::string& name, const std::string& value) {
    return namesOf(
        ok("DescribeConfigurationSets", {{"Filters", {{{"Name", name}, {"Values", {value}}}}}}));
  };
  EXPECT_EQ(filtered("default-message-type", "PROMOTIONAL"), std::vector<std::string>{"bravo"});
  EXPECT_EQ(filtered("default-sender-id", "ACME"), std::vector<std::string>{"charlie"});
  EXPECT_EQ(filtered("default-message-feedback-enabled", "false").size(), 3u);
  EXPECT_TRUE(filtered("protect-configuration-id", "pc-1").empty());

  auto first = ok("DescribeConfigurationSets", {{"MaxResults", 2}});
  EXPECT_EQ(namesOf(first), (std::vector<std::string>{"alpha", "bravo"}));
  auto second =
      ok("DescribeConfigurationSets", {{"MaxResults", 2}, {"NextToken", first["NextToken"]}});
  EXPECT_EQ(namesOf(second), std::vector<std::string>{"charlie"});
  EXPECT_FALSE(second.contains("NextToken"));
  errorWithReason("DescribeConfigurationSets", {{"NextToken", "bogus"}}, "ValidationException",
                  "INVALID_NEXT_TOKEN");
}

TEST_F(ConfigurationSetsTest, SetsAndDeletesDefaults) {
  create("defaults");
  const json set = {{"ConfigurationSetName", "defaults"}};
  auto senderId =
      ok("SetDefaultSenderId", {{"ConfigurationSetName", "defaults"}, {"SenderId", "ACME"}});
  EXPECT_EQ(senderId["SenderId"], "ACME");
  EXPECT_EQ(senderId["ConfigurationSetArn"], std::string(kArnPrefix) + "defaults");
  EXPECT_EQ(ok("DeleteDefaultSenderId", set)["SenderId"], "ACME");
  EXPECT_FALSE(ok("DeleteDefaultSenderId", set).contains("SenderId"));

  EXPECT_EQ(ok("SetDefaultMessageType", {{"ConfigurationSetName", "defaults"},
                                         {"MessageType", "PROMOTIONAL"}})["MessageType"],
            "PROMOTIONAL");
  EXPECT_EQ(ok("DeleteDefaultMessageType", set)["MessageType"], "PROMOTIONAL");

  EXPECT_EQ(ok("SetDefaultMessageFeedbackEnabled",
               {{"ConfigurationSetName", "defaults"},
                {"MessageFeedbackEnabled", true}})["MessageFeedbackEnabled"],
            true);
  const auto described = ok("DescribeConfigurationSets", json::object())["ConfigurationSets"][0];
  EXPECT_EQ(described["DefaultMessageFeedbackEnabled"], true);
  EXPECT_FALSE(described.contains("DefaultMessageType"));

  for (const auto* operation : {"SetDefaultMessageFeedbackEnabled", "DeleteDefaultMessageType"}) {
    json input = {{"ConfigurationSetName", "ghost"}, {"MessageFeedbackEnabled", true}};
    if (std::string(operation) == "DeleteDefaultMessageType") input.erase("MessageFeedbackEnabled");
    EXPECT_EQ(error(operation, input, "ResourceNotFoundException")["ResourceType"],
              "configuration-set");
  }
  // The model's SenderId pattern and length hold.
  errorWithReason("SetDefaultSenderId",
                  {{"ConfigurationSetName", "defaults"}, {"SenderId", "TOO-LONG-SENDER"}},
                  "ValidationException", "FIELD_VALIDATION_FAILED");
}

// DeleteConfigurationSetResult has no ProtectConfigurationId; its DefaultMessageFeedbackEnabled
// is "By default ... set to false" (the model).
TEST_F(ConfigurationSetsTest, DeleteAnswersExactlyTheShapesMembers) {
  create("receipts");
  ok("CreateEventDestination",
     {{"ConfigurationSetName", "receipts"},
      {"EventDestinationName", "to-sns"},
      {"MatchingEventTypes", {"ALL"}},
      {"SnsDestination", {{"TopicArn", "arn:aws:sns:us-east-1:123456789012:sms-events"}}}});
  ok("SetDefaultMessageType",
     {{"ConfigurationSetName", "receipts"}, {"MessageType", "PROMOTIONAL"}});
  ok("SetDefaultSenderId", {{"ConfigurationSetName", "receipts"}, {"SenderId", "ACME"}});
  const std::string protect =
      ok("CreateProtectConfiguration", json::object())["ProtectConfigurationId"];
  ok("AssociateProtectConfiguration",
     {{"ProtectConfigurationId", protect}, {"ConfigurationSetName", "receipts"}});
  EXPECT_EQ(ok("DescribeConfigurationSets",
               json::object())["ConfigurationSets"][0]["ProtectConfigurationId"],
            protect);

  const auto deleted = ok("DeleteConfigurationSet", {{"ConfigurationSetName", "receipts"}});
  EXPECT_EQ(deleted["ConfigurationSetArn"], std::string(kArnPrefix) + "receipts");
  EXPECT_EQ(deleted["EventDestinations"][0]["EventDestinationName"], "to-sns");
  EXPECT_EQ(deleted["DefaultMessageType"], "PROMOTIONAL");
  EXPECT_EQ(deleted["DefaultSenderId"], "ACME");
  EXPECT_EQ(deleted["DefaultMessageFeedbackEnabled"], false);
  EXPECT_TRUE(deleted["CreatedTimestamp"].is_number());
  EXPECT_FALSE(deleted.contains("ProtectConfigurationId"));
  EXPECT_EQ(deleted.size(), 7u);
  // The set took its association with it: the protect configuration can now be deleted.
  ok("DeleteProtectConfiguration", {{"ProtectConfigurationId", protect}});
}

TEST_F(ConfigurationSetsTest, CreateAndDescribeAnswerExactlyTheShapesMembers) {
  const auto created = create("plain");
  EXPECT_EQ(created["Tags"], json::array());
  EXPECT_EQ(created.size(), 4u);
  const auto described = ok("DescribeConfigurationSets", json::object());
  EXPECT_EQ(described.size(), 1u);  // no NextToken on the last page
  const auto& set = described["ConfigurationSets"][0];
  EXPECT_EQ(set["ConfigurationSetArn"], created["ConfigurationSetArn"]);
  EXPECT_EQ(set["EventDestinations"], json::array());
  EXPECT_EQ(set["DefaultMessageFeedbackEnabled"], false);
  EXPECT_EQ(set.size(), 5u);  // Arn, Name, EventDestinations, feedback, CreatedTimestamp
}

// A replay of the ClientToken answers the first result instead of RESOURCE_ALREADY_EXISTS.
TEST_F(ConfigurationSetsTest, AClientTokenReplayAnswersTheFirstResult) {
  const auto first = create("replayed", {{"ClientToken", "token-1"}});
  const auto again = create("replayed", {{"ClientToken", "token-1"}});
  EXPECT_EQ(again, first);
  errorWithReason("CreateConfigurationSet",
                  {{"ConfigurationSetName", "replayed"}, {"ClientToken", "token-2"}},
                  "ConflictException", "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(ok("DescribeConfigurationSets", json::object())["ConfigurationSets"].size(), 1u);
}

// "If you specify a configuration set name that isn't valid, an error is returned" (the model);
// at most five names (ConfigurationSetNameList); filter values outside their enum or true/false.
TEST_F(ConfigurationSetsTest, DescribeRefusesWhatCanNeverMatch) {
  create("alpha");
  errorWithReason(
      "DescribeConfigurationSets",
      {{"ConfigurationSetNames", {"alpha", "alpha", "alpha", "alpha", "alpha", "alpha"}}},
      "ValidationException", "FIELD_VALIDATION_FAILED");
  for (const auto& [name, value] :
       std::vector<std::pair<std::string, std::string>>{{"default-message-type", "BULK"},
                                                        {"default-message-feedback-enabled", "yes"},
                                                        {"matching-event-types", "TEXT_READ"}}) {
    auto body = errorWithReason("DescribeConfigurationSets",
                                {{"Filters", {{{"Name", name}, {"Values", {value}}}}}},
                                "ValidationException", "INVALID_FILTER_VALUES");
    EXPECT_EQ(body["Fields"][0]["Name"], "Filters") << name;
  }
  // Values from the enums select, as before.
  EXPECT_EQ(
      ok("DescribeConfigurationSets",
         {{"Filters",
           {{{"Name", "matching-event-types"}, {"Values", {"TEXT_ALL"}}}}}})["ConfigurationSets"],
      json::array());
  EXPECT_EQ(
      ok("DescribeConfigurationSets", {{"Filters",
                                        {{{"Name", "default-message-type"},
                                          {"Values", {"TRANSACTIONAL"}}}}}})["ConfigurationSets"],
      json::array());
}

// Each Set/Delete default answers the set's ARN and name and the one value its shape names; a
// Delete with nothing set leaves the value out.
TEST_F(ConfigurationSetsTest, DefaultsAnswerExactlyTheShapesMembers) {
  create("defaults");
  const json set = {{"ConfigurationSetName", "defaults"}};
  EXPECT_EQ(
      ok("SetDefaultSenderId", {{"ConfigurationSetName", "defaults"}, {"SenderId", "ACME"}}).size(),
      3u);
  EXPECT_EQ(ok("SetDefaultMessageType",
               {{"ConfigurationSetName", "defaults"}, {"MessageType", "TRANSACTIONAL"}})
                .size(),
            3u);
  const auto feedback = ok("SetDefaultMessageFeedbackEnabled",
                           {{"ConfigurationSetName", std::string(kArnPrefix) + "defaults"},
                            {"MessageFeedbackEnabled", false}});
  EXPECT_EQ(feedback, json({{"ConfigurationSetArn", std::string(kArnPrefix) + "defaults"},
                            {"ConfigurationSetName", "defaults"},
                            {"MessageFeedbackEnabled", false}}));
  EXPECT_EQ(ok("DeleteDefaultSenderId", set).size(), 3u);
  EXPECT_EQ(ok("DeleteDefaultMessageType", set)["MessageType"], "TRANSACTIONAL");
  EXPECT_EQ(ok("DeleteDefaultMessageType", set),
            json({{"ConfigurationSetArn", std::string(kArnPrefix) + "defaults"},
                  {"ConfigurationSetName", "defaults"}}));
}

// The default sender ID is used "instead of a generic sender ID, such as 'NOTICE'" when no
// registered sender ID is available (the model): it need not be one the account requested.
TEST_F(ConfigurationSetsTest, ADefaultSenderIdNeedNotBeRequested) {
  create("brand");
  EXPECT_EQ(ok("SetDefaultSenderId",
               {{"ConfigurationSetName", "brand"}, {"SenderId", "NOTICE"}})["SenderId"],
            "NOTICE");
  EXPECT_EQ(ok("DescribeSenderIds", json::object())["SenderIds"], json::array());
  errorWithReason("SetDefaultSenderId", {{"ConfigurationSetName", "brand"}, {"SenderId", "A.B"}},
                  "ValidationException", "FIELD_VALIDATION_FAILED");
  EXPECT_EQ(error("SetDefaultSenderId", {{"ConfigurationSetName", "ghost"}, {"SenderId", "ACME"}},
                  "ResourceNotFoundException")["ResourceType"],
            "configuration-set");
  EXPECT_EQ(error("DeleteDefaultSenderId", {{"ConfigurationSetName", "ghost"}},
                  "ResourceNotFoundException")["ResourceType"],
            "configuration-set");
}

// MessageType is TRANSACTIONAL or PROMOTIONAL (the model's enum); the set must exist.
TEST_F(ConfigurationSetsTest, ADefaultMessageTypeIsOneOfTheTwoOnAnExistingSet) {
  create("types");
  errorWithReason("SetDefaultMessageType",
                  {{"ConfigurationSetName", "types"}, {"MessageType", "BULK"}},
                  "ValidationException", "FIELD_VALIDATION_FAILED");
  EXPECT_EQ(error("SetDefaultMessageType",
                  {{"ConfigurationSetName", "ghost"}, {"MessageType", "PROMOTIONAL"}},
                  "ResourceNotFoundException")["ResourceType"],
            "configuration-set");
  EXPECT_FALSE(ok("DescribeConfigurationSets", json::object())["ConfigurationSets"][0].contains(
      "DefaultMessageType"));
}

TEST_F(ConfigurationSetsTest, ASendNamingAnUnknownSetFailsAndSendsNothing) {
  leaseNumber();
  auto body = error("SendTextMessage",
                    {{"DestinationPhoneNumber", "+14155550100"},
                     {"MessageBody", "hi"},
                     {"ConfigurationSetName", "typo"}},
                    "ResourceNotFoundException");
  EXPECT_EQ(body["ResourceType"], "configuration-set");
  EXPECT_EQ(body["ResourceId"], "typo");
  EXPECT_TRUE(store_.outbox().list({}).empty());
}

TEST_F(ConfigurationSetsTest, ASendTakesTheSetsDefaultMessageTypeWhenItNamesNone) {
  leaseNumber();  // TRANSACTIONAL
  const auto created = create("promo");
  ok("SetDefaultMessageType", {{"ConfigurationSetName", "promo"}, {"MessageType", "PROMOTIONAL"}});
  send("+14155550100", {{"ConfigurationSetName", created["ConfigurationSetArn"]}});
  send("+14155550101", {{"ConfigurationSetName", "promo"}, {"MessageType", "TRANSACTIONAL"}});
  send("+14155550102");
  const auto messages = store_.outbox().list({});
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_EQ(messages[0].messageType, "PROMOTIONAL");
  EXPECT_EQ(messages[0].configurationSetName, "promo");  // the name, also when given the ARN
  EXPECT_EQ(messages[1].messageType, "TRANSACTIONAL");
  EXPECT_EQ(messages[2].messageType, "TRANSACTIONAL");
}

TEST_F(ConfigurationSetsTest, TheDefaultSenderIdSendsWhereNoNumberCanAndSenderIdsAreAllowed) {
  create("brand");
  ok("SetDefaultSenderId", {{"ConfigurationSetName", "brand"}, {"SenderId", "ACME"}});
  send("+447700900123", {{"ConfigurationSetName", "brand"}});
  const auto messages = store_.outbox().list({});
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0].originationNumber, "ACME");
  EXPECT_EQ(messages[0].originationIdentity, "ACME");
  // No sender IDs to +1 destinations, and none without the set.
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+14155550100"},
                   {"MessageBody", "hi"},
                   {"ConfigurationSetName", "brand"}},
                  "ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND");
  errorWithReason("SendTextMessage",
                  {{"DestinationPhoneNumber", "+447700900123"}, {"MessageBody", "hi"}},
                  "ConflictException", "NO_ORIGINATION_IDENTITIES_FOUND");
  // A number that reaches the destination wins over the sender ID.
  const auto number = leaseNumber();
  send("+14155550100", {{"ConfigurationSetName", "brand"}});
  EXPECT_EQ(store_.outbox().list({}).back().originationNumber, number["PhoneNumber"]);
}

}  // namespace
}  // namespace smsim::testing
