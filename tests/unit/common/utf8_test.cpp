#include "common/utf8.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  for (const std::string text : {"", "plain", "caf\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
                                 "\xEF\xBF\xBD", "\xF4\x8F\xBF\xBF"}) {
    EXPECT_TRUE(isValidUtf8(text)) << text;
  }
}

TEST(Utf8, RefusesMalformedText) {
  for (const std::string text :
       {"\xff", "\x80", "a\xC3", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
        "\xF0\x9F\x98", "\xE2\x28\xA1"}) {
    EXPECT_FALSE(isValidUtf8(text)) << testing::PrintToString(text);
  }
}

TEST(Utf8, MeasuresOneSequence) {
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xff";
  EXPECT_EQ(utf8SequenceLength(text, 0), 1u);
  EXPECT_EQ(utf8SequenceLength(text, 1), 2u);
  EXPECT_EQ(utf8SequenceLength(text, 3), 3u);
  EXPECT_EQ(utf8SequenceLength(text, 6), 4u);
  EXPECT_EQ(utf8SequenceLength(text, 10), 0u);
}

}  // namespace
}  // namespace smsim
