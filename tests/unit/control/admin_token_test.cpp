// --admin-token's check: which routes stay open without the token, and what counts as presenting
// it (RFC 6750's `Bearer`, scheme case-insensitive).
#include "control/admin_token.hpp"

#include <gtest/gtest.h>

namespace smsim::control {
namespace {

TEST(AdminToken, OnlyHealthAndTheDashboardFilesAreOpen) {
  EXPECT_TRUE(isOpenRoute("GET", "/_smsim/health"));
  EXPECT_TRUE(isOpenRoute("HEAD", "/_smsim/health"));
  EXPECT_TRUE(isOpenRoute("GET", "/_smsim/ui"));
  EXPECT_TRUE(isOpenRoute("GET", "/_smsim/ui/"));
  EXPECT_TRUE(isOpenRoute("GET", "/_smsim/ui/app.js"));
  EXPECT_FALSE(isOpenRoute("POST", "/_smsim/health"));
  EXPECT_FALSE(isOpenRoute("GET", "/_smsim/healthz"));
  EXPECT_FALSE(isOpenRoute("GET", "/_smsim/uiadmin"));
  EXPECT_FALSE(isOpenRoute("GET", "/_smsim/ui/../requests"));
  EXPECT_FALSE(isOpenRoute("POST", "/_smsim/ui/app.js"));
  EXPECT_FALSE(isOpenRoute("GET", "/_smsim/requests"));
  EXPECT_FALSE(isOpenRoute("GET", "/_smsim/state"));
}

TEST(AdminToken, TheBearerMustBeExactlyTheToken) {
  EXPECT_TRUE(bearerMatches("Bearer s3cret", "s3cret"));
  EXPECT_TRUE(bearerMatches("bearer  s3cret ", "s3cret"));
  EXPECT_FALSE(bearerMatches("", "s3cret"));
  EXPECT_FALSE(bearerMatches("Bearer", "s3cret"));
  EXPECT_FALSE(bearerMatches("Bearer s3cre", "s3cret"));
  EXPECT_FALSE(bearerMatches("Bearer s3cretX", "s3cret"));
  EXPECT_FALSE(bearerMatches("Basic s3cret", "s3cret"));
  EXPECT_FALSE(bearerMatches("s3cret", "s3cret"));
  EXPECT_FALSE(bearerMatches("Bearer ", ""));
}

}  // namespace
}  // namespace smsim::control
