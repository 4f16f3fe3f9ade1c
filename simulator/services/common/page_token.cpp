#include "services/common/page_token.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace smsim::services {

namespace {

constexpr std::size_t kSignatureBytes = 16;
constexpr std::size_t kMaxPadding = 2;

// One random key per process: tokens are meaningful only to the server that issued them.
const std::array<unsigned char, 32>& signingKey() {
  static const auto key = [] {
    std::array<unsigned char, 32> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
      throw std::runtime_error("RAND_bytes failed");
    }
    return bytes;
  }();
  return key;
}

std::string sign(std::string_view context, std::string_view lastKey) {
  std::string message;
  message.reserve(context.size() + 1 + lastKey.size());
  message.append(context).push_back('\0');
  message.append(lastKey);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), signingKey().data(), static_cast<int>(signingKey().size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest, &length);
  return std::string(reinterpret_cast<const char*>(digest), kSignatureBytes);
}

std::string base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(bytes.data()),
                                      static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

std::optional<std::string> unbase64(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return std::nullopt;
  std::string out(3 * text.size() / 4, '\0');
  const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(text.data()),
                                      static_cast<int>(text.size()));
  if (written < 0) return std::nullopt;
  std::size_t padding = 0;
  for (auto it = text.rbegin(); it != text.rend() && *it == '='; ++it) ++padding;
  // Base64 pads with at most two '='; "====" once made the size below wrap around.
  if (padding > kMaxPadding || static_cast<std::size_t>(written) < padding) return std::nullopt;
  out.resize(static_cast<std::size_t>(written) - padding);
  return out;
}

}  // namespace

std::string encodePageToken(std::string_view context, std::string_view lastKey) {
  std::string payload(lastKey);
  payload += sign(context, lastKey);
  return base64(payload);
}

std::optional<std::string> decodePageToken(std::string_view context, std::string_view token) {
  auto payload = unbase64(token);
  if (!payload || payload->size() < kSignatureBytes) return std::nullopt;
  const std::string lastKey = payload->substr(0, payload->size() - kSignatureBytes);
  const std::string expected = sign(context, lastKey);
  if (CRYPTO_memcmp(expected.data(), payload->data() + lastKey.size(), kSignatureBytes) != 0) {
    return std::nullopt;
  }
  return lastKey;
}

}  // namespace smsim::services
