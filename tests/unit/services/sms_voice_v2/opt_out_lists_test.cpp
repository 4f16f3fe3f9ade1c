// CreateOptOutList, DeleteOptOutList and DescribeOptOutLists called with typed requests.
#include <algorithm>

#include "common/aws_names.hpp"
#include "services/sms_voice_v2/typed_service_fixture.hpp"

namespace smsim::testing {
namespace {

using namespace sms_voice_v2;

class OptOutListsTest : public TypedServiceTest {
 protected:
  std::string arnOf(const std::string& name) {
    return aws_names::smsVoiceArn(kRegion, kAccount, resource_type::kOptOutList, name);
  }
  std::vector<std::string> namesOf(const DescribeOptOutListsResult& result) {
    std::vector<std::string> names;
    for (const auto& list : result.optOutLists) names.push_back(list.optOutListName);
    return names;
  }
  CreateOptOutListResult create(const std::string& name, std::vector<Tag> tags = {}) {
    return createOptOutList(call_, {name, std::move(tags)});
  }
};

TEST_F(OptOutListsTest, EveryAccountStartsWithTheDefaultList) {
  const auto described = describeOptOutLists(call_, {});
  ASSERT_EQ(described.optOutLists.size(), 1u);
  EXPECT_EQ(described.optOutLists[0].optOutListName, aws_names::kDefaultOptOutListName);
  EXPECT_EQ(described.optOutLists[0].optOutListArn, arnOf(aws_names::kDefaultOptOutListName));
  EXPECT_FALSE(described.nextToken);
}

TEST_F(OptOutListsTest, CreatesDescribesAndDeletesAList) {
  const auto created = create("marketing", {{"team", "growth"}});
  EXPECT_EQ(created.optOutListName, "marketing");
  EXPECT_EQ(created.optOutListArn, arnOf("marketing"));
  EXPECT_NEAR(created.createdTimestamp, clock_.nowEpochSeconds(), 5);
  ASSERT_EQ(created.tags.size(), 1u);
  EXPECT_EQ(created.tags[0].key, "team");
  EXPECT_EQ(created.tags[0].value, "growth");

  for (const auto& nameOrArn : {std::string("marketing"), arnOf("marketing")}) {
    DescribeOptOutListsRequest request;
    request.optOutListNames = {nameOrArn};
    EXPECT_EQ(namesOf(describeOptOutLists(call_, request)), std::vector<std::string>{"marketing"});
  }
  const auto tags = listTagsForResource(call_, {created.optOutListArn});
  EXPECT_EQ(tags.tags.size(), 1u);

  const auto deleted = deleteOptOutList(call_, {arnOf("marketing")});
  EXPECT_EQ(deleted.optOutListName, "marketing");
  EXPECT_EQ(deleted.createdTimestamp, created.createdTimestamp);
  EXPECT_EQ(namesOf(describeOptOutLists(call_, {})),
            std::vector<std::string>{aws_names::kDefaultOptOutListName});
  // Its tags went with it.
  EXPECT_EQ(errorOf([&] { listTagsForResource(call_, {created.optOutListArn}); }).type(),
            error_type::kResourceNotFound);
}

TEST_F(OptOutListsTest, RefusesASecondListOfTheSameName) {
  create("marketing");
  const auto error = errorOf([&] { create("marketing"); });
  EXPECT_EQ(error.type(), error_type::kConflict);
  EXPECT_EQ(error.reason(), "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(error.resourceType(), resource_type::kOptOutList);
  EXPECT_EQ(error.resourceId(), "marketing");
  EXPECT_FALSE(error.fields());
}

TEST_F(OptOutListsTest, MissingListsAreResourceNotFound) {
  for (const auto& nameOrArn :
       {std::string("nope"), arnOf("nope"),
        aws_names::smsVoiceArn("eu-west-1", kAccount, resource_type::kOptOutList, "Default")}) {
    const auto error = errorOf([&] { deleteOptOutList(call_, {nameOrArn}); });
    EXPECT_EQ(error.type(), error_type::kResourceNotFound);
    EXPECT_EQ(error.resourceType(), resource_type::kOptOutList);
    EXPECT_EQ(error.resourceId(), nameOrArn);
    EXPECT_FALSE(error.reason());
  }
  DescribeOptOutListsRequest request;
  request.optOutListNames = {"Default", "nope"};
  EXPECT_EQ(errorOf([&] { describeOptOutLists(call_, request); }).resourceId(), "nope");
}

TEST_F(OptOutListsTest, RefusesToDeleteAListAPhoneNumberUses) {
  create("marketing");
  RequestPhoneNumberRequest lease;
  lease.isoCountryCode = "US";
  lease.messageType = "TRANSACTIONAL";
  lease.numberCapabilities = {"SMS"};
  lease.numberType = "LONG_CODE";
  lease.optOutListName = "marketing";
  const auto number = requestPhoneNumber(call_, lease);
  EXPECT_EQ(number.optOutListName, "marketing");

  const auto error = errorOf([&] { deleteOptOutList(call_, {"marketing"}); });
  EXPECT_EQ(error.type(), error_type::kConflict);
  EXPECT_EQ(error.reason(), "RESOURCE_DELETION_NOT_ALLOWED");
  EXPECT_EQ(error.resourceType(), resource_type::kOptOutList);
  EXPECT_EQ(error.resourceId(), "marketing");
  EXPECT_NE(std::string(error.what()).find(number.phoneNumberId), std::string::npos);

  releasePhoneNumber(call_, {number.phoneNumberId});
  EXPECT_EQ(deleteOptOutList(call_, {"marketing"}).optOutListName, "marketing");
}

TEST_F(OptOutListsTest, PagesThroughListsInNameOrder) {
  for (const auto* name : {"c", "a", "b"}) create(name);
  DescribeOptOutListsRequest request;
  request.page.maxResults = 2;
  const auto first = describeOptOutLists(call_, request);
  EXPECT_EQ(namesOf(first), (std::vector<std::string>{"Default", "a"}));
  ASSERT_TRUE(first.nextToken);

  request.page.nextToken = first.nextToken;
  const auto second = describeOptOutLists(call_, request);
  EXPECT_EQ(namesOf(second), (std::vector<std::string>{"b", "c"}));
  EXPECT_FALSE(second.nextToken);

  // A token is only good for the request it came from.
  request.optOutListNames = {"a"};
  const auto error = errorOf([&] { describeOptOutLists(call_, request); });
  EXPECT_EQ(error.type(), error_type::kValidation);
  EXPECT_EQ(error.reason(), "INVALID_NEXT_TOKEN");
  ASSERT_TRUE(error.fields());
  ASSERT_EQ(error.fields()->size(), 1u);
  EXPECT_EQ(error.fields()->at(0).name, "NextToken");
}

TEST_F(OptOutListsTest, SharedListsAreNotEmulatedSoNoneAreFound) {
  DescribeOptOutListsRequest request;
  request.owner = resource_owner::kShared;
  EXPECT_TRUE(describeOptOutLists(call_, request).optOutLists.empty());
}

// DescribeOptOutLists-1.
TEST_F(OptOutListsTest, OwnerAndOptOutListNamesCantBeUsedTogether) {
  DescribeOptOutListsRequest request;
  request.owner = resource_owner::kSelf;
  request.optOutListNames = {aws_names::kDefaultOptOutListName};
  const auto error = errorOf([&] { describeOptOutLists(call_, request); });
  EXPECT_EQ(error.type(), error_type::kValidation);
  EXPECT_EQ(error.reason(), "PARAMETERS_CANNOT_BE_USED_TOGETHER");
  ASSERT_TRUE(error.fields());
  EXPECT_EQ(error.fields()->at(0).name, "Owner");
  EXPECT_EQ(error.fields()->at(1).name, "OptOutListNames");
  request.optOutListNames.clear();
  EXPECT_EQ(describeOptOutLists(call_, request).optOutLists.size(), 1u);
}

TEST_F(OptOutListsTest, KeepsAccountsAndRegionsApart) {
  create("mine");
  CallContext elsewhere{{"111122223333", "eu-west-1"}, store_, clock_};
  const auto lists = describeOptOutLists(elsewhere, {});
  ASSERT_EQ(lists.optOutLists.size(), 1u);
  EXPECT_EQ(lists.optOutLists[0].optOutListArn,
            aws_names::smsVoiceArn("eu-west-1", "111122223333", resource_type::kOptOutList,
                                   aws_names::kDefaultOptOutListName));
}

// CreateOptOutList-1, CreateOptOutList-2: names are compared as written (decided: the model's
// pattern keeps case and nothing read says AWS folds it), and Default is one of the names taken.
TEST_F(OptOutListsTest, NamesAreCaseSensitiveAndDefaultIsTaken) {
  create("L1");
  EXPECT_EQ(create("l1").optOutListName, "l1");
  const auto error = errorOf([&] { create(aws_names::kDefaultOptOutListName); });
  EXPECT_EQ(error.type(), error_type::kConflict);
  EXPECT_EQ(error.reason(), "RESOURCE_ALREADY_EXISTS");
  EXPECT_EQ(namesOf(describeOptOutLists(call_, {})),
            (std::vector<std::string>{"Default", "L1", "l1"}));
}

// CreateOptOutList-3: the 1,000 lists DescribeAccountLimits reports as Max, Default among them.
TEST_F(OptOutListsTest, AnAccountHoldsAtMostAThousandLists) {
  for (int i = 1; i < 1000; ++i) create("list-" + std::to_string(i));
  const auto error = errorOf([&] { create("one-too-many"); });
  EXPECT_EQ(error.type(), error_type::kServiceQuotaExceeded);
  EXPECT_EQ(error.reason(), "OPT_OUT_LISTS_PER_ACCOUNT");
  const auto limits = describeAccountLimits(call_, {}).accountLimits;
  const auto lists = std::find_if(limits.begin(), limits.end(),
                                  [](const auto& limit) { return limit.name == "OPT_OUT_LISTS"; });
  ASSERT_NE(lists, limits.end());
  EXPECT_EQ(lists->used, 1000);
  EXPECT_EQ(lists->max, 1000);
  deleteOptOutList(call_, {"list-1"});
  create("one-too-many");
}

// DeleteOptOutList-3: the numbers go with the list, so a list of the same name starts empty.
TEST_F(OptOutListsTest, DeletingAListDeletesItsNumbers) {
  create("marketing");
  putOptedOutNumber(call_, {"marketing", "+14155550100"});
  deleteOptOutList(call_, {"marketing"});
  create("marketing");
  DescribeOptedOutNumbersRequest describe;
  describe.optOutListName = "marketing";
  EXPECT_TRUE(describeOptedOutNumbers(call_, describe).optedOutNumbers.empty());
}

// DeleteOptOutList-4, decided: Default is a list like any other (nothing read says otherwise):
// refused while a number uses it, deleted once none does; then a number needs a list named.
TEST_F(OptOutListsTest, DefaultIsDeletedLikeAnyUnusedList) {
  RequestPhoneNumberRequest lease;
  lease.isoCountryCode = "US";
  lease.messageType = "TRANSACTIONAL";
  lease.numberCapabilities = {"SMS"};
  lease.numberType = "LONG_CODE";
  const auto number = requestPhoneNumber(call_, lease);
  EXPECT_EQ(errorOf([&] { deleteOptOutList(call_, {aws_names::kDefaultOptOutListName}); }).reason(),
            "RESOURCE_DELETION_NOT_ALLOWED");
  releasePhoneNumber(call_, {number.phoneNumberId});
  deleteOptOutList(call_, {aws_names::kDefaultOptOutListName});
  EXPECT_TRUE(describeOptOutLists(call_, {}).optOutLists.empty());
  const auto error = errorOf([&] { requestPhoneNumber(call_, lease); });
  EXPECT_EQ(error.type(), error_type::kResourceNotFound);
  EXPECT_EQ(error.resourceType(), resource_type::kOptOutList);
}

}  // namespace
}  // namespace smsim::testing
