#include "protocols/aws_json/credential_scope.hpp"

#include <gtest/gtest.h>

namespace smsim::aws_json {
namespace {

const state::AccountScope kDefaults{"123456789012", "us-east-1"};

struct ScopeCase {
  const char* authorization;
  state::AccountScope expected;
};

class CredentialScopeTest : public testing::TestWithParam<ScopeCase> {};

TEST_P(CredentialScopeTest, ReadsAccountAndRegion) {
  EXPECT_EQ(scopeFromAuthorization(GetParam().authorization, kDefaults), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Headers, CredentialScopeTest,
    testing::Values(
        ScopeCase{"AWS4-HMAC-SHA256 Credential=111122223333/20261122/eu-west-1/sms-voice/"
                  "aws4_request, SignedHeaders=host;x-amz-date, Signature=abc",
                  {"111122223333", "eu-west-1"}},
        ScopeCase{"AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261122/ap-south-1/"
                  "sms-voice/aws4_request, SignedHeaders=host, Signature=abc",
                  {"123456789012", "ap-south-1"}},
        ScopeCase{"", kDefaults}, ScopeCase{"Bearer token", kDefaults},
        ScopeCase{"AWS4-HMAC-SHA256 Credential=12345", kDefaults},
        ScopeCase{"AWS4-HMAC-SHA256 Credential=1234567890123/x/US EAST/sms-voice/aws4_request",
                  kDefaults},
        ScopeCase{"AWS4-HMAC-SHA256 Credential=000000000000//us-west-2/sms-voice/aws4_request",
                  {"000000000000", "us-west-2"}}));

}  // namespace
}  // namespace smsim::aws_json
