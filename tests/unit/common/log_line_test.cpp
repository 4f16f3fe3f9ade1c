#include "common/log_line.hpp"

#include <gtest/gtest.h>

namespace smsim {
namespace {

using nlohmann::ordered_json;

TEST(LogLine, WritesPlainValuesBare) {
  EXPECT_EQ(textLogLine("request", ordered_json{{"method", "POST"},
                                                {"path", "/v1/dnc/search"},
                                                {"operation", "PutOptedOutNumber"},
                                                {"status", 200},
                                                {"ms", 0.25}}),
            "request method=POST path=/v1/dnc/search operation=PutOptedOutNumber status=200 "
            "ms=0.25");
}

TEST(LogLine, QuotesAValueThatCouldForgeAFieldOrALine) {
  // The audit's X-Amz-Target: a fake pair, a new line and an escape sequence.
  const std::string target = "X status=200 error=-\nforged line \x1b[31mred";
  EXPECT_EQ(textLogLine("request", ordered_json{{"operation", target}, {"status", 400}}),
            R"(request operation="X status=200 error=-\nforged line \x1b[31mred" status=400)");
}

TEST(LogLine, EscapesQuotesBackslashesAndEmptyValues) {
  EXPECT_EQ(logValue(R"(say "hi" \ bye)"), R"("say \"hi\" \\ bye")");
  EXPECT_EQ(logValue(""), R"("")");
  EXPECT_EQ(logValue("a=b"), R"("a=b")");
  EXPECT_EQ(logValue("tab\there\r"), R"("tab\there\r")");
  EXPECT_EQ(logValue("del\x7f"), R"("del\x7f")");
}

TEST(LogLine, KeepsUtf8AndEscapesWhatIsNot) {
  EXPECT_EQ(logValue("caf\xC3\xA9"), "\"caf\xC3\xA9\"");
  EXPECT_EQ(logValue("bad\xff\xC3"), R"("bad\xff\xc3")");
  // C1 controls (U+009B is CSI to some terminals) and the Unicode line separator.
  EXPECT_EQ(logValue("\xC2\x9B"
                     "2J\xE2\x80\xA8"),
            R"("\u009b2J\u2028")");
}

TEST(LogLine, QuotesStructuredValues) {
  EXPECT_EQ(textLogLine("m", ordered_json{{"fields", {{"a", 1}}}}), R"(m fields="{\"a\":1}")");
}

}  // namespace
}  // namespace smsim
