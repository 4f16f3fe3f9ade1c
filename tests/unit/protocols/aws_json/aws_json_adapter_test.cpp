// The awsJson1.0 adapter and the opt-out services behind it, without sockets.
#include "protocols/aws_json/aws_json_adapter.hpp"

#include <gtest/gtest.h>

#include <set>
#include <thread>
#include <vector>

#include "services/sms_voice_v2/aws_service_fixture.hpp"

namespace smsim::aws_json {
namespace {

using nlohmann::json;

class AwsJsonAdapterTest : public smsim::testing::AwsServiceTest {};

TEST_F(AwsJsonAdapterTest, RefusesMalformedRequestsInAwsFormat) {
  struct Case {
    std::string target, contentType, body, type;
  };
  const std::string put = "PinpointSMSVoiceV2.PutOptedOutNumber";
  for (const auto& c : std::vector<Case>{
           {"", kContentType, "{}", "UnknownOperationException"},
           {"PinpointSMSVoiceV2.NoSuchThing", kContentType, "{}", "UnknownOperationException"},
           {"Other.PutOptedOutNumber", kContentType, "{}", "UnknownOperationException"},
           {put, kContentType, "{not json", "SerializationException"},
           {put, kContentType, "[1,2]", "SerializationException"},
           {put, kContentType, "\"text\"", "SerializationException"},
           {put, kContentType, "{\"OptOutListName\":\"\xff\xfe\"}", "SerializationException"},
           {put, kContentType, std::string(100000, '[') + std::string(100000, ']'),
            "SerializationException"},
           {put, "text/plain", "{}", "SerializationException"},
       }) {
    auto response = adapter_.handle({c.target, c.contentType, "", c.body});
    EXPECT_EQ(response.status, 400) << c.body.substr(0, 40);
    EXPECT_EQ(response.errorType, c.type) << c.body.substr(0, 40);
    EXPECT_EQ(json::parse(response.body)["__type"], c.type);
  }
}

TEST_F(AwsJsonAdapterTest, ValidatesAgainstTheModelBeforeAnythingElse) {
  auto body =
      error("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+0123"}},
            "ValidationException");
  EXPECT_EQ(body["Reason"], "FIELD_VALIDATION_FAILED");
  EXPECT_EQ(body["message"],
            "1 validation error detected: Value '+0123' at 'optedOutNumber' failed to satisfy "
            "constraint: Member must satisfy regular expression pattern: \\+?[1-9][0-9]{1,18}");
  ASSERT_EQ(body["Fields"].size(), 1u);

  body = error("PutOptedOutNumber", json::object(), "ValidationException");
  EXPECT_EQ(body["Reason"], "MISSING_PARAMETER");
  EXPECT_EQ(body["Fields"].size(), 2u);
}

TEST_F(AwsJsonAdapterTest, SaysClearlyWhenAValidOperationIsNotEmulated) {
  auto response = call("DescribeRegistrations", "{}");
  EXPECT_EQ(response.status, 501);
  EXPECT_NE(json::parse(response.body)["message"].get<std::string>().find("not emulate"),
            std::string::npos);
  // ... but still validates it first.
  EXPECT_EQ(call("DescribeRegistrations", R"({"MaxResults": 0})").errorType, "ValidationException");
}

TEST_F(AwsJsonAdapterTest, EveryAccountStartsWithTheDefaultList) {
  const auto lists = ok("DescribeOptOutLists", json::object());
  ASSERT_EQ(lists["OptOutLists"].size(), 1u);
  EXPECT_EQ(lists["OptOutLists"][0]["OptOutListName"], "Default");
  EXPECT_EQ(lists["OptOutLists"][0]["OptOutListArn"],
            "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default");
}

TEST_F(AwsJsonAdapterTest, KeepsAccountsAndRegionsApart) {
  const std::string other =
      "AWS4-HMAC-SHA256 Credential=111122223333/20261122/eu-west-1/sms-voice/aws4_request, "
      "SignedHeaders=host, Signature=x";
  ok("CreateOptOutList", {{"OptOutListName", "mine"}});
  auto response = call("DescribeOptOutLists", "{}", other);
  ASSERT_EQ(response.status, 200);
  const auto lists = json::parse(response.body)["OptOutLists"];
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(lists[0]["OptOutListArn"],
            "arn:aws:sms-voice:eu-west-1:111122223333:opt-out-list/Default");
  EXPECT_EQ(response.scope.accountId, "111122223333");
}

TEST_F(AwsJsonAdapterTest, CreatesListsIdempotentlyAndRefusesDuplicates) {
  const json create = {{"OptOutListName", "marketing"},
                       {"ClientToken", "token-1"},
                       {"Tags", {{{"Key", "team"}, {"Value", "growth"}}}}};
  const auto first = ok("CreateOptOutList", create);
  EXPECT_EQ(first["Tags"][0]["Value"], "growth");
  EXPECT_EQ(ok("CreateOptOutList", create), first);
  const auto body =
      error("CreateOptOutList", {{"OptOutListName", "marketing"}}, "ConflictException");
  EXPECT_EQ(body["Reason"], "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(body["ResourceType"], "opt-out-list");
  EXPECT_EQ(body["ResourceId"], "marketing");
}

TEST_F(AwsJsonAdapterTest, MissingListsAreResourceNotFound) {
  for (const std::string name :
       {"nope", "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/nope",
        "arn:aws:sms-voice:eu-west-1:123456789012:opt-out-list/Default"}) {
    const auto body =
        error("PutOptedOutNumber", {{"OptOutListName", name}, {"OptedOutNumber", "+14155550100"}},
              "ResourceNotFoundException");
    EXPECT_EQ(body["ResourceType"], "opt-out-list");
    EXPECT_EQ(body["ResourceId"], name);
  }
  error("DeleteOptOutList", {{"OptOutListName", "nope"}}, "ResourceNotFoundException");
  error("DescribeOptOutLists", {{"OptOutListNames", {"Default", "nope"}}},
        "ResourceNotFoundException");
}

TEST_F(AwsJsonAdapterTest, PutsDescribesAndDeletesNumbersByNameOrArn) {
  const auto put =
      ok("PutOptedOutNumber",
         {{"OptOutListName", "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default"},
          {"OptedOutNumber", "+14155550100"}});
  EXPECT_EQ(put["OptOutListName"], "Default");
  EXPECT_EQ(put["EndUserOptedOut"], false);
  EXPECT_TRUE(put["OptedOutTimestamp"].is_number());

  auto described = ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}});
  ASSERT_EQ(described["OptedOutNumbers"].size(), 1u);
  EXPECT_EQ(described["OptedOutNumbers"][0]["OptedOutNumber"], "+14155550100");

  const auto filtered = ok("DescribeOptedOutNumbers",
                           {{"OptOutListName", "Default"},
                            {"Filters", {{{"Name", "end-user-opted-out"}, {"Values", {"true"}}}}}});
  EXPECT_TRUE(filtered["OptedOutNumbers"].empty());
  const auto badFilter =
      error("DescribeOptedOutNumbers",
            {{"OptOutListName", "Default"},
             {"Filters", {{{"Name", "end-user-opted-out"}, {"Values", {"maybe"}}}}}},
            "ValidationException");
  EXPECT_EQ(badFilter["Reason"], "INVALID_FILTER_VALUES");

  ok("DeleteOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}});
  const auto missing = error("DeleteOptedOutNumber",
                             {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}},
                             "ResourceNotFoundException");
  EXPECT_EQ(missing["ResourceType"], "opted-out-number");
}

TEST_F(AwsJsonAdapterTest, ANumberCanBeOptedInOnceEveryThirtyDays) {
  const json number = {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}};
  ok("PutOptedOutNumber", number);
  ok("DeleteOptedOutNumber", number);
  ok("PutOptedOutNumber", number);
  const auto body = error("DeleteOptedOutNumber", number, "ValidationException");
  EXPECT_EQ(body["Reason"], "PHONE_NUMBER_CANNOT_BE_OPTED_IN");
  clock_.advance(std::chrono::hours(24 * 30));
  ok("DeleteOptedOutNumber", number);
}

TEST_F(AwsJsonAdapterTest, PagesAreStableWhileTheListChanges) {
  for (int i = 10; i < 35; ++i) {
    ok("PutOptedOutNumber",
       {{"OptOutListName", "Default"}, {"OptedOutNumber", "+141555501" + std::to_string(i)}});
  }
  std::set<std::string> seen;
  json request = {{"OptOutListName", "Default"}, {"MaxResults", 10}};
  int pages = 0;
  while (true) {
    const auto page = ok("DescribeOptedOutNumbers", request);
    ++pages;
    for (const auto& entry : page["OptedOutNumbers"]) {
      EXPECT_TRUE(seen.insert(entry["OptedOutNumber"]).second) << "duplicate";
    }
    if (pages == 1) {
      // Delete a number already returned and one not yet returned; add one after the cursor.
      ok("DeleteOptedOutNumber",
         {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550110"}});
      ok("DeleteOptedOutNumber",
         {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550130"}});
      ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550199"}});
    }
    if (!page.contains("NextToken")) break;
    request["NextToken"] = page["NextToken"];
  }
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen.size(), 25u);  // 25 - 1 not yet returned + 1 added
  EXPECT_TRUE(seen.contains("+14155550199"));
  EXPECT_FALSE(seen.contains("+14155550130"));
}

TEST_F(AwsJsonAdapterTest, RefusesForgedAndForeignTokens) {
  ok("CreateOptOutList", {{"OptOutListName", "other"}});
  for (int i = 0; i < 3; ++i) {
    ok("PutOptedOutNumber",
       {{"OptOutListName", "Default"}, {"OptedOutNumber", "+1415555010" + std::to_string(i)}});
  }
  const auto page =
      ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"MaxResults", 1}});
  ASSERT_TRUE(page.contains("NextToken"));
  for (const json& request :
       {json{{"OptOutListName", "other"}, {"NextToken", page["NextToken"]}},
        json{{"OptOutListName", "Default"}, {"NextToken", "forged-token"}},
        json{{"OptOutListNames", json::array()}, {"NextToken", page["NextToken"]}}}) {
    const auto operation =
        request.contains("OptOutListNames") ? "DescribeOptOutLists" : "DescribeOptedOutNumbers";
    EXPECT_EQ(error(operation, request, "ValidationException")["Reason"], "INVALID_NEXT_TOKEN");
  }
}

TEST_F(AwsJsonAdapterTest, TagsResources) {
  const std::string arn = "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default";
  ok("TagResource", {{"ResourceArn", arn},
                     {"Tags", {{{"Key", "a"}, {"Value", "1"}}, {{"Key", "b"}, {"Value", "2"}}}}});
  ok("UntagResource", {{"ResourceArn", arn}, {"TagKeys", {"a"}}});
  const auto tags = ok("ListTagsForResource", {{"ResourceArn", arn}});
  EXPECT_EQ(tags["Tags"], json::parse(R"([{"Key":"b","Value":"2"}])"));
  error("ListTagsForResource",
        {{"ResourceArn", "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/missing"}},
        "ResourceNotFoundException");
}

TEST_F(AwsJsonAdapterTest, ReplaysAClientTokensFirstResultUntilReset) {
  const json create = {{"OptOutListName", "once"}, {"ClientToken", "token-1"}};
  const auto first = ok("CreateOptOutList", create);
  ok("DeleteOptOutList", {{"OptOutListName", "once"}});
  // The token still answers with the first result, though the list is gone.
  EXPECT_EQ(ok("CreateOptOutList", create), first);
  EXPECT_EQ(ok("DescribeOptOutLists", json::object())["OptOutLists"].size(), 1u);

  // Another account's token of the same value is its own.
  const std::string other =
      "AWS4-HMAC-SHA256 Credential=111122223333/20261122/us-east-1/sms-voice/aws4_request, "
      "SignedHeaders=host, Signature=x";
  auto elsewhere = json::parse(call("CreateOptOutList", create.dump(), other).body);
  EXPECT_NE(elsewhere["OptOutListArn"], first["OptOutListArn"]);

  adapter_.reset();
  ok("CreateOptOutList", create);
  EXPECT_EQ(ok("DescribeOptOutLists", json::object())["OptOutLists"].size(), 2u);
}

TEST_F(AwsJsonAdapterTest, ConcurrentRetriesWithOneTokenCreateOnce) {
  const std::string body = json{{"OptOutListName", "raced"}, {"ClientToken", "t"}}.dump();
  const std::string target = "PinpointSMSVoiceV2.CreateOptOutList";
  std::vector<AwsJsonResponse> responses(8);
  std::vector<std::thread> threads;
  for (auto& response : responses) {
    threads.emplace_back([&] { response = adapter_.handle({target, kContentType, "", body}); });
  }
  for (auto& thread : threads) thread.join();
  for (const auto& response : responses) {
    EXPECT_EQ(response.status, 200) << response.body;
    EXPECT_EQ(response.body, responses[0].body);
  }
}

}  // namespace
}  // namespace smsim::aws_json
