#include "common/json_depth.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim {
namespace {

TEST(JsonDepth, CountsObjectsAndArrays) {
  EXPECT_FALSE(exceedsJsonDepth(R"({"a":[{"b":1}]})", 3));
  EXPECT_TRUE(exceedsJsonDepth(R"({"a":[{"b":[1]}]})", 3));
}

TEST(JsonDepth, IgnoresBracketsInsideStrings) {
  EXPECT_FALSE(exceedsJsonDepth(R"({"a":"[[[[{{{{\"[[["})", 1));
}

TEST(JsonDepth, HandlesHugeNesting) {
  const std::string deep(1'000'000, '[');
  EXPECT_TRUE(exceedsJsonDepth(deep, 64));
}

}  // namespace
}  // namespace smsim
