#include "protocols/sigv4/sigv4.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace smsim::sigv4 {

namespace {

using Digest = std::array<unsigned char, SHA256_DIGEST_LENGTH>;

std::string hex(const unsigned char* data, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out.push_back(kDigits[data[i] >> 4]);
    out.push_back(kDigits[data[i] & 0x0f]);
  }
  return out;
}

Digest hmac(std::string_view key, std::string_view data) {
  Digest out{};
  unsigned int size = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), out.data(), &size);
  return out;
}

std::string_view asText(const Digest& digest) {
  return {reinterpret_cast<const char*>(digest.data()), digest.size()};
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string lowerCase(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A query component decoded as SDKs encoded it ('+' is a space in form encoding, and SDKs encode
// a space as %20, so a literal '+' read here means a space).
std::string percentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
        hexValue(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i] == '+' ? ' ' : text[i]);
    }
  }
  return out;
}

std::string canonicalQuery(std::string_view rawQuery) {
  std::vector<std::pair<std::string, std::string>> pairs;
  while (!rawQuery.empty()) {
    const auto end = std::min(rawQuery.find('&'), rawQuery.size());
    const auto pair = rawQuery.substr(0, end);
    rawQuery.remove_prefix(std::min(end + 1, rawQuery.size()));
    if (pair.empty()) continue;
    const auto equals = pair.find('=');
    const auto name = pair.substr(0, equals);
    const auto value =
        equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
    pairs.emplace_back(uriEncode(percentDecode(name), false),
                       uriEncode(percentDecode(value), false));
  }
  std::sort(pairs.begin(), pairs.end());
  std::string out;
  for (const auto& [name, value] : pairs) {
    if (!out.empty()) out += '&';
    out += name + "=" + value;
  }
  return out;
}

// A header's value as SigV4 signs it: trimmed, inner runs of spaces made one.
std::string canonicalValue(std::string_view value) {
  std::string out;
  bool space = false;
  for (const char c : trim(value)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

std::string uriEncode(std::string_view text, bool keepSlashes) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '_' || c == '.' || c == '~' ||
        (keepSlashes && c == '/')) {
      out.push_back(c);
    } else {
      out.push_back('%');
      out.push_back(kDigits[byte >> 4]);
      out.push_back(kDigits[byte & 0x0f]);
    }
  }
  return out;
}

std::string canonicalRequest(const SignedRequest& request,
                             const std::vector<std::string>& signedHeaders) {
  // Services other than S3 sign the path encoded once more than it was sent.
  std::string out = std::string(request.method) + "\n" +
                    uriEncode(request.rawPath.empty() ? "/" : request.rawPath, true) + "\n" +
                    canonicalQuery(request.rawQuery) + "\n";
  for (const auto& name : signedHeaders) {
    std::string values;
    bool first = true;
    for (const auto& [headerName, value] : request.headers) {
      if (lowerCase(headerName) != name) continue;
      if (!first) values += ',';
      values += canonicalValue(value);
      first = false;
    }
    out += name + ":" + values + "\n";
  }
  out += "\n";
  for (std::size_t i = 0; i < signedHeaders.size(); ++i) {
    if (i > 0) out += ';';
    out += signedHeaders[i];
  }
  out += "\n" + sha256Hex(request.body);
  return out;
}

std::string stringToSign(std::string_view amzDate, std::string_view scope,
                         std::string_view canonicalRequest) {
  return std::string(kAlgorithm) + "\n" + std::string(amzDate) + "\n" + std::string(scope) + "\n" +
         sha256Hex(canonicalRequest);
}

std::string signature(std::string_view secretAccessKey, std::string_view date,
                      std::string_view region, std::string_view service,
                      std::string_view stringToSign) {
  const auto kDate = hmac("AWS4" + std::string(secretAccessKey), date);
  const auto kRegion = hmac(asText(kDate), region);
  const auto kService = hmac(asText(kRegion), service);
  const auto kSigning = hmac(asText(kService), kTerminator);
  const auto signed_ = hmac(asText(kSigning), stringToSign);
  return hex(signed_.data(), signed_.size());
}

std::string sha256Hex(std::string_view data) {
  Digest digest{};
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest.data());
  return hex(digest.data(), digest.size());
}

std::variant<Authorization, std::string> parseAuthorization(std::string_view header) {
  const std::string whole(header);
  header = trim(header);
  if (!header.starts_with(kAlgorithm) || header.size() == kAlgorithm.size() ||
      header[kAlgorithm.size()] != ' ') {
    return "Authorization header requires the AWS4-HMAC-SHA256 algorithm. Authorization=" + whole;
  }
  header.remove_prefix(kAlgorithm.size());
  std::string_view credential;
  std::string_view signedHeaders;
  std::string_view signatureText;
  while (!header.empty()) {
    const auto end = std::min(header.find(','), header.size());
    const auto part = trim(header.substr(0, end));
    header.remove_prefix(std::min(end + 1, header.size()));
    const auto equals = part.find('=');
    if (equals == std::string_view::npos) continue;
    const auto name = part.substr(0, equals);
    const auto value = part.substr(equals + 1);
    if (name == "Credential") credential = value;
    if (name == "SignedHeaders") signedHeaders = value;
    if (name == "Signature") signatureText = value;
  }
  std::string missing;
  for (const auto& [name, value] :
       {std::pair{"Credential", credential}, std::pair{"Signature", signatureText},
        std::pair{"SignedHeaders", signedHeaders}}) {
    if (value.empty())
      missing += std::string("Authorization header requires '") + name + "' parameter. ";
  }
  if (!missing.empty()) return missing + "Authorization=" + whole;

  std::vector<std::string> parts;
  for (std::size_t from = 0;;) {
    const auto slash = credential.find('/', from);
    parts.emplace_back(credential.substr(from, slash - from));
    if (slash == std::string_view::npos) break;
    from = slash + 1;
  }
  if (parts.size() != 5) {
    return "Credential should be scoped to a valid region, service and terminator: '" +
           std::string(credential) + "'. Authorization=" + whole;
  }
  Authorization out{
      parts[0], parts[1], parts[2], parts[3], parts[4], {}, std::string(signatureText)};
  while (!signedHeaders.empty()) {
    const auto end = std::min(signedHeaders.find(';'), signedHeaders.size());
    out.signedHeaders.push_back(lowerCase(signedHeaders.substr(0, end)));
    signedHeaders.remove_prefix(std::min(end + 1, signedHeaders.size()));
  }
  return out;
}

}  // namespace smsim::sigv4
