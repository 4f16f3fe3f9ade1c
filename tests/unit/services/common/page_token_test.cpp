#include "services/common/page_token.hpp"

#include <gtest/gtest.h>

namespace smsim::services {
namespace {

TEST(PageToken, RoundTripsTheLastKey) {
  const auto token = encodePageToken("DescribeOptedOutNumbers|list-a", "+14155550100");
  EXPECT_EQ(decodePageToken("DescribeOptedOutNumbers|list-a", token), "+14155550100");
}

TEST(PageToken, RoundTripsAnEmptyAndABinaryKey) {
  EXPECT_EQ(decodePageToken("c", encodePageToken("c", "")), "");
  const std::string binary("a\0b\xff", 4);
  EXPECT_EQ(decodePageToken("c", encodePageToken("c", binary)), binary);
}

TEST(PageToken, IsOpaqueAndFitsTheModelPattern) {
  const auto token = encodePageToken("context", "+14155550100");
  EXPECT_EQ(token.find("+1415"), std::string::npos);
  EXPECT_LE(token.size(), 1024u);
  EXPECT_EQ(
      token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
      std::string::npos);
}

TEST(PageToken, RefusesATokenFromAnotherContext) {
  const auto token = encodePageToken("DescribeOptedOutNumbers|list-a", "+14155550100");
  EXPECT_EQ(decodePageToken("DescribeOptedOutNumbers|list-b", token), std::nullopt);
}

TEST(PageToken, RefusesForgedAndMalformedTokens) {
  auto token = encodePageToken("c", "+14155550100");
  token[2] = token[2] == 'A' ? 'B' : 'A';
  for (const std::string& bad : {token, std::string("abc"), std::string("!!!!"), std::string(""),
                                 std::string("AAAA"), std::string("not-a-token")}) {
    EXPECT_EQ(decodePageToken("c", bad), std::nullopt) << bad;
  }
}

TEST(PageToken, RefusesPaddingOnlyAndOverPaddedTokens) {
  // "====" once decoded to a size below zero, wrapped around, and answered 500.
  for (const char* token : {"====", "A===", "AA==AA==", "========"}) {
    EXPECT_EQ(decodePageToken("c", token), std::nullopt) << token;
  }
}

}  // namespace
}  // namespace smsim::services
