#include "state/outbox.hpp"

#include <gtest/gtest.h>

namespace smsim::state {
namespace {

OutboxMessage message(const std::string& account, const std::string& destination, double at) {
  OutboxMessage m;
  m.accountId = account;
  m.destinationNumber = destination;
  m.originationNumber = "+12065550100";
  m.timestamp = at;
  return m;
}

TEST(Outbox, FiltersByAccountDestinationOriginationAndTime) {
  Outbox outbox(10);
  outbox.append(message("111111111111", "+14155550100", 1));
  outbox.append(message("222222222222", "+14155550100", 2));
  outbox.append(message("222222222222", "+14155550199", 3));

  OutboxFilter byAccount;
  byAccount.accountId = "222222222222";
  EXPECT_EQ(outbox.list(byAccount).size(), 2u);

  OutboxFilter byAccountAndDestination = byAccount;
  byAccountAndDestination.destination = "+14155550100";
  ASSERT_EQ(outbox.list(byAccountAndDestination).size(), 1u);
  EXPECT_EQ(outbox.list(byAccountAndDestination)[0].timestamp, 2);

  OutboxFilter since;
  since.since = 2;
  EXPECT_EQ(outbox.list(since).size(), 2u);

  OutboxFilter otherOrigination;
  otherOrigination.origination = "+12065550999";
  EXPECT_TRUE(outbox.list(otherOrigination).empty());
}

TEST(Outbox, KeepsOnlyTheNewestMessagesBeyondItsCapacity) {
  Outbox outbox(2);
  for (int i = 0; i < 5; ++i) outbox.append(message("111111111111", "+14155550100", i));
  const auto kept = outbox.list({});
  ASSERT_EQ(kept.size(), 2u);
  EXPECT_EQ(kept[0].timestamp, 3);
}

TEST(Outbox, CountsTheMessagesItDropsUntilCleared) {
  Outbox outbox(2);
  for (int i = 0; i < 5; ++i) outbox.append(message("111111111111", "+14155550100", i));
  EXPECT_EQ(outbox.list({}).size(), 2u);
  EXPECT_EQ(outbox.evicted(), 3u);
  outbox.clear();
  EXPECT_EQ(outbox.evicted(), 0u);
}

}  // namespace
}  // namespace smsim::state
