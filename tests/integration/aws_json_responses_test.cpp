// The awsJson1.0 wire format over real HTTP: headers on successes and errors, typed error
// members, accounts taken from the SigV4 credential scope.
#include <string>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr int kStatusNotImplemented = 501;

class AwsJsonResponsesTest : public RunningServer {};

TEST_F(AwsJsonResponsesTest, SuccessesCarryARequestIdAndTheAwsJsonContentType) {
  auto http = client();
  auto result = postAws(http, "DescribeOptOutLists", "{}");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, kStatusOk);
  EXPECT_EQ(result->get_header_value("Content-Type"), kAwsJsonContentType);
  EXPECT_FALSE(result->get_header_value("x-amzn-RequestId").empty());
  EXPECT_FALSE(result->has_header("x-amzn-ErrorType"));

  auto again = postAws(http, "DescribeOptOutLists", "{}");
  ASSERT_TRUE(again);
  EXPECT_NE(again->get_header_value("x-amzn-RequestId"),
            result->get_header_value("x-amzn-RequestId"));
}

TEST_F(AwsJsonResponsesTest, ErrorsCarryTypeHeaderRequestIdAndTheShapesMembers) {
  auto http = client();
  auto result = postAws(http, "PutOptedOutNumber",
                        R"({"OptOutListName": "Default", "OptedOutNumber": "+0123"})");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, kStatusBadRequest);
  EXPECT_EQ(result->get_header_value("Content-Type"), kAwsJsonContentType);
  EXPECT_EQ(result->get_header_value("x-amzn-ErrorType"), "ValidationException");
  EXPECT_FALSE(result->get_header_value("x-amzn-RequestId").empty());
  const auto body = json::parse(result->body);
  EXPECT_EQ(body["__type"], "ValidationException");
  EXPECT_EQ(body["Reason"], "FIELD_VALIDATION_FAILED");
  EXPECT_EQ(body["Fields"][0]["Name"], "optedOutNumber");

  const auto missing = fails("PutOptedOutNumber", json::object(), "ValidationException");
  EXPECT_EQ(missing["Reason"], "MISSING_PARAMETER");
  EXPECT_EQ(missing["Fields"].size(), 2u);

  const auto notFound =
      fails("DeleteOptOutList", {{"OptOutListName", "nope"}}, "ResourceNotFoundException");
  EXPECT_EQ(notFound["ResourceType"], "opt-out-list");
  EXPECT_EQ(notFound["ResourceId"], "nope");

  const auto conflict =
      fails("CreateOptOutList", {{"OptOutListName", "Default"}}, "ConflictException");
  EXPECT_EQ(conflict["Reason"], "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(conflict["ResourceType"], "opt-out-list");
  EXPECT_EQ(conflict["ResourceId"], "Default");
}

TEST_F(AwsJsonResponsesTest, AValidOperationThatIsNotEmulatedSaysSo) {
  auto result = postAws("DescribeRegistrations", "{}");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, kStatusNotImplemented);
  EXPECT_EQ(result->get_header_value("x-amzn-ErrorType"), "NotImplementedException");
  EXPECT_NE(json::parse(result->body)["message"].get<std::string>().find("not emulate"),
            std::string::npos);
}

TEST_F(AwsJsonResponsesTest, TheCredentialScopeSelectsAccountAndRegion) {
  auto http = client();
  auto created = postAws(http, "CreateOptOutList", R"({"OptOutListName": "mine"})",
                         kAwsJsonContentType, authorizationFor("111122223333", "eu-west-1"));
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, kStatusOk) << created->body;
  EXPECT_EQ(json::parse(created->body)["OptOutListArn"],
            "arn:aws:sms-voice:eu-west-1:111122223333:opt-out-list/mine");

  for (const auto& [account, region] :
       {std::pair{"444455556666", "eu-west-1"}, std::pair{"111122223333", "us-east-1"}}) {
    auto lists = postAws(http, "DescribeOptOutLists", "{}", kAwsJsonContentType,
                         authorizationFor(account, region));
    ASSERT_TRUE(lists);
    const auto names = json::parse(lists->body)["OptOutLists"];
    ASSERT_EQ(names.size(), 1u) << account << " " << region << ": " << lists->body;
    EXPECT_EQ(names[0]["OptOutListName"], "Default");
  }
}

}  // namespace
}  // namespace smsim::integration
