#include "control/journal_query.hpp"

#include <gtest/gtest.h>

namespace smsim::control {
namespace {

std::variant<state::JournalFilter, std::string> read(httplib::Params params) {
  httplib::Request request;
  request.params = std::move(params);
  return readJournalQuery(request);
}

TEST(JournalQuery, ReadsEveryFilter) {
  const auto query = read({{"api", "aws"},
                           {"operation", "SendTextMessage"},
                           {"status", "400"},
                           {"errorType", "ValidationException"},
                           {"rule", "faults/throttle"},
                           {"account", "123456789012"},
                           {"region", "eu-west-1"},
                           {"since", "17"},
                           {"limit", "5"}});
  ASSERT_TRUE(std::holds_alternative<state::JournalFilter>(query)) << std::get<std::string>(query);
  const auto& filter = std::get<state::JournalFilter>(query);
  EXPECT_EQ(filter.api, "aws");
  EXPECT_EQ(filter.operation, "SendTextMessage");
  EXPECT_EQ(filter.status, 400);
  EXPECT_EQ(filter.errorType, "ValidationException");
  EXPECT_EQ(filter.rule, "faults/throttle");
  EXPECT_EQ(filter.accountId, "123456789012");
  EXPECT_EQ(filter.region, "eu-west-1");
  EXPECT_EQ(filter.afterSequence, 17u);
  EXPECT_EQ(filter.limit, 5u);
}

TEST(JournalQuery, RefusesValuesThatCouldNeverMatch) {
  const std::vector<std::pair<httplib::Params, std::string>> cases = {
      {{{"api", "sms"}}, "api must be one of aws, control, convoso, sns."},
      {{{"status", "abc"}}, "status must be an HTTP status from 100 to 599."},
      {{{"status", "4000"}}, "status must be an HTTP status from 100 to 599."},
      {{{"account", "12345"}}, "account must be an account id of 12 digits."},
      {{{"region", "nowhere 1"}}, "region must be a region name such as us-east-1."},
      {{{"since", "-1"}}, "since must be a journal sequence number"},
      {{{"limit", "0"}}, "limit must be a whole number of at least 1."},
  };
  for (const auto& [params, message] : cases) {
    const auto query = read(params);
    ASSERT_TRUE(std::holds_alternative<std::string>(query)) << message;
    EXPECT_TRUE(std::get<std::string>(query).starts_with(message)) << std::get<std::string>(query);
  }
}

}  // namespace
}  // namespace smsim::control
