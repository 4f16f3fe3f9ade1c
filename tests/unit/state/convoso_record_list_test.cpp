// The indexed Convoso record list: ids, exact lookup, updates that move entries between index
// keys, and searches that read only the indexed entries.
#include "state/convoso_record_list.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim::state {
namespace {

ConvosoRecord record(const std::string& number, long long campaignId, std::string reason = "") {
  ConvosoRecord entry;
  entry.phoneCode = "1";
  entry.phoneNumber = number;
  entry.campaignId = campaignId;
  entry.reason = std::move(reason);
  return entry;
}

std::vector<std::uint64_t> ids(const RecordPage& page) {
  std::vector<std::uint64_t> out;
  for (const auto& entry : page.records) out.push_back(entry.id);
  return out;
}

RecordQuery query(std::size_t limit = 100) {
  RecordQuery out;
  out.limit = limit;
  return out;
}

TEST(ConvosoRecordListTest, AssignsSequentialIdsAndFindsExactEntries) {
  ConvosoRecordList list;
  EXPECT_EQ(list.insert(record("5551234567", 0)).id, 1u);
  EXPECT_EQ(list.insert(record("5551234567", 111)).id, 2u);
  EXPECT_EQ(list.findExact("1", "5551234567", 111)->id, 2u);
  EXPECT_EQ(list.findExact("44", "5551234567", 111), nullptr);
  EXPECT_EQ(list.findExact("1", "5551234567", 222), nullptr);
  EXPECT_TRUE(list.erase(1));
  EXPECT_FALSE(list.erase(1));
  EXPECT_EQ(list.insert(record("5550000000", 0)).id, 3u);  // ids are not reused
  list.clear();
  EXPECT_EQ(list.insert(record("5550000000", 0)).id, 1u);
}

TEST(ConvosoRecordListTest, ReplaceMovesTheEntryBetweenIndexKeys) {
  ConvosoRecordList list;
  auto entry = list.insert(record("5551234567", 0));
  entry.phoneNumber = "5559999999";
  entry.campaignId = 111;
  list.replace(entry);
  auto byOldPhone = query();
  byOldPhone.phoneNumber = "5551234567";
  EXPECT_EQ(list.search(byOldPhone).total, 0u);
  auto byNewPhone = query();
  byNewPhone.phoneNumber = "5559999999";
  EXPECT_EQ(ids(list.search(byNewPhone)), std::vector<std::uint64_t>{1});
  auto byOldCampaign = query();
  byOldCampaign.campaignId = 0;
  EXPECT_EQ(list.search(byOldCampaign).total, 0u);
  auto byNewCampaign = query();
  byNewCampaign.campaignId = 111;
  EXPECT_EQ(list.search(byNewCampaign).total, 1u);
}

TEST(ConvosoRecordListTest, FiltersCombineAndPagesCountEveryMatch) {
  ConvosoRecordList list;
  for (int i = 0; i < 10; ++i) {
    list.insert(record("555000000" + std::to_string(i), i % 2, i % 3 == 0 ? "" : "Complaint"));
  }
  auto evenCampaign = query(2);
  evenCampaign.campaignId = 0;
  evenCampaign.offset = 1;
  auto page = list.search(evenCampaign);
  EXPECT_EQ(page.total, 5u);
  EXPECT_EQ(ids(page), (std::vector<std::uint64_t>{3, 5}));

  auto blankReason = query();
  blankReason.reason.match = TextFilter::Match::Blank;
  EXPECT_EQ(ids(list.search(blankReason)), (std::vector<std::uint64_t>{1, 4, 7, 10}));
  auto complaint = query(1);
  complaint.campaignId = 1;
  complaint.reason = {TextFilter::Match::Equals, "COMPLAINT"};
  page = list.search(complaint);
  EXPECT_EQ(page.total, 3u);  // ids 2, 6, 8
  EXPECT_EQ(ids(page), std::vector<std::uint64_t>{2});

  auto pastTheEnd = query();
  pastTheEnd.offset = 50;
  page = list.search(pastTheEnd);
  EXPECT_EQ(page.total, 10u);
  EXPECT_TRUE(page.records.empty());

  auto byId = query();
  byId.id = 4;
  byId.campaignId = 0;
  EXPECT_EQ(ids(list.search(byId)), std::vector<std::uint64_t>{});
  byId.campaignId = 1;
  EXPECT_EQ(ids(list.search(byId)), std::vector<std::uint64_t>{4});
}

TEST(ConvosoRecordListTest, FiltersByInsertTime) {
  ConvosoRecordList list;
  for (std::int64_t at : {100, 200, 300}) {
    auto entry = record("55500000" + std::to_string(at), 0);
    entry.insertedAt = at;
    list.insert(entry);
  }
  auto during = query();
  during.insertedDuring = RecordQuery::TimeRange{200, 300};
  EXPECT_EQ(ids(list.search(during)), std::vector<std::uint64_t>{2});
}

// A million entries: searches by phone number or campaign visit only the entries of that
// number or the page of that campaign (counted, not timed).
TEST(ConvosoRecordListTest, IndexedSearchesDoNotScanAMillionEntries) {
  constexpr std::size_t kEntries = 1'000'000;
  ConvosoRecordList list;
  for (std::size_t i = 0; i < kEntries; ++i) {
    list.insert(record(std::to_string(2'000'000'000 + i), i % 1000 == 0 ? 111 : 0));
  }
  ASSERT_EQ(list.size(), kEntries);

  auto byPhone = query();
  byPhone.phoneNumber = std::to_string(2'000'000'000 + 765'432);
  auto page = list.search(byPhone);
  EXPECT_EQ(ids(page), std::vector<std::uint64_t>{765'433});
  EXPECT_EQ(page.entriesVisited, 1u);

  auto byPhoneAndCampaign = byPhone;
  byPhoneAndCampaign.campaignId = 111;
  page = list.search(byPhoneAndCampaign);
  EXPECT_EQ(page.total, 0u);
  EXPECT_EQ(page.entriesVisited, 1u);

  auto byCampaign = query(10);
  byCampaign.campaignId = 111;
  byCampaign.offset = 20;
  page = list.search(byCampaign);
  EXPECT_EQ(page.total, 1000u);
  ASSERT_EQ(page.records.size(), 10u);
  EXPECT_EQ(page.records.front().id, 20'001u);
  EXPECT_EQ(page.entriesVisited, 30u);

  auto firstPage = query(5);
  page = list.search(firstPage);
  EXPECT_EQ(page.total, kEntries);
  EXPECT_EQ(page.entriesVisited, 5u);
}

}  // namespace
}  // namespace smsim::state
