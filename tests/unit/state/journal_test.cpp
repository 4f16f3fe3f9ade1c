#include "state/journal.hpp"

#include <gtest/gtest.h>

namespace smsim::state {
namespace {

JournalEntry entry(const std::string& api, const std::string& operation) {
  JournalEntry e;
  e.api = api;
  e.operation = operation;
  return e;
}

TEST(Journal, FiltersByApiAndOperation) {
  Journal journal(10);
  journal.record(entry("aws", "PutOptedOutNumber"));
  journal.record(entry("aws", "DescribeOptedOutNumbers"));
  journal.record(entry("convoso", "sms-opt-out/insert"));
  EXPECT_EQ(journal.list({}).size(), 3u);
  EXPECT_EQ(journal.list({"aws", std::nullopt}).size(), 2u);
  const auto puts = journal.list({std::nullopt, "PutOptedOutNumber"});
  ASSERT_EQ(puts.size(), 1u);
  EXPECT_EQ(puts[0].sequence, 1u);
}

TEST(Journal, DropsTheOldestBeyondItsCapacity) {
  Journal journal(2);
  for (int i = 0; i < 5; ++i) journal.record(entry("aws", "Op" + std::to_string(i)));
  const auto kept = journal.list({});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].operation, "Op3");
  EXPECT_EQ(kept[1].sequence, 5u);
}

TEST(Journal, DropsTheOldestBeyondItsByteBudgetButKeepsTheNewest) {
  Journal journal(100, 25);
  auto sized = [](const std::string& operation, std::size_t bytes) {
    JournalEntry call = entry("aws", operation);
    call.responseBody = std::string(bytes, 'x');
    return call;
  };
  journal.record(sized("First", 10));
  journal.record(sized("Second", 10));
  EXPECT_EQ(journal.list({}).size(), 2u);
  journal.record(sized("Third", 10));  // 30 bytes: the first goes
  auto kept = journal.list({});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].operation, "Second");

  journal.record(sized("Huge", 1000));  // over the budget alone: kept, as the newest
  kept = journal.list({});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].operation, "Huge");

  journal.clear();
  journal.record(sized("AfterClear", 20));
  EXPECT_EQ(journal.list({}).size(), 1u);
}

TEST(Journal, ClearEmptiesIt) {
  Journal journal(2);
  journal.record(entry("aws", "Op"));
  journal.clear();
  EXPECT_TRUE(journal.list({}).empty());
}

TEST(Journal, SerializesErrorTypeAsNullOnSuccess) {
  nlohmann::json json = entry("aws", "Op");
  EXPECT_TRUE(json["errorType"].is_null());
  EXPECT_EQ(json["api"], "aws");
}

TEST(Journal, KeepsBodiesAsTextAndShowsThemAsJson) {
  JournalEntry call = entry("aws", "PutOptedOutNumber");
  call.requestBody = R"({"OptOutListName":"Default"})";
  call.responseBody = "";
  EXPECT_EQ(call.request(), nlohmann::json({{"OptOutListName", "Default"}}));
  EXPECT_TRUE(call.response().is_null());

  call.requestBody = "{not json";  // a malformed call is journaled as what was sent
  EXPECT_EQ(call.request(), nlohmann::json("{not json"));
  nlohmann::json shown = call;
  EXPECT_EQ(shown["request"], "{not json");
}

TEST(Journal, KeepsADeeplyNestedBodyAsText) {
  // The audit's body: 58,000 levels, once parsed and dumped recursively on every journal read.
  constexpr std::size_t kLevels = 58'000;
  const std::string deep = std::string(kLevels, '[') + std::string(kLevels, ']');
  EXPECT_EQ(parseJsonOrText(deep), nlohmann::json(deep));

  const std::string deepest(kMaxJournalJsonDepth, '[');
  const std::string allowed = deepest + std::string(kMaxJournalJsonDepth, ']');
  EXPECT_TRUE(parseJsonOrText(allowed).is_array());
  EXPECT_TRUE(parseJsonOrText("[" + allowed + "]").is_string());

  JournalEntry call = entry("aws", "PutOptedOutNumber");
  call.requestBody = deep;
  EXPECT_EQ(nlohmann::json(call)["request"].get<std::string>().size(), deep.size());
}

TEST(Journal, ForEachVisitsMatchingEntriesInOrderAcrossChunks) {
  constexpr int kCalls = 1000;  // several read chunks
  Journal journal(kCalls);
  for (int i = 0; i < kCalls; ++i) journal.record(entry(i % 2 ? "aws" : "convoso", "Op"));
  std::vector<std::uint64_t> sequences;
  journal.forEach({"aws", std::nullopt},
                  [&sequences](const JournalEntry& e) { sequences.push_back(e.sequence); });
  ASSERT_EQ(sequences.size(), kCalls / 2u);
  for (std::size_t i = 0; i < sequences.size(); ++i) EXPECT_EQ(sequences[i], 2 * i + 2);
}

TEST(Journal, ForEachStopsAtTheEntriesRecordedBeforeItBegan) {
  Journal journal(1000);
  for (int i = 0; i < 600; ++i) journal.record(entry("aws", "Before"));
  std::size_t visited = 0;
  journal.forEach({}, [&](const JournalEntry& e) {
    EXPECT_EQ(e.operation, "Before");
    ++visited;
    journal.record(entry("aws", "During"));  // a call recorded while the read goes on
  });
  EXPECT_EQ(visited, 600u);
}

TEST(Journal, CountsEvictionsByCapacityAndBytesUntilCleared) {
  Journal journal(3, 100);
  for (int i = 0; i < 5; ++i) journal.record(entry("aws", "Op"));
  EXPECT_EQ(journal.evicted(), 2u);
  JournalEntry big = entry("aws", "Big");
  big.responseBody = std::string(200, 'x');
  journal.record(big);  // the three before it go
  EXPECT_EQ(journal.evicted(), 5u);
  journal.clear();
  EXPECT_EQ(journal.evicted(), 0u);
}

}  // namespace
}  // namespace smsim::state
