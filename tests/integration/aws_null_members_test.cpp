// Optional members sent as JSON null and NextToken values smsim never issued, over real HTTP. AWS's
// deserializer leaves a null member unset, and a token it can't read is a ValidationException;
// the audit's replays of both answered 500.
#include <string>
#include <vector>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

class AwsNullMembersTest : public RunningServer {};

TEST_F(AwsNullMembersTest, ANullOptionalMemberIsTreatedAsAbsent) {
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}});
  const std::vector<std::pair<std::string, json>> calls = {
      {"DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"NextToken", nullptr}}},
      {"DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"MaxResults", nullptr}}},
      {"DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"Filters", nullptr}}},
      {"DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"OptedOutNumbers", nullptr}}},
      {"DescribeOptOutLists",
       {{"OptOutListNames", nullptr}, {"NextToken", nullptr}, {"MaxResults", nullptr}}},
      {"DescribePhoneNumbers", {{"Filters", nullptr}, {"PhoneNumberIds", nullptr}}},
      {"DescribePools", {{"Filters", nullptr}, {"PoolIds", nullptr}, {"Owner", nullptr}}},
      {"CreateOptOutList",
       {{"OptOutListName", "nulls"}, {"Tags", nullptr}, {"ClientToken", nullptr}}},
      {"PutOptedOutNumber",
       {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550101"}, {"Unknown", nullptr}}},
  };
  for (const auto& [operation, input] : calls) {
    SCOPED_TRACE(operation + " " + input.dump());
    const auto result = ok(operation, input);
    EXPECT_TRUE(result.is_object());
  }
  const auto listed =
      ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"NextToken", nullptr}});
  EXPECT_EQ(listed["OptedOutNumbers"].size(), 2u);
}

TEST_F(AwsNullMembersTest, ANullRequiredMemberIsStillMissing) {
  const auto error =
      fails("DescribeOptedOutNumbers", {{"OptOutListName", nullptr}}, "ValidationException");
  EXPECT_EQ(error["Reason"], "MISSING_PARAMETER");
}

TEST_F(AwsNullMembersTest, ATokenSmsimDidNotIssueIsAValidationException) {
  for (const char* token : {"====", "A===", "=", "AAAA", "not base64!", "QUJD"}) {
    SCOPED_TRACE(token);
    const auto error =
        fails("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}, {"NextToken", token}},
              "ValidationException");
    EXPECT_EQ(error["Reason"], "INVALID_NEXT_TOKEN");
  }
}

}  // namespace
}  // namespace smsim::integration
