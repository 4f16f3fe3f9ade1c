#include "protocols/sigv4/signature_check.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>

#include "common/aws_names.hpp"

namespace smsim::sigv4 {

namespace {

constexpr std::string_view kAmzDate = "x-amz-date";
constexpr std::size_t kAmzDateLength = 16;  // 20150830T123600Z
constexpr std::size_t kDateLength = 8;

std::optional<std::string> headerValue(const SignedRequest& request, std::string_view name) {
  for (const auto& [headerName, value] : request.headers) {
    if (headerName.size() != name.size()) continue;
    if (std::equal(name.begin(), name.end(), headerName.begin(), [](char a, char b) {
          return a == std::tolower(static_cast<unsigned char>(b));
        })) {
      return value;
    }
  }
  return std::nullopt;
}

// 20150830T123600Z -> time point, or nullopt.
std::optional<std::chrono::system_clock::time_point> parseAmzDate(std::string_view text) {
  if (text.size() != kAmzDateLength || text[8] != 'T' || text[15] != 'Z') return std::nullopt;
  std::tm parts{};
  char rest = 0;
  if (std::sscanf(std::string(text).c_str(), "%4d%2d%2dT%2d%2d%2dZ%c", &parts.tm_year,
                  &parts.tm_mon, &parts.tm_mday, &parts.tm_hour, &parts.tm_min, &parts.tm_sec,
                  &rest) != 6) {
    return std::nullopt;
  }
  // A year past 2200 would overflow system_clock's nanoseconds (found by fuzz_sigv4_signature);
  // no signed request carries one, so it is as malformed as a 13th month.
  constexpr int kFirstYear = 1970;
  constexpr int kLastYear = 2200;
  if (parts.tm_year < kFirstYear || parts.tm_year > kLastYear) return std::nullopt;
  parts.tm_year -= 1900;
  parts.tm_mon -= 1;
  if (parts.tm_mon < 0 || parts.tm_mon > 11 || parts.tm_mday < 1 || parts.tm_mday > 31 ||
      parts.tm_hour < 0 || parts.tm_hour > 23 || parts.tm_min < 0 || parts.tm_min > 59 ||
      parts.tm_sec < 0 || parts.tm_sec > 60) {
    return std::nullopt;
  }
  return std::chrono::system_clock::from_time_t(timegm(&parts));
}

std::string amzDateText(std::chrono::system_clock::time_point at) {
  const auto seconds = std::chrono::system_clock::to_time_t(at);
  std::tm parts{};
  gmtime_r(&seconds, &parts);
  char text[kAmzDateLength + 1];
  std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &parts);
  return text;
}

bool equalsInConstantTime(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return difference == 0;
}

Refusal mismatch(std::string message) {
  return {RefusalKind::SignatureMismatch, std::move(message)};
}

std::optional<Refusal> checkScope(const Authorization& header, std::string_view service,
                                  std::string_view amzDate) {
  if (header.service != service) {
    return mismatch("Credential should be scoped to correct service: '" + std::string(service) +
                    "'. ");
  }
  if (!aws_names::isRegionName(header.region)) {
    return mismatch("Credential should be scoped to a valid region. ");
  }
  if (header.date != amzDate.substr(0, kDateLength)) {
    return mismatch(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
        "HTTP: '" +
        header.date + "' != '" + std::string(amzDate.substr(0, kDateLength)) + "', from '" +
        std::string(amzDate) + "'.");
  }
  return std::nullopt;
}

std::optional<Refusal> checkSkew(std::chrono::system_clock::time_point signedAt,
                                 std::chrono::system_clock::time_point now) {
  if (signedAt < now - kAllowedSkew) {
    return Refusal{RefusalKind::SignatureExpired,
                   "Signature expired: " + amzDateText(signedAt) + " is now earlier than " +
                       amzDateText(now - kAllowedSkew) + " (" + amzDateText(now) + " - 15 min.)"};
  }
  if (signedAt > now + kAllowedSkew) {
    return Refusal{RefusalKind::SignatureExpired,
                   "Signature not yet current: " + amzDateText(signedAt) + " is still later than " +
                       amzDateText(now + kAllowedSkew) + " (" + amzDateText(now) + " + 15 min.)"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Refusal> checkSignature(const SignedRequest& request, std::string_view authorization,
                                      const AccessKeys& keys, std::string_view service,
                                      std::chrono::system_clock::time_point now) {
  if (authorization.empty()) {
    return Refusal{RefusalKind::MissingAuthentication, "Request is missing Authentication Token"};
  }
  auto parsed = parseAuthorization(authorization);
  if (const auto* why = std::get_if<std::string>(&parsed)) {
    return Refusal{RefusalKind::IncompleteSignature, *why};
  }
  const auto& header = std::get<Authorization>(parsed);
  const std::string whole(authorization);
  if (header.terminator != kTerminator) {
    return Refusal{RefusalKind::IncompleteSignature,
                   "Credential should be scoped with a valid terminator: 'aws4_request', not '" +
                       header.terminator + "'. "};
  }
  if (std::find(header.signedHeaders.begin(), header.signedHeaders.end(), "host") ==
      header.signedHeaders.end()) {
    return Refusal{RefusalKind::IncompleteSignature,
                   "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."};
  }
  const auto amzDate = headerValue(request, kAmzDate);
  if (!amzDate) {
    return Refusal{RefusalKind::IncompleteSignature,
                   "Authorization header requires existence of either a 'X-Amz-Date' or a "
                   "'Date' header. Authorization=" +
                       whole};
  }
  const auto signedAt = parseAmzDate(*amzDate);
  if (!signedAt) {
    return Refusal{RefusalKind::IncompleteSignature,
                   "Date must be in ISO-8601 'basic format'. Got '" + *amzDate +
                       "'. See http://en.wikipedia.org/wiki/ISO_8601"};
  }
  const auto key = keys.find(header.accessKeyId);
  if (key == keys.end()) {
    return Refusal{RefusalKind::UnknownAccessKey,
                   "The security token included in the request is invalid."};
  }
  if (auto refusal = checkScope(header, service, *amzDate)) return refusal;
  if (auto refusal = checkSkew(*signedAt, now)) return refusal;
  const auto expected = signature(
      key->second, header.date, header.region, header.service,
      stringToSign(*amzDate, header.scope(), canonicalRequest(request, header.signedHeaders)));
  if (!equalsInConstantTime(expected, header.signature)) {
    return mismatch(
        "The request signature we calculated does not match the signature you provided. Check "
        "your AWS Secret Access Key and signing method. Consult the service documentation for "
        "details.");
  }
  return std::nullopt;
}

}  // namespace smsim::sigv4
