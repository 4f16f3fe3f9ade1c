#include "common/json_text.hpp"

#include <gtest/gtest.h>

namespace smsim {
namespace {

TEST(SafeDump, ReplacesBytesThatAreNotUtf8InsteadOfThrowing) {
  const nlohmann::json value = {{"reason", "a\xff"}};
  EXPECT_THROW(static_cast<void>(value.dump()), nlohmann::json::type_error);  // what once ran
  EXPECT_EQ(safeDump(value), "{\"reason\":\"a\xEF\xBF\xBD\"}");
  const nlohmann::ordered_json ordered = {{"b", "\xc3"}, {"a", 1}};
  EXPECT_EQ(safeDump(ordered), "{\"b\":\"\xEF\xBF\xBD\",\"a\":1}");
}

TEST(SafeDump, IsCompact) {
  EXPECT_EQ(safeDump(nlohmann::json::parse(R"( [1, {"a": 2}] )")), R"([1,{"a":2}])");
}

}  // namespace
}  // namespace smsim
