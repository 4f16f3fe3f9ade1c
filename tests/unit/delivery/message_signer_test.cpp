// SNS's signatures: the string to sign per message type, and a signature that OpenSSL verifies
// with the public key of the certificate served at SigningCertURL, as AWS's guide says
// (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html).
#include "delivery/message_signer.hpp"

#include <gtest/gtest.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <nlohmann/json.hpp>
#include <vector>

#include "delivery/notification_formats.hpp"

namespace smsim::delivery {
namespace {

Notification notification() {
  Notification n{"arn:aws:sns:us-east-1:123456789012:orders", "hello", "m-1", 1795426151.25};
  n.subject = "Hi";
  n.signingCertUrl = "http://smsim:4580/_smsim/sns/SimpleNotificationService-smsim.pem";
  return n;
}

// Whether `signature` (base64) verifies `text` with the certificate's key, as a subscriber does.
bool verifies(const std::string& text, const std::string& signature, int version) {
  const auto& pem = MessageSigner::shared().certificatePem();
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
  X509* certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (certificate == nullptr) return false;
  EVP_PKEY* key = X509_get_pubkey(certificate);
  std::vector<unsigned char> raw(signature.size());
  const int decoded =
      EVP_DecodeBlock(raw.data(), reinterpret_cast<const unsigned char*>(signature.data()),
                      static_cast<int>(signature.size()));
  // EVP_DecodeBlock counts base64 padding as zero bytes; an RSA-2048 signature is 256 bytes.
  constexpr std::size_t kSignatureBytes = 256;
  if (decoded < static_cast<int>(kSignatureBytes)) return false;
  const std::size_t size = kSignatureBytes;
  EVP_MD_CTX* context = EVP_MD_CTX_new();
  const bool ok =
      EVP_DigestVerifyInit(context, nullptr, version == 2 ? EVP_sha256() : EVP_sha1(), nullptr,
                           key) == 1 &&
      EVP_DigestVerify(context, raw.data(), size,
                       reinterpret_cast<const unsigned char*>(text.data()), text.size()) == 1;
  EVP_MD_CTX_free(context);
  EVP_PKEY_free(key);
  X509_free(certificate);
  return ok;
}

TEST(MessageSigner, StringToSignFollowsSnsOrderPerMessageType) {
  auto n = notification();
  EXPECT_EQ(stringToSign(n, "T"),
            "Message\nhello\nMessageId\nm-1\nSubject\nHi\nTimestamp\nT\nTopicArn\n"
            "arn:aws:sns:us-east-1:123456789012:orders\nType\nNotification\n");
  n.subject.clear();
  EXPECT_EQ(stringToSign(n, "T").find("Subject"), std::string::npos);
  n.type = message_type::kSubscriptionConfirmation;
  n.token = "tok";
  n.subscribeUrl = "http://smsim/?Action=ConfirmSubscription";
  EXPECT_EQ(
      stringToSign(n, "T"),
      "Message\nhello\nMessageId\nm-1\nSubscribeURL\nhttp://smsim/?Action=ConfirmSubscription\n"
      "Timestamp\nT\nToken\ntok\nTopicArn\narn:aws:sns:us-east-1:123456789012:orders\nType\n"
      "SubscriptionConfirmation\n");
}

TEST(MessageSigner, EnvelopesVerifyWithTheServedCertificate) {
  for (const int version : {1, 2}) {
    auto n = notification();
    n.signatureVersion = version;
    const auto envelope = nlohmann::json::parse(renderNotification(format::kSnsHttp, n).body);
    EXPECT_EQ(envelope["SignatureVersion"], std::to_string(version));
    EXPECT_EQ(envelope["SigningCertURL"], n.signingCertUrl);
    const auto text = stringToSign(n, envelope["Timestamp"].get<std::string>());
    EXPECT_TRUE(verifies(text, envelope["Signature"].get<std::string>(), version)) << version;
    EXPECT_FALSE(verifies(text + "x", envelope["Signature"].get<std::string>(), version));
  }
  EXPECT_NE(MessageSigner::shared().certificatePem().find("BEGIN CERTIFICATE"), std::string::npos);
}

}  // namespace
}  // namespace smsim::delivery
