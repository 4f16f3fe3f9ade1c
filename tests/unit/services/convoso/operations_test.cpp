// The Convoso operations on typed requests: each error code for the condition it names, and the
// changes each success makes.
#include "services/convoso/operations.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "services/convoso/insert_date.hpp"

namespace smsim::convoso {
namespace {

constexpr auto kSms = ConvosoList::SmsOptOut;
constexpr auto kDnc = ConvosoList::Dnc;

class ConvosoOperationsTest : public testing::Test {
 protected:
  ConvosoOperationsTest() {
    config_.campaigns = {{111, "Sales Campaign", ""}, {222, "Reminders", "Purpose"}};
  }

  // The code and text of the error `call` throws; fails the test when it throws none.
  static std::pair<int, std::string> errorOf(const std::function<void()>& call) {
    try {
      call();
    } catch (const ConvosoError& error) {
      return {error.code(), error.text()};
    }
    ADD_FAILURE() << "no ConvosoError";
    return {0, ""};
  }

  std::uint64_t insert(ConvosoList list, const char* number, const char* campaign = "0",
                       Parameter reason = std::nullopt, Parameter purpose = std::nullopt) {
    return insertRecord(context_, list, {number, "1", campaign, reason, purpose});
  }

  SearchResult search(ConvosoList list, SearchRequest request) {
    return searchRecords(context_, list, request);
  }

  ConvosoConfig config_;
  Clock clock_;
  state::ConvosoStore store_;
  ConvosoContext context_{config_, store_, clock_};
};

TEST_F(ConvosoOperationsTest, InsertRefusesEachBadParameterWithItsCode) {
  using P = Parameter;
  const auto insertCode = [this](InsertRequest request, ConvosoList list = kSms) {
    return errorOf([&] { insertRecord(context_, list, request); }).first;
  };
  EXPECT_EQ(insertCode({"5551234567", P{}, "0", {}, {}}), 6026);
  EXPECT_EQ(insertCode({"5551234567", "", "0", {}, {}}), 6026);
  EXPECT_EQ(insertCode({"5551234567", "+1", "0", {}, {}}), 6026);
  EXPECT_EQ(insertCode({P{}, "1", "0", {}, {}}), 6007);
  EXPECT_EQ(insertCode({"555123456", "1", "0", {}, {}}), 6007);
  EXPECT_EQ(insertCode({"5551234567", "1", P{}, {}, {}}), 6006);
  EXPECT_EQ(insertCode({"5551234567", "1", "abc", {}, {}}), 6006);
  EXPECT_EQ(insertCode({"5551234567", "1", "333", {}, {}}), 6006);
  EXPECT_EQ(insertCode({"5551234567", "1", "-1", {}, {}}), 6080);
  EXPECT_EQ(insertCode({"5551234567", "1", "222", {}, ""}), 6080);
  EXPECT_EQ(insertCode({"5551234567", "1", "222", {}, "-BLANK-"}), 6080);
  EXPECT_EQ(insertRecord(context_, kDnc, {"5551234567", "1", "-1", {}, {}}), 1u)
      << "the DNC list documents no 6080";
  // DNC insert documents 6056: an id sent anyway must be well formed, and is then ignored.
  EXPECT_EQ(insertCode({"5551234567", "1", "0", {}, {}, "abc"}, kDnc), 6056);
  EXPECT_EQ(insertCode({"5551234567", "1", "0", {}, {}, "0"}, kDnc), 6056);
  EXPECT_EQ(insertRecord(context_, kDnc, {"5551234567", "1", "0", {}, {}, "9"}), 2u);
  EXPECT_EQ(insertRecord(context_, kSms, {"5551234567", "1", "111", {}, {}, "abc"}), 1u)
      << "the SMS list documents no 6056 on insert";
  config_.allowedReasons = {"User Request"};
  config_.allowedPurposes = {"Marketing"};
  EXPECT_EQ(insertCode({"5551234567", "1", "0", "Batch Import", {}}), 6058);
  EXPECT_EQ(insertCode({"5551234567", "1", "0", "user request", "Survey"}), 6057);
  insert(kSms, "5551234567", "0", "User Request", "Marketing");
  const auto duplicate = errorOf([&] { insert(kSms, "5551234567", "0"); });
  EXPECT_EQ(duplicate, std::make_pair(6008, std::string("The phone number already exists")));
}

TEST_F(ConvosoOperationsTest, InsertKeepsOneEntryPerNumberCodeAndCampaign) {
  EXPECT_EQ(insert(kSms, "5551234567", "0", "User Request"), 1u);
  EXPECT_EQ(insert(kSms, "5551234567", "111"), 2u);
  EXPECT_EQ(insertRecord(context_, kSms, {"5551234567", "44", "0", {}, {}}), 3u);
  EXPECT_EQ(insert(kDnc, "5551234567", "0"), 1u) << "each list has its own ids";
  const auto result = search(kSms, {.phoneNumber = "5551234567"});
  ASSERT_EQ(result.total, 3u);
  EXPECT_EQ(result.records[0].campaignName, "Global SMS Opt-Out");
  EXPECT_EQ(result.records[0].reason, "User Request");
  EXPECT_EQ(result.records[1].campaignName, "Sales Campaign");
  EXPECT_EQ(result.records[2].phoneCode, "44");
}

TEST_F(ConvosoOperationsTest, SmsUpdateRefusesEachBadParameterWithItsCode) {
  insert(kSms, "5551234567", "0");
  insert(kSms, "5559876543", "111");
  const auto updateError = [this](UpdateRequest request) {
    return errorOf([&] { updateRecord(context_, kSms, request); });
  };
  using E = std::pair<int, std::string>;
  EXPECT_EQ(updateError({}), E(6056, "Missing or Invalid value for ID"));
  EXPECT_EQ(updateError({.id = "x"}), E(6056, "Missing or Invalid value for ID"));
  EXPECT_EQ(updateError({.id = "99"}), E(6056, "Missing or Invalid value for ID"));
  EXPECT_EQ(updateError({.id = "1", .phoneNumber = ""}),
            E(4001, "Missing required field: phone_number"));
  EXPECT_EQ(updateError({.id = "1", .phoneCode = ""}),
            E(4001, "Missing required field: phone_code"));
  EXPECT_EQ(updateError({.id = "1", .campaignId = ""}),
            E(4001, "Missing required field: campaign_id"));
  EXPECT_EQ(updateError({.id = "1", .phoneNumber = "555-123-4567"}),
            E(4002, "phone_number must be numeric"));
  EXPECT_EQ(updateError({.id = "1", .phoneCode = "+1"}), E(4002, "phone_code must be numeric"));
  EXPECT_EQ(updateError({.id = "1", .campaignId = "global"}),
            E(4002, "campaign_id must be numeric"));
  EXPECT_EQ(updateError({.id = "1", .phoneCode = "0"}), E(6026, "Missing or Invalid Country Code"));
  EXPECT_EQ(updateError({.id = "1", .phoneNumber = "555"}), E(6008, "The phone number is invalid"));
  EXPECT_EQ(updateError({.id = "1", .phoneNumber = "12", .phoneCode = "44"}),
            E(6008, "The phone number is invalid"));
  EXPECT_EQ(updateError({.id = "1", .campaignId = "333"}), E(6004, "Unknown Campaign ID"));
  EXPECT_EQ(updateError({.id = "1", .campaignId = "222"}),
            E(6080, "The purpose field is mandatory for campaigns of type 'Purpose'"));
  EXPECT_EQ(updateError({.id = "2", .phoneNumber = "5551234567", .campaignId = "0"}),
            E(6059, "This combination already exists"));
  config_.allowedReasons = {"Complaint"};
  config_.allowedPurposes = {"Marketing"};
  EXPECT_EQ(updateError({.id = "1", .reason = "Other"}), E(6058, "Invalid Reason Provided"));
  EXPECT_EQ(updateError({.id = "1", .purpose = "Other"}), E(6057, "Invalid Purpose Provided"));
}

TEST_F(ConvosoOperationsTest, UpdateChangesFieldsAndBlankClears) {
  insert(kSms, "5551234567", "0", "User Request", "Marketing");
  const auto insertedAt = search(kSms, {}).records.at(0).insertedAt;
  clock_.advance(std::chrono::hours(48));
  EXPECT_EQ(updateRecord(context_, kSms, {.id = "1", .reason = "Complaint", .purpose = "-BLANK-"}),
            1u);
  auto entry = search(kSms, {}).records.at(0);
  EXPECT_EQ(entry.reason, "Complaint");
  EXPECT_EQ(entry.purpose, "");
  EXPECT_EQ(entry.insertedAt, insertedAt) << "an update keeps the insert date";
  // Empty values change nothing; moving to a purpose campaign works with a purpose.
  updateRecord(context_, kSms,
               {.id = "1", .campaignId = "222", .reason = "", .purpose = "Reminder"});
  entry = search(kSms, {}).records.at(0);
  EXPECT_EQ(entry.reason, "Complaint");
  EXPECT_EQ(entry.campaignId, 222);
  EXPECT_EQ(entry.campaignName, "Reminders");
  // Updating an entry onto its own combination is not a conflict.
  updateRecord(context_, kSms, {.id = "1", .phoneNumber = "5551234567", .phoneCode = "1"});
  EXPECT_EQ(search(kSms, {.campaignId = "222"}).total, 1u);
}

TEST_F(ConvosoOperationsTest, DncUpdateUsesItsDocumentedCodes) {
  insert(kDnc, "5551234567", "0");
  insert(kDnc, "5559876543", "0");
  const auto updateCode = [this](UpdateRequest request) {
    return errorOf([&] { updateRecord(context_, kDnc, request); }).first;
  };
  EXPECT_EQ(updateCode({.id = "7"}), 6056);
  EXPECT_EQ(updateCode({.id = "1", .phoneNumber = ""}), 6008);
  EXPECT_EQ(updateCode({.id = "1", .phoneNumber = "abc"}), 6008);
  EXPECT_EQ(updateCode({.id = "1", .phoneCode = "x"}), 6026);
  EXPECT_EQ(updateCode({.id = "1", .campaignId = "x"}), 6004);
  EXPECT_EQ(updateCode({.id = "1", .campaignId = "333"}), 6004);
  EXPECT_EQ(updateCode({.id = "2", .phoneNumber = "5551234567"}), 6059);
  EXPECT_EQ(updateRecord(context_, kDnc, {.id = "2", .campaignId = "-1"}), 2u);
}

TEST_F(ConvosoOperationsTest, DeleteNeedsAllThreeKeysAndAnExistingEntry) {
  insert(kDnc, "5551234567", "111");
  const auto deleteError = [this](DeleteRequest request) {
    return errorOf([&] { deleteRecord(context_, kDnc, request); });
  };
  using E = std::pair<int, std::string>;
  EXPECT_EQ(deleteError({"5551234567", {}, "111"}), E(6000, "Missing Phone Code"));
  EXPECT_EQ(deleteError({"5551234567", "1", ""}), E(6001, "Missing Campaign ID"));
  EXPECT_EQ(deleteError({{}, "1", "111"}), E(6002, "Missing Phone Number"));
  EXPECT_EQ(deleteError({"5551234567", "1", "0"}), E(6003, "Phone Number Not Found"));
  EXPECT_EQ(deleteError({"5551234567", "1", "x"}), E(6003, "Phone Number Not Found"));
  EXPECT_EQ(deleteRecord(context_, kDnc, {"5551234567", "1", "111"}), 1u);
  EXPECT_EQ(search(kDnc, {}).total, 0u);
  EXPECT_EQ(deleteError({"5551234567", "1", "111"}).first, 6003);
}

TEST_F(ConvosoOperationsTest, SearchValidatesFiltersAndBoundsPaging) {
  const auto searchCode = [this](SearchRequest request) {
    return errorOf([&] { searchRecords(context_, kSms, request); }).first;
  };
  EXPECT_EQ(searchCode({.campaignId = "x"}), 6006);
  EXPECT_EQ(searchCode({.campaignId = "333"}), 6006);
  EXPECT_EQ(searchCode({.offset = "-1"}), 7231);
  EXPECT_EQ(searchCode({.offset = "ten"}), 7231);
  EXPECT_EQ(searchCode({.offset = "100001"}), 7231);
  EXPECT_EQ(searchCode({.phoneCode = "abc"}), 6026);
  config_.allowedReasons = {"Complaint"};
  config_.allowedPurposes = {"Marketing"};
  EXPECT_EQ(searchCode({.purpose = "Other"}), 6057);
  EXPECT_EQ(searchCode({.reason = "Other"}), 6058);
  EXPECT_EQ(searchCode({.campaignId = "333", .offset = "-1"}), 6006) << "6006 is checked first";

  EXPECT_EQ(search(kSms, {.offset = "100000"}).offset, 100000u);
  EXPECT_EQ(search(kSms, {}).limit, 1000u);
  EXPECT_EQ(search(kDnc, {}).limit, 100u);
  EXPECT_EQ(search(kSms, {.limit = "5000"}).limit, 1000u);
  EXPECT_EQ(search(kSms, {.limit = "0"}).limit, 1000u);
  EXPECT_EQ(search(kSms, {.limit = "x"}).limit, 1000u);
  EXPECT_EQ(search(kSms, {.limit = "7"}).limit, 7u);
  config_.limits = {100, 50, 500, 1000000};
  EXPECT_EQ(search(kSms, {}).limit, 100u);
  EXPECT_EQ(search(kDnc, {}).limit, 50u);
  EXPECT_EQ(search(kSms, {.limit = "700"}).limit, 500u);
  EXPECT_EQ(search(kSms, {.offset = "1000000"}).offset, 1000000u);
}

TEST_F(ConvosoOperationsTest, SearchFiltersBlankNotBlankExactAndDay) {
  insert(kSms, "5550000001", "0", "User Request", "Marketing");
  insert(kSms, "5550000002", "0", std::nullopt, "Marketing");
  clock_.advance(std::chrono::hours(24));
  insert(kSms, "5550000003", "111", "Complaint");
  const auto idsOf = [](const SearchResult& result) {
    std::vector<std::uint64_t> out;
    for (const auto& entry : result.records) out.push_back(entry.id);
    return out;
  };
  using Ids = std::vector<std::uint64_t>;
  EXPECT_EQ(idsOf(search(kSms, {.reason = "-BLANK-"})), Ids{2});
  EXPECT_EQ(idsOf(search(kSms, {.reason = "-NOTBLANK-"})), (Ids{1, 3}));
  EXPECT_EQ(idsOf(search(kSms, {.purpose = "-BLANK-"})), Ids{3});
  EXPECT_EQ(idsOf(search(kSms, {.reason = "complaint"})), Ids{3});
  EXPECT_EQ(idsOf(search(kSms, {.campaignId = "0", .phoneCode = "1"})), (Ids{1, 2}));
  EXPECT_EQ(idsOf(search(kSms, {.id = "2"})), Ids{2});
  EXPECT_EQ(idsOf(search(kSms, {.id = "abc"})), Ids{});
  const auto dayOf = [this](const char* id) {
    return formatInsertDate(search(kSms, {.id = id}).records.at(0).insertedAt).substr(0, 10);
  };
  ASSERT_NE(dayOf("1"), dayOf("3"));
  EXPECT_EQ(idsOf(search(kSms, {.insertDate = dayOf("1")})), (Ids{1, 2}));
  EXPECT_EQ(idsOf(search(kSms, {.insertDate = dayOf("3")})), Ids{3});
  EXPECT_EQ(idsOf(search(kSms, {.insertDate = "1999-01-01"})), Ids{});
  EXPECT_EQ(idsOf(search(kSms, {.insertDate = "yesterday"})), Ids{});
}

}  // namespace
}  // namespace smsim::convoso
