#include "delivery/endpoint_url.hpp"

#include <gtest/gtest.h>

#include <string>

namespace smsim::delivery {
namespace {

EndpointUrl parsed(const std::string& text) {
  const auto result = parseEndpointUrl(text);
  EXPECT_TRUE(result.url) << text << ": " << result.error;
  return result.url.value_or(EndpointUrl{});
}

// The error for `text`, which must be refused.
std::string refusal(const std::string& text) {
  const auto result = parseEndpointUrl(text);
  EXPECT_FALSE(result.url) << text << " was accepted";
  return result.error;
}

TEST(EndpointUrl, SplitsSchemeHostPortAndPath) {
  const auto url = parsed("http://127.0.0.1:8080/sns/in?x=1");
  EXPECT_EQ(url.scheme, "http");
  EXPECT_EQ(url.host, "127.0.0.1");
  EXPECT_EQ(url.port, 8080);
  EXPECT_EQ(url.path, "/sns/in?x=1");
  EXPECT_EQ(url.origin(), "http://127.0.0.1:8080");
}

TEST(EndpointUrl, FillsTheSchemesDefaultPortAndARootPath) {
  EXPECT_EQ(parsed("http://example.com").port, 80);
  EXPECT_EQ(parsed("https://example.com").port, 443);
  EXPECT_EQ(parsed("http://example.com").path, "/");
  EXPECT_EQ(parsed("http://example.com?a=b").path, "/?a=b");
  EXPECT_EQ(parsed("http://example.com/in#fragment").path, "/in");
}

TEST(EndpointUrl, AcceptsUpperCaseSchemesAndIpv6Literals) {
  const auto url = parsed("HTTPS://[::1]:9443/in");
  EXPECT_EQ(url.scheme, "https");
  EXPECT_EQ(url.host, "::1");
  EXPECT_EQ(url.port, 9443);
  EXPECT_EQ(url.origin(), "https://[::1]:9443");
  EXPECT_EQ(parsed("http://[fe80::1]").port, 80);
}

TEST(EndpointUrl, PortsOutsideOneTo65535AreRefused) {
  for (const char* text :
       {"http://h:99999999999/x", "http://h:0/", "http://h:65536/", "http://h:/", "http://h:-1/",
        "http://h:8o/", "http://h:+80/", "http://[::1]:/", "http://[::1]:70000/"}) {
    EXPECT_NE(refusal(text).find("port must be a number from 1 to 65535"), std::string::npos)
        << text;
  }
  EXPECT_EQ(parsed("http://h:65535/").port, 65535);
  EXPECT_EQ(parsed("http://h:1/").port, 1);
  EXPECT_EQ(parsed("http://h:00080/").port, 80);
}

TEST(EndpointUrl, EachRefusalNamesThePartThatIsWrong) {
  EXPECT_NE(refusal("ftp://h/x").find("http:// or https://"), std::string::npos);
  EXPECT_NE(refusal("h:80/x").find("http:// or https://"), std::string::npos);
  EXPECT_NE(refusal("").find("http:// or https://"), std::string::npos);
  EXPECT_NE(refusal("http://").find("no host"), std::string::npos);
  EXPECT_NE(refusal("http://:80/").find("no host"), std::string::npos);
  EXPECT_NE(refusal("http://h h/").find("host"), std::string::npos);
  EXPECT_NE(refusal("http://h:80:90/").find("port"), std::string::npos);
  EXPECT_NE(refusal("http://u:p@h/").find("credentials"), std::string::npos);
  EXPECT_NE(refusal("http://[::1/").find("]"), std::string::npos);
  EXPECT_NE(refusal("http://[::1]x/").find("]"), std::string::npos);
  EXPECT_NE(refusal("http://[h:z]/").find("host"), std::string::npos);
  EXPECT_NE(refusal("http://h/a b").find("path"), std::string::npos);
  EXPECT_NE(refusal("http://h/a\r\nX: y").find("path"), std::string::npos);
  EXPECT_NE(refusal("http://h/" + std::string(3000, 'a')).find("2048"), std::string::npos);
  EXPECT_EQ(refusal("http://h:0/").rfind("endpoint ", 0), 0u);  // says which member
}

}  // namespace
}  // namespace smsim::delivery
