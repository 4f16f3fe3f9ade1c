// The Convoso configuration is a snapshot: a seed replaces it whole while calls that already
// hold the old one keep reading it, and a reset goes back to the server's start configuration.
#include "state/convoso_store.hpp"

#include <gtest/gtest.h>

namespace smsim::state {
namespace {

TEST(ConvosoStore, ACallKeepsItsConfigurationWhileASeedReplacesIt) {
  ConvosoConfig start;
  start.allowedReasons = {"From the command line"};
  ConvosoStore store(start);

  const auto heldByACall = store.config();
  store.changeConfig([](ConvosoConfig& config) { config.allowedReasons = {"User Request"}; });

  EXPECT_EQ(heldByACall->allowedReasons, std::vector<std::string>{"From the command line"});
  EXPECT_EQ(store.config()->allowedReasons, std::vector<std::string>{"User Request"});
}

TEST(ConvosoStore, ResetRestoresTheStartConfigurationAndEmptiesBothLists) {
  ConvosoStore store;
  store.changeConfig([](ConvosoConfig& config) { config.allowedPurposes = {"Marketing"}; });
  ConvosoRecord record;
  record.phoneCode = "1";
  record.phoneNumber = "5551234567";
  store.withList(ConvosoList::Dnc, [&](ConvosoRecordList& list) { list.insert(record); });

  store.reset();

  EXPECT_TRUE(store.config()->allowedPurposes.empty());
  EXPECT_EQ(store.withList(ConvosoList::Dnc, [](ConvosoRecordList& list) { return list.size(); }),
            0u);
}

}  // namespace
}  // namespace smsim::state
