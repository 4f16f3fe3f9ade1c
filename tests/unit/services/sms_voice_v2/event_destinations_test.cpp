// Event destinations of a configuration set through the awsJson adapter: the three kinds, the
// per-set limit, updates that keep the kind, and destination ARNs that don't parse.
#include "services/sms_voice_v2/aws_service_fixture.hpp"

namespace smsim::testing {
namespace {

class EventDestinationsTest : public AwsServiceTest {
 protected:
  static constexpr const char* kTopic = "arn:aws:sns:us-east-1:123456789012:sms-events";
  static constexpr const char* kRole = "arn:aws:iam::123456789012:role/sms-events";

  void SetUp() override { ok("CreateConfigurationSet", {{"ConfigurationSetName", "receipts"}}); }

  json input(const std::string& name, json extra) {
    json in = {{"ConfigurationSetName", "receipts"},
               {"EventDestinationName", name},
               {"MatchingEventTypes", {"ALL"}}};
    in.update(extra);
    return in;
  }
  json sns(const std::string& topic = kTopic) {
    return {{"SnsDestination", {{"TopicArn", topic}}}};
  }
};

TEST_F(EventDestinationsTest, CreatesEachKindAndDescribesThemInOrder) {
  auto created = ok("CreateEventDestination", input("to-sns", sns()));
  EXPECT_EQ(created["ConfigurationSetName"], "receipts");
  EXPECT_EQ(created["EventDestination"], json({{"EventDestinationName", "to-sns"},
                                               {"Enabled", true},
                                               {"MatchingEventTypes", {"ALL"}},
                                               {"SnsDestination", {{"TopicArn", kTopic}}}}));
  ok("CreateEventDestination",
     input("to-firehose", {{"MatchingEventTypes", {"TEXT_ALL", "VOICE_ALL"}},
                           {"KinesisFirehoseDestination",
                            {{"IamRoleArn", kRole},
                             {"DeliveryStreamArn",
                              "arn:aws:firehose:us-east-1:123456789012:deliverystream/sms"}}}}));
  ok("CreateEventDestination",
     input("to-logs",
           {{"MatchingEventTypes", {"TEXT_DELIVERED", "MEDIA_ALL"}},
            {"CloudWatchLogsDestination",
             {{"IamRoleArn", kRole},
              {"LogGroupArn", "arn:aws:logs:us-east-1:123456789012:log-group:sms:*"}}}}));

  const auto set = ok("DescribeConfigurationSets", json::object())["ConfigurationSets"][0];
  ASSERT_EQ(set["EventDestinations"].size(), 3u);
  EXPECT_EQ(set["EventDestinations"][1]["KinesisFirehoseDestination"]["IamRoleArn"], kRole);
  EXPECT_EQ(set["EventDestinations"][2]["CloudWatchLogsDestination"]["LogGroupArn"],
            "arn:aws:logs:us-east-1:123456789012:log-group:sms:*");
  auto byType = ok("DescribeConfigurationSets",
                   {{"Filters", {{{"Name", "matching-event-types"}, {"Values", {"MEDIA_ALL"}}}}}});
  EXPECT_EQ(byType["ConfigurationSets"].size(), 1u);
  auto byName = ok("DescribeConfigurationSets",
                   {{"Filters", {{{"Name", "event-destination-name"}, {"Values", {"nope"}}}}}});
  EXPECT_EQ(byName["ConfigurationSets"], json::array());
}

TEST_F(EventDestinationsTest, AllowsFiveDestinationsPerSetAndUniqueNames) {
  for (int i = 0; i < 5; ++i) ok("CreateEventDestination", input("d" + std::to_string(i), sns()));
  auto duplicate = errorWithReason("CreateEventDestination", input("d0", sns()),
                                   "ConflictException", "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(duplicate["ResourceType"], "event-destination");
  errorWithReason("CreateEventDestination", input("d5", sns()), "ServiceQuotaExceededException",
                  "EVENT_DESTINATIONS_PER_CONFIGURATION_SET");
}

TEST_F(EventDestinationsTest, UpdatesEnabledTypesAndTargetButNotTheKind) {
  ok("CreateEventDestination", input("to-sns", sns()));
  auto updated =
      ok("UpdateEventDestination",
         {{"ConfigurationSetName", "receipts"},
          {"EventDestinationName", "to-sns"},
          {"Enabled", false},
          {"MatchingEventTypes", {"TEXT_DELIVERED", "TEXT_BLOCKED"}},
          {"SnsDestination", {{"TopicArn", "arn:aws:sns:us-east-1:123456789012:other"}}}});
  EXPECT_EQ(updated["EventDestination"]["Enabled"], false);
  EXPECT_EQ(updated["EventDestination"]["MatchingEventTypes"].size(), 2u);
  EXPECT_EQ(updated["EventDestination"]["SnsDestination"]["TopicArn"],
            "arn:aws:sns:us-east-1:123456789012:other");
  errorWithReason(
      "UpdateEventDestination",
      {{"ConfigurationSetName", "receipts"},
       {"EventDestinationName", "to-sns"},
       {"KinesisFirehoseDestination",
        {{"IamRoleArn", kRole},
         {"DeliveryStreamArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/sms"}}}},
      "ConflictException", "EVENT_DESTINATION_MISMATCH");
  auto missing = error("UpdateEventDestination",
                       {{"ConfigurationSetName", "receipts"}, {"EventDestinationName", "ghost"}},
                       "ResourceNotFoundException");
  EXPECT_EQ(missing["ResourceType"], "event-destination");

  auto deleted = ok("DeleteEventDestination",
                    {{"ConfigurationSetName", "receipts"}, {"EventDestinationName", "to-sns"}});
  EXPECT_EQ(deleted["EventDestination"]["EventDestinationName"], "to-sns");
  EXPECT_EQ(
      ok("DescribeConfigurationSets", json::object())["ConfigurationSets"][0]["EventDestinations"],
      json::array());
}

TEST_F(EventDestinationsTest, RefusesBadDestinations) {
  // None, or two at once.
  errorWithReason("CreateEventDestination", input("none", json::object()), "ValidationException",
                  "MISSING_PARAMETER");
  auto both = sns();
  both["CloudWatchLogsDestination"] = {
      {"IamRoleArn", kRole}, {"LogGroupArn", "arn:aws:logs:us-east-1:123456789012:log-group:x"}};
  errorWithReason("CreateEventDestination", input("both", both), "ValidationException",
                  "PARAMETERS_CANNOT_BE_USED_TOGETHER");
  // ARNs that don't parse or name the wrong service.
  for (const auto* topic : {"arn:aws:sns:us-east-1:1234:short-account",
                            "arn:aws:sqs:us-east-1:123456789012:a-queue", "arn:aws:sns-no-parts"}) {
    auto body = errorWithReason("CreateEventDestination", input("bad", sns(topic)),
                                "ValidationException", "INVALID_ARN");
    EXPECT_EQ(body["Fields"][0]["Name"], "SnsDestination.TopicArn") << topic;
  }
  errorWithReason(
      "CreateEventDestination",
      input(
          "bad-role",
          {{"KinesisFirehoseDestination",
            {{"IamRoleArn", "arn:aws:iam::123456789012:user/me"},
             {"DeliveryStreamArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/s"}}}}),
      "ValidationException", "INVALID_ARN");
  // An unknown destination type is a member the model doesn't have, ignored as AWS ignores
  // unknown members: the request names no destination.
  errorWithReason(
      "CreateEventDestination",
      input("sqs", {{"SqsDestination", {{"QueueArn", "arn:aws:sqs:us-east-1:123456789012:q"}}}}),
      "ValidationException", "MISSING_PARAMETER");
  // An unknown event type, and TEXT_SENT, which the documentation says is not supported.
  errorWithReason("CreateEventDestination",
                  input("types", {{"MatchingEventTypes", {"TEXT_READ"}},
                                  {"SnsDestination", {{"TopicArn", kTopic}}}}),
                  "ValidationException", "FIELD_VALIDATION_FAILED");
  errorWithReason("CreateEventDestination",
                  input("sent", {{"MatchingEventTypes", {"TEXT_SENT"}},
                                 {"SnsDestination", {{"TopicArn", kTopic}}}}),
                  "ValidationException", "INVALID_PARAMETER");
  auto unknownSet = input("x", sns());
  unknownSet["ConfigurationSetName"] = "ghost";
  EXPECT_EQ(
      error("CreateEventDestination", unknownSet, "ResourceNotFoundException")["ResourceType"],
      "configuration-set");
}

// Update: at most one destination; TEXT_SENT "is not supported"; "You can update the IAM role
// ARN for CloudWatch Logs and Firehose" (the model); the set and the destination must exist.
TEST_F(EventDestinationsTest, UpdateChecksWhatCreateChecksAndChangesTheRole) {
  const std::string stream = "arn:aws:firehose:us-east-1:123456789012:deliverystream/sms";
  ok("CreateEventDestination",
     input("to-firehose", {{"KinesisFirehoseDestination",
                            {{"IamRoleArn", kRole}, {"DeliveryStreamArn", stream}}}}));
  const json named = {{"ConfigurationSetName", "receipts"},
                      {"EventDestinationName", "to-firehose"}};
  auto sent = named;
  sent["MatchingEventTypes"] = {"TEXT_SENT"};
  errorWithReason("UpdateEventDestination", sent, "ValidationException", "INVALID_PARAMETER");
  auto two = named;
  two.update(sns());
  two["KinesisFirehoseDestination"] = {{"IamRoleArn", kRole}, {"DeliveryStreamArn", stream}};
  errorWithReason("UpdateEventDestination", two, "ValidationException",
                  "PARAMETERS_CANNOT_BE_USED_TOGETHER");
  auto badArn = named;
  badArn["KinesisFirehoseDestination"] = {{"IamRoleArn", "arn:aws:iam::123456789012:user/me"},
                                          {"DeliveryStreamArn", stream}};
  errorWithReason("UpdateEventDestination", badArn, "ValidationException", "INVALID_ARN");

  auto role = named;
  role["KinesisFirehoseDestination"] = {{"IamRoleArn", "arn:aws:iam::123456789012:role/other"},
                                        {"DeliveryStreamArn", stream}};
  const auto updated = ok("UpdateEventDestination", role);
  EXPECT_EQ(updated["EventDestination"]["KinesisFirehoseDestination"]["IamRoleArn"],
            "arn:aws:iam::123456789012:role/other");
  EXPECT_EQ(updated["EventDestination"]["Enabled"], true);  // what the update omits stays

  auto ghostSet = named;
  ghostSet["ConfigurationSetName"] = "ghost";
  EXPECT_EQ(error("UpdateEventDestination", ghostSet, "ResourceNotFoundException")["ResourceType"],
            "configuration-set");
  EXPECT_EQ(error("DeleteEventDestination", ghostSet, "ResourceNotFoundException")["ResourceType"],
            "configuration-set");
  auto ghost = named;
  ghost["EventDestinationName"] = "ghost";
  EXPECT_EQ(error("DeleteEventDestination", ghost, "ResourceNotFoundException")["ResourceType"],
            "event-destination");
}

// Each result is the set's ARN and name and one EventDestination with the one destination given.
TEST_F(EventDestinationsTest, ResultsCarryExactlyTheShapesMembers) {
  const std::string setArn = "arn:aws:sms-voice:us-east-1:123456789012:configuration-set/receipts";
  auto created = ok("CreateEventDestination", input("to-sns", sns()));
  EXPECT_EQ(created.size(), 3u);
  EXPECT_EQ(created["ConfigurationSetArn"], setArn);
  EXPECT_EQ(created["EventDestination"].size(), 4u);
  const json named = {{"ConfigurationSetName", setArn}, {"EventDestinationName", "to-sns"}};
  auto updated = ok("UpdateEventDestination", named);
  EXPECT_EQ(updated, created);  // an update that changes nothing answers the same destination
  auto deleted = ok("DeleteEventDestination", named);
  EXPECT_EQ(deleted, created);
}

// A ClientToken replay of CreateEventDestination answers the first result.
TEST_F(EventDestinationsTest, AClientTokenReplayAnswersTheFirstResult) {
  auto first = input("to-sns", sns());
  first["ClientToken"] = "token-1";
  const auto created = ok("CreateEventDestination", first);
  EXPECT_EQ(ok("CreateEventDestination", first), created);
  first["ClientToken"] = "token-2";
  errorWithReason("CreateEventDestination", first, "ConflictException", "RESOURCE_ALREADY_EXISTS");
}

}  // namespace
}  // namespace smsim::testing
