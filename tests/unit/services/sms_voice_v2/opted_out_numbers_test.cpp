// PutOptedOutNumber, DeleteOptedOutNumber and DescribeOptedOutNumbers called with typed requests.
#include "common/aws_names.hpp"
#include "services/inbound/inbound_service.hpp"
#include "services/sms_voice_v2/typed_service_fixture.hpp"

namespace smsim::testing {
namespace {

using namespace sms_voice_v2;

constexpr const char* kDefault = aws_names::kDefaultOptOutListName;

class OptedOutNumbersTest : public TypedServiceTest {
 protected:
  PutOptedOutNumberResult put(const std::string& number, const std::string& list = kDefault) {
    return putOptedOutNumber(call_, {list, number});
  }
  DescribeOptedOutNumbersResult describe(DescribeOptedOutNumbersRequest request = {}) {
    if (request.optOutListName.empty()) request.optOutListName = kDefault;
    return describeOptedOutNumbers(call_, request);
  }
  static std::vector<std::string> numbersOf(const DescribeOptedOutNumbersResult& result) {
    std::vector<std::string> numbers;
    for (const auto& entry : result.optedOutNumbers) numbers.push_back(entry.optedOutNumber);
    return numbers;
  }
  static DescribeOptedOutNumbersRequest endUserOptedOut(std::vector<std::string> values) {
    DescribeOptedOutNumbersRequest request;
    request.filters = {{"end-user-opted-out", std::move(values)}};
    return request;
  }
};

TEST_F(OptedOutNumbersTest, PutsANumberOnceAndKeepsItsFirstTimestamp) {
  const auto arn = aws_names::smsVoiceArn(kRegion, kAccount, resource_type::kOptOutList, kDefault);
  const auto first = put("+14155550100", arn);
  EXPECT_EQ(first.optedOutNumber, "+14155550100");
  EXPECT_EQ(first.optOutListName, kDefault);
  EXPECT_EQ(first.optOutListArn, arn);
  EXPECT_FALSE(first.endUserOptedOut);

  advanceDays(1);
  EXPECT_EQ(put("+14155550100").optedOutTimestamp, first.optedOutTimestamp);
  EXPECT_EQ(numbersOf(describe()), std::vector<std::string>{"+14155550100"});
}

TEST_F(OptedOutNumbersTest, TellsAnEndUsersStopFromAnApiOptOut) {
  RequestPhoneNumberRequest lease;
  lease.isoCountryCode = "US";
  lease.messageType = "TRANSACTIONAL";
  lease.numberCapabilities = {"SMS"};
  lease.numberType = "LONG_CODE";
  const auto number = requestPhoneNumber(call_, lease);
  put("+14155550100");
  inbound::receiveInbound(store_, clock_,
                          {"+14155550111", number.phoneNumber, "STOP", call_.scope});

  const auto all = describe();
  ASSERT_EQ(all.optedOutNumbers.size(), 2u);
  EXPECT_FALSE(all.optedOutNumbers[0].endUserOptedOut);  // +14155550100, by the API
  EXPECT_TRUE(all.optedOutNumbers[1].endUserOptedOut);   // +14155550111, by its STOP

  EXPECT_EQ(numbersOf(describe(endUserOptedOut({"true"}))),
            std::vector<std::string>{"+14155550111"});
  EXPECT_EQ(numbersOf(describe(endUserOptedOut({"false"}))),
            std::vector<std::string>{"+14155550100"});
  EXPECT_EQ(describe(endUserOptedOut({"true", "false"})).optedOutNumbers.size(), 2u);

  const auto error = errorOf([&] { describe(endUserOptedOut({"maybe"})); });
  EXPECT_EQ(error.type(), error_type::kValidation);
  EXPECT_EQ(error.reason(), "INVALID_FILTER_VALUES");
  ASSERT_TRUE(error.fields());
  EXPECT_EQ(error.fields()->at(0).name, "Filters");
}

TEST_F(OptedOutNumbersTest, DescribesOnlyTheNumbersAskedFor) {
  for (const auto* number : {"+14155550100", "+14155550101", "+14155550102"}) put(number);
  DescribeOptedOutNumbersRequest request;
  request.optedOutNumbers = {"+14155550102", "+14155550100", "+14155550199"};
  const auto described = describe(request);
  EXPECT_EQ(numbersOf(described), (std::vector<std::string>{"+14155550100", "+14155550102"}));
  EXPECT_EQ(described.optOutListName, kDefault);
}

TEST_F(OptedOutNumbersTest, PagesThroughANumberList) {
  createOptOutList(call_, {"other", {}});
  for (int i = 0; i < 5; ++i) {
    put("+1415555010" + std::to_string(i));
    put("+1415555010" + std::to_string(i), "other");
  }
  DescribeOptedOutNumbersRequest request;
  request.page.maxResults = 2;
  std::vector<std::string> seen;
  int pages = 0;
  do {
    const auto page = describe(request);
    ++pages;
    for (const auto& number : numbersOf(page)) seen.push_back(number);
    request.page.nextToken = page.nextToken;
  } while (request.page.nextToken);
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));

  // A token of one list is refused for another.
  request.page.nextToken = describe(request).nextToken;
  ASSERT_TRUE(request.page.nextToken);
  request.optOutListName = "other";
  EXPECT_EQ(errorOf([&] { describe(request); }).reason(), "INVALID_NEXT_TOKEN");
}

TEST_F(OptedOutNumbersTest, ANumberCanBeOptedInOnceEveryThirtyDays) {
  put("+14155550100");
  const auto deleted = deleteOptedOutNumber(call_, {kDefault, "+14155550100"});
  EXPECT_EQ(deleted.optedOutNumber, "+14155550100");
  EXPECT_EQ(deleted.optOutListName, kDefault);
  EXPECT_TRUE(describe().optedOutNumbers.empty());

  put("+14155550100");
  auto error = errorOf([&] { deleteOptedOutNumber(call_, {kDefault, "+14155550100"}); });
  EXPECT_EQ(error.type(), error_type::kValidation);
  EXPECT_EQ(error.reason(), "PHONE_NUMBER_CANNOT_BE_OPTED_IN");
  ASSERT_TRUE(error.fields());
  EXPECT_EQ(error.fields()->at(0).name, "OptedOutNumber");

  advanceDays(30);
  deleteOptedOutNumber(call_, {kDefault, "+14155550100"});
  EXPECT_TRUE(describe().optedOutNumbers.empty());
}

TEST_F(OptedOutNumbersTest, MissingNumbersAndListsAreResourceNotFound) {
  auto error = errorOf([&] { deleteOptedOutNumber(call_, {kDefault, "+14155550100"}); });
  EXPECT_EQ(error.type(), error_type::kResourceNotFound);
  EXPECT_EQ(error.resourceType(), resource_type::kOptedOutNumber);
  EXPECT_EQ(error.resourceId(), "+14155550100");

  error = errorOf([&] { put("+14155550100", "nope"); });
  EXPECT_EQ(error.type(), error_type::kResourceNotFound);
  EXPECT_EQ(error.resourceType(), resource_type::kOptOutList);
  EXPECT_EQ(error.resourceId(), "nope");
  error = errorOf([&] { deleteOptedOutNumber(call_, {"nope", "+14155550100"}); });
  EXPECT_EQ(error.type(), error_type::kResourceNotFound);
  EXPECT_EQ(error.resourceType(), resource_type::kOptOutList);
  DescribeOptedOutNumbersRequest request;
  request.optOutListName = "nope";
  EXPECT_EQ(errorOf([&] { describe(request); }).resourceType(), resource_type::kOptOutList);
}

// PutOptedOutNumber-2: a number without its '+' or of a length no number has is refused, so one
// person can't be listed twice (14155550100 and +14155550100).
TEST_F(OptedOutNumbersTest, RefusesNumbersThatAreNotE164WithTheirPlus) {
  for (const auto* number : {"14155550100", "+12", "+10000000", "+141555501000"}) {
    auto error = errorOf([&] { put(number); });
    EXPECT_EQ(error.type(), error_type::kValidation) << number;
    EXPECT_EQ(error.reason(), "INVALID_PARAMETER") << number;
    ASSERT_TRUE(error.fields());
    EXPECT_EQ(error.fields()->at(0).name, "OptedOutNumber");

    error = errorOf([&] { deleteOptedOutNumber(call_, {kDefault, number}); });
    EXPECT_EQ(error.reason(), "INVALID_PARAMETER") << number;
    DescribeOptedOutNumbersRequest request;
    request.optedOutNumbers = {"+14155550100", number};
    error = errorOf([&] { describe(request); });
    EXPECT_EQ(error.reason(), "INVALID_PARAMETER") << number;
    ASSERT_TRUE(error.fields());
    EXPECT_EQ(error.fields()->at(0).name, "OptedOutNumbers");
  }
  EXPECT_TRUE(describe().optedOutNumbers.empty());
  put("+447700900123");
  EXPECT_EQ(numbersOf(describe()), std::vector<std::string>{"+447700900123"});
}

}  // namespace
}  // namespace smsim::testing
