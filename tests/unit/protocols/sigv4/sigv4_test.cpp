// SigV4 against AWS's published test suite
// (https://docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html: AKIDEXAMPLE,
// 20150830T123600Z, us-east-1, service "service"), and the checks of --verify-signatures.
#include "protocols/sigv4/sigv4.hpp"

#include <gtest/gtest.h>

#include "protocols/sigv4/signature_check.hpp"

namespace smsim::sigv4 {
namespace {

constexpr const char* kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
constexpr const char* kAmzDate = "20150830T123600Z";
constexpr const char* kScope = "20150830/us-east-1/service/aws4_request";

SignedRequest suiteRequest(std::string_view method, std::string_view query = "",
                           std::vector<std::pair<std::string, std::string>> extra = {}) {
  SignedRequest request{method, "/", query, {}, ""};
  request.headers = {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", kAmzDate}};
  for (auto& header : extra) request.headers.push_back(std::move(header));
  return request;
}

std::string sign(const SignedRequest& request, const std::vector<std::string>& signedHeaders) {
  return signature(kSecret, "20150830", "us-east-1", "service",
                   stringToSign(kAmzDate, kScope, canonicalRequest(request, signedHeaders)));
}

TEST(SigV4, GetVanilla) {
  const auto request = suiteRequest("GET");
  EXPECT_EQ(canonicalRequest(request, {"host", "x-amz-date"}),
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex(canonicalRequest(request, {"host", "x-amz-date"})),
            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
  EXPECT_EQ(sign(request, {"host", "x-amz-date"}),
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
}

TEST(SigV4, PostVanilla) {
  EXPECT_EQ(sign(suiteRequest("POST"), {"host", "x-amz-date"}),
            "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
}

TEST(SigV4, QueryParametersAreSortedByName) {
  EXPECT_EQ(sign(suiteRequest("GET", "Param2=value2&Param1=value1"), {"host", "x-amz-date"}),
            "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
}

TEST(SigV4, HeaderValuesKeepTheirCase) {
  EXPECT_EQ(sign(suiteRequest("POST", "", {{"My-Header1", "VALUE1"}}),
                 {"host", "my-header1", "x-amz-date"}),
            "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d");
}

TEST(SigV4, DuplicateHeaderValuesAreJoinedWithCommas) {
  EXPECT_EQ(
      sign(suiteRequest(
               "GET", "",
               {{"My-Header1", "value2"}, {"My-Header1", "value2"}, {"My-Header1", "value1"}}),
           {"host", "my-header1", "x-amz-date"}),
      "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea");
}

TEST(SigV4, ParsesTheAuthorizationHeader) {
  const auto parsed = parseAuthorization(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
      "SignedHeaders=host;x-amz-date, Signature=5fa00fa3");
  const auto* header = std::get_if<Authorization>(&parsed);
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->accessKeyId, "AKIDEXAMPLE");
  EXPECT_EQ(header->scope(), kScope);
  EXPECT_EQ(header->signedHeaders, (std::vector<std::string>{"host", "x-amz-date"}));
  EXPECT_EQ(header->signature, "5fa00fa3");
}

TEST(SigV4, AnIncompleteHeaderSaysWhatIsMissing) {
  const auto parsed = parseAuthorization("AWS4-HMAC-SHA256 Credential=AKID/20150830/r/s/x");
  ASSERT_TRUE(std::holds_alternative<std::string>(parsed));
  EXPECT_NE(std::get<std::string>(parsed).find("requires 'Signature' parameter"),
            std::string::npos);
  EXPECT_TRUE(std::holds_alternative<std::string>(parseAuthorization("Bearer abc")));
  EXPECT_TRUE(std::holds_alternative<std::string>(parseAuthorization("")));
}

// --- checkSignature -------------------------------------------------------------------------

const AccessKeys kKeys = {{"AKIDEXAMPLE", kSecret}};
const auto kSignedAt = std::chrono::system_clock::from_time_t(1440938160);  // 20150830T123600Z

std::string authorizationFor(const SignedRequest& request, const std::string& service = "service",
                             const std::string& keyId = "AKIDEXAMPLE") {
  const std::string scope = "20150830/us-east-1/" + service + "/aws4_request";
  const auto value =
      signature(kSecret, "20150830", "us-east-1", service,
                stringToSign(kAmzDate, scope, canonicalRequest(request, {"host", "x-amz-date"})));
  return "AWS4-HMAC-SHA256 Credential=" + keyId + "/" + scope +
         ", SignedHeaders=host;x-amz-date, Signature=" + value;
}

TEST(SignatureCheck, AcceptsTheRightSignatureWithinFifteenMinutes) {
  auto request = suiteRequest("POST");
  request.body = "{}";
  const auto header = authorizationFor(request);
  EXPECT_FALSE(checkSignature(request, header, kKeys, "service", kSignedAt));
  EXPECT_FALSE(
      checkSignature(request, header, kKeys, "service", kSignedAt + std::chrono::minutes(15)));
}

TEST(SignatureCheck, RefusesWhatAwsRefuses) {
  auto request = suiteRequest("POST");
  request.body = "{}";
  const auto header = authorizationFor(request);
  const auto kindOf = [&](const SignedRequest& r, const std::string& h, std::string_view service,
                          std::chrono::system_clock::time_point now) {
    auto refusal = checkSignature(r, h, kKeys, service, now);
    return refusal ? std::optional(refusal->kind) : std::nullopt;
  };
  EXPECT_EQ(kindOf(request, "", "service", kSignedAt), RefusalKind::MissingAuthentication);
  EXPECT_EQ(kindOf(request, "AWS4-HMAC-SHA256 Credential=x", "service", kSignedAt),
            RefusalKind::IncompleteSignature);
  EXPECT_EQ(
      kindOf(request, authorizationFor(request, "service", "AKIDUNKNOWN"), "service", kSignedAt),
      RefusalKind::UnknownAccessKey);
  EXPECT_EQ(kindOf(request, authorizationFor(request, "sns"), "service", kSignedAt),
            RefusalKind::SignatureMismatch);
  EXPECT_EQ(kindOf(request, header, "service", kSignedAt + std::chrono::minutes(16)),
            RefusalKind::SignatureExpired);
  EXPECT_EQ(kindOf(request, header, "service", kSignedAt - std::chrono::minutes(16)),
            RefusalKind::SignatureExpired);
  auto tampered = request;
  tampered.body = R"({"a":1})";
  EXPECT_EQ(kindOf(tampered, header, "service", kSignedAt), RefusalKind::SignatureMismatch);
  auto otherQuery = request;
  otherQuery.rawQuery = "Action=Publish";
  EXPECT_EQ(kindOf(otherQuery, header, "service", kSignedAt), RefusalKind::SignatureMismatch);
}

// Regression (fuzz_sigv4_signature): a date in the year 4243 overflowed system_clock's
// nanoseconds; it is refused like any other date no signed request carries.
TEST(SignatureCheck, ADateCenturiesAwayIsRefusedNotOverflowed) {
  for (const char* date :
       {"42430930T123600Z", "99991231T235959Z", "19691231T235959Z", "2015083OT-12600Z"}) {
    SignedRequest request{"POST", "/", "", {}, "{}"};
    request.headers = {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", date}};
    EXPECT_TRUE(checkSignature(request, authorizationFor(request), kKeys, "service", kSignedAt))
        << date;
  }
}

TEST(SignatureCheck, AnExpiredSignatureSaysWhenAsAwsDoes) {
  const auto request = suiteRequest("POST");
  const auto refusal = checkSignature(request, authorizationFor(request), kKeys, "service",
                                      kSignedAt + std::chrono::minutes(20));
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->message,
            "Signature expired: 20150830T123600Z is now earlier than 20150830T124100Z "
            "(20150830T125600Z - 15 min.)");
}

}  // namespace
}  // namespace smsim::sigv4
