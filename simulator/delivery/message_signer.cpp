// An RSA-2048 key and a self-signed X.509 certificate made with OpenSSL at first use, and SNS's
// signature over a message's string to sign.
#include "delivery/message_signer.hpp"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <stdexcept>
#include <vector>

namespace smsim::delivery {

namespace {

constexpr unsigned kKeyBits = 2048;
constexpr long kCertificateDays = 3650;
constexpr long kSecondsPerDay = 24L * 60 * 60;

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* pointer) const { Free(pointer); }
};
using X509Pointer = std::unique_ptr<X509, Freer<X509, X509_free>>;
using BioPointer = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Freer<EVP_MD_CTX, EVP_MD_CTX_free>>;

[[noreturn]] void fail(const char* what) {
  throw std::runtime_error(std::string("SNS message signing: ") + what);
}

std::string certificateFor(EVP_PKEY* key) {
  X509Pointer certificate(X509_new());
  if (!certificate) fail("X509_new");
  X509_set_version(certificate.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1);
  X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -kSecondsPerDay);
  X509_gmtime_adj(X509_getm_notAfter(certificate.get()), kCertificateDays * kSecondsPerDay);
  X509_set_pubkey(certificate.get(), key);
  auto* name = X509_get_subject_name(certificate.get());
  const auto add = [name](const char* field, const char* value) {
    X509_NAME_add_entry_by_txt(name, field, MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>(value), -1, -1, 0);
  };
  add("O", "smsim");
  add("CN", "smsim SNS message signing (not AWS)");
  X509_set_issuer_name(certificate.get(), name);  // self-signed
  if (X509_sign(certificate.get(), key, EVP_sha256()) == 0) fail("X509_sign");
  BioPointer bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_X509(bio.get(), certificate.get()) != 1) fail("PEM_write_bio_X509");
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return {data, static_cast<std::size_t>(size)};
}

std::string base64(const std::vector<unsigned char>& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(),
                                      static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

}  // namespace

struct MessageSigner::Key {
  EVP_PKEY* pkey = nullptr;
  ~Key() { EVP_PKEY_free(pkey); }
};

const MessageSigner& MessageSigner::shared() {
  static const MessageSigner signer;  // thread-safe initialisation
  return signer;
}

MessageSigner::MessageSigner() : key_(std::make_unique<Key>()) {
  key_->pkey = EVP_RSA_gen(kKeyBits);
  if (key_->pkey == nullptr) fail("EVP_RSA_gen");
  certificatePem_ = certificateFor(key_->pkey);
}

MessageSigner::~MessageSigner() = default;

std::string MessageSigner::sign(std::string_view text, int signatureVersion) const {
  DigestContext context(EVP_MD_CTX_new());
  const EVP_MD* digest = signatureVersion == 2 ? EVP_sha256() : EVP_sha1();
  std::size_t size = 0;
  if (!context || EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, key_->pkey) != 1 ||
      EVP_DigestSign(context.get(), nullptr, &size,
                     reinterpret_cast<const unsigned char*>(text.data()), text.size()) != 1) {
    fail("EVP_DigestSign");
  }
  std::vector<unsigned char> signature(size);
  if (EVP_DigestSign(context.get(), signature.data(), &size,
                     reinterpret_cast<const unsigned char*>(text.data()), text.size()) != 1) {
    fail("EVP_DigestSign");
  }
  signature.resize(size);
  return base64(signature);
}

std::string stringToSign(const Notification& n, const std::string& timestamp) {
  std::string text;
  const auto add = [&text](std::string_view name, const std::string& value) {
    text.append(name).append("\n").append(value).append("\n");
  };
  add("Message", n.payload);
  add("MessageId", n.messageId);
  if (n.type == message_type::kNotification) {
    if (!n.subject.empty()) add("Subject", n.subject);
  } else {
    add("SubscribeURL", n.subscribeUrl);
  }
  add("Timestamp", timestamp);
  if (n.type != message_type::kNotification) add("Token", n.token);
  add("TopicArn", n.channelArn);
  add("Type", n.type);
  return text;
}

}  // namespace smsim::delivery
