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
  JournalFilter aws;
  aws.api = "aws";
  EXPECT_EQ(journal.list(aws).size(), 2u);
  JournalFilter put;
  put.operation = "PutOptedOutNumber";
  const auto puts = journal.list(put);
  ASSERT_EQ(puts.size(), 1u);
  EXPECT_EQ(puts[0].sequence, 1u);
}

TEST(Journal, FiltersByStatusErrorRuleAccountAndRegion) {
  Journal journal(10);
  auto call = [&](int status, const std::string& errorType, const std::string& rule,
                  const std::string& account, const std::string& region) {
    JournalEntry e = entry("aws", "SendTextMessage");
    e.status = status;
    e.errorType = errorType;
    e.rule = rule;
    e.accountId = account;
    e.region = region;
    journal.record(e);
  };
  call(200, "", "", "111111111111", "us-east-1");
  call(400, "ValidationException", "", "111111111111", "eu-west-1");
  call(429, "ThrottlingException", "faults/throttle", "222222222222", "us-east-1");

  const auto only = [&](auto narrow) {
    JournalFilter filter;
    narrow(filter);
    std::vector<std::uint64_t> sequences;
    journal.forEach(filter, [&](const JournalEntry& e) { sequences.push_back(e.sequence); });
    return sequences;
  };
  using Sequences = std::vector<std::uint64_t>;
  EXPECT_EQ(only([](JournalFilter& f) { f.status = 400; }), Sequences{2});
  EXPECT_EQ(only([](JournalFilter& f) { f.errorType = "ThrottlingException"; }), Sequences{3});
  EXPECT_EQ(only([](JournalFilter& f) { f.rule = "faults/throttle"; }), Sequences{3});
  EXPECT_EQ(only([](JournalFilter& f) { f.accountId = "111111111111"; }), (Sequences{1, 2}));
  EXPECT_EQ(only([](JournalFilter& f) {
              f.accountId = "111111111111";
              f.region = "us-east-1";
            }),
            Sequences{1});
  EXPECT_EQ(only([](JournalFilter& f) { f.status = 404; }), Sequences{});
}

TEST(Journal, PagesBySequenceAndLimit) {
  Journal journal(10);
  for (int i = 0; i < 5; ++i) journal.record(entry("aws", "Op" + std::to_string(i)));
  std::vector<std::uint64_t> seen;
  std::uint64_t after = 0;
  for (int pages = 0; pages < 10; ++pages) {
    std::size_t count = 0;
    JournalFilter page;
    page.afterSequence = after;
    page.limit = 2;
    journal.forEach(page, [&](const JournalEntry& e) {
      seen.push_back(e.sequence);
      after = e.sequence;
      ++count;
    });
    if (count < 2) break;
  }
  EXPECT_EQ(seen, (std::vector<std::uint64_t>{1, 2, 3, 4, 5}));
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
  JournalFilter aws;
  aws.api = "aws";
  journal.forEach(aws, [&sequences](const JournalEntry& e) { sequences.push_back(e.sequence); });
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
