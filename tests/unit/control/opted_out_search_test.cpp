// The opted-out number search of GET /_smsim/opted-out-numbers: what it finds and counts, and that
// it lets API calls take the store's lock between its steps instead of holding it across a whole
// list (a writer is let in mid-scan, and what it adds after the search's place is found).
#include "control/opted_out_search.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <string>

namespace smsim::control {
namespace {

const state::AccountScope kScope{"123456789012", "us-east-1"};
const state::AccountScope kOtherScope{"210987654321", "eu-west-1"};

class OptedOutSearchTest : public ::testing::Test {
 protected:
  // `count` numbers +1415555NNNN from `first`, on `list` of `scope`.
  void fill(const state::AccountScope& scope, const std::string& list, int first, int count,
            bool endUser = false) {
    store.withAccount(scope, [&](state::AccountState& account) {
      auto& numbers = account.optOutLists[list].numbers;
      for (int i = first; i < first + count; ++i) numbers[number(i)] = {1.0 * i, endUser};
    });
  }

  static std::string number(int i) {
    auto digits = std::to_string(i);
    return "+1415555" + std::string(4 - digits.size(), '0') + digits;
  }

  Clock clock;
  state::Store store{clock, 100};
};

TEST_F(OptedOutSearchTest, FindsAPartOfANumberAcrossAccountsListsAndSteps) {
  fill(kScope, "Default", 0, 50);
  fill(kScope, "Marketing", 0, 50, true);
  fill(kOtherScope, "Default", 0, 50);
  OptedOutSearch search;
  search.number = "5550";  // +1415555 0000..0049: all 50 of each list, in three lists
  search.limit = 120;
  const auto result =
      searchOptedOutNumbers(store, search, {.numbersPerLock = 7, .betweenSteps = nullptr});
  EXPECT_EQ(result.total, 150u);
  ASSERT_EQ(result.numbers.size(), 120u);
  EXPECT_EQ(result.numbers.front().scope, kScope);
  EXPECT_EQ(result.numbers.front().optedOutNumber, number(0));
  EXPECT_EQ(result.numbers[50].optOutListName, "Marketing");
  EXPECT_TRUE(result.numbers[50].entry.endUserOptedOut);
  EXPECT_EQ(result.numbers[100].scope, kOtherScope);

  search.number = "0042";
  search.account = kScope.accountId;
  search.list = "Marketing";
  const auto one =
      searchOptedOutNumbers(store, search, {.numbersPerLock = 7, .betweenSteps = nullptr});
  EXPECT_EQ(one.total, 1u);
  ASSERT_EQ(one.numbers.size(), 1u);
  EXPECT_EQ(one.numbers[0].optedOutNumber, number(42));
}

TEST_F(OptedOutSearchTest, APrefixReadsOnlyItsRangeOfTheList) {
  fill(kScope, "Default", 0, 1000);
  OptedOutSearch search;
  search.number = "+141555500";  // 0000..0099 of 0000..0999
  int steps = 0;
  const auto result = searchOptedOutNumbers(
      store, search, {.numbersPerLock = 10, .betweenSteps = [&] { ++steps; }});
  EXPECT_EQ(result.total, 100u);
  EXPECT_EQ(result.numbers.size(), 100u);
  EXPECT_EQ(result.numbers.back().optedOutNumber, number(99));
  EXPECT_EQ(steps, 9);  // 100 numbers in steps of 10, not the list's 1,000
}

TEST_F(OptedOutSearchTest, WithoutANumberTheTotalIsTheListsSizesAndOnlyTheLimitIsRead) {
  fill(kScope, "Default", 0, 1000);
  fill(kOtherScope, "Default", 0, 10);
  OptedOutSearch search;
  search.limit = 25;
  int steps = 0;
  const auto result = searchOptedOutNumbers(
      store, search, {.numbersPerLock = 10, .betweenSteps = [&] { ++steps; }});
  EXPECT_EQ(result.total, 1010u);
  EXPECT_EQ(result.numbers.size(), 25u);
  EXPECT_EQ(steps, 2);
}

TEST_F(OptedOutSearchTest, AnApiCallTakesTheLockBetweenStepsAndWhatItAddsAheadIsFound) {
  fill(kScope, "Default", 0, 1000);
  OptedOutSearch search;
  search.number = "555";
  search.limit = 2000;
  std::future<void> writer;
  bool writerGotIn = false;
  const auto result = searchOptedOutNumbers(
      store, search,
      {.numbersPerLock = 100, .betweenSteps = [&] {
         if (writer.valid()) return;
         // A PutOptedOutNumber from another thread, mid-scan: with the lock held
         // across the scan it would wait until the search ended.
         writer = std::async(std::launch::async, [&] { fill(kScope, "Default", 5000, 1); });
         writerGotIn = writer.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
       }});
  EXPECT_TRUE(writerGotIn) << "the search held the store's lock between its steps";
  EXPECT_EQ(result.total, 1001u);
  EXPECT_EQ(result.numbers.back().optedOutNumber, number(5000));
}

TEST_F(OptedOutSearchTest, AResetMidSearchEndsItWithWhatWasFound) {
  fill(kScope, "Default", 0, 300);
  OptedOutSearch search;
  search.number = "+1";
  const auto result = searchOptedOutNumbers(
      store, search, {.numbersPerLock = 100, .betweenSteps = [&] { store.reset(); }});
  EXPECT_EQ(result.total, 100u);
  EXPECT_EQ(result.numbers.size(), 100u);
}

}  // namespace
}  // namespace smsim::control
