#pragma once
// AWS Signature Version 4, computed as AWS's documentation describes it
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html): the canonical
// request, the string to sign, the derived signing key and the signature, and the parts of an
// `Authorization: AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...` header.
// Nothing here knows HTTP libraries or clocks; signature_check.hpp decides what a request's
// signature is worth.
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace smsim::sigv4 {

inline constexpr std::string_view kAlgorithm = "AWS4-HMAC-SHA256";
inline constexpr std::string_view kTerminator = "aws4_request";

// The Authorization header's parts: Credential=AKID/DATE/REGION/SERVICE/aws4_request.
struct Authorization {
  std::string accessKeyId;
  std::string date;  // YYYYMMDD
  std::string region;
  std::string service;
  std::string terminator;
  std::vector<std::string> signedHeaders;  // lower case, as listed
  std::string signature;                   // hex

  std::string scope() const { return date + "/" + region + "/" + service + "/" + terminator; }
};

// The header's parts, or why it is not a SigV4 header (AWS's IncompleteSignature wording).
std::variant<Authorization, std::string> parseAuthorization(std::string_view header);

// A request as it was signed: the raw path and query of its target (still percent-encoded) and
// its headers as sent (names in any case, a name may repeat).
struct SignedRequest {
  std::string_view method;
  std::string_view rawPath;
  std::string_view rawQuery;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string_view body;
};

// RFC 3986 unreserved characters stay, every other byte becomes %XY (upper-case hex).
std::string uriEncode(std::string_view text, bool keepSlashes);
std::string canonicalRequest(const SignedRequest& request,
                             const std::vector<std::string>& signedHeaders);
std::string stringToSign(std::string_view amzDate, std::string_view scope,
                         std::string_view canonicalRequest);
// hex(HMAC(kSigning, stringToSign)), kSigning derived from the secret and the scope's parts.
std::string signature(std::string_view secretAccessKey, std::string_view date,
                      std::string_view region, std::string_view service,
                      std::string_view stringToSign);
std::string sha256Hex(std::string_view data);

}  // namespace smsim::sigv4
