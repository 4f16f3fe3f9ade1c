#pragma once
// The key SNS messages are signed with. AWS signs every message it posts to an http(s) subscriber
// with a private key whose certificate sits at the message's SigningCertURL
// (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html); smsim makes an
// RSA key and a self-signed certificate once per process and serves the certificate itself, so an
// application's own verification code runs unchanged, except a check that pins AWS's host.
#include <memory>
#include <string>
#include <string_view>

#include "delivery/notification_formats.hpp"

namespace smsim::delivery {

class MessageSigner {
 public:
  // The process's signer, made on first use (an RSA key takes a moment to generate).
  static const MessageSigner& shared();

  // The certificate as PEM, for GET at SigningCertURL.
  const std::string& certificatePem() const { return certificatePem_; }

  // Base64 of `text` signed with SHA1withRSA (SignatureVersion 1) or SHA256withRSA (2).
  std::string sign(std::string_view text, int signatureVersion) const;

  ~MessageSigner();
  MessageSigner(const MessageSigner&) = delete;
  MessageSigner& operator=(const MessageSigner&) = delete;

 private:
  MessageSigner();

  struct Key;
  std::unique_ptr<Key> key_;
  std::string certificatePem_;
};

// What SNS signs for `n`: "Name\nvalue\n" for Message, MessageId, Subject (when there is one),
// Timestamp, TopicArn and Type of a Notification; Message, MessageId, SubscribeURL, Timestamp,
// Token, TopicArn and Type of a SubscriptionConfirmation. `timestamp` is the envelope's text.
std::string stringToSign(const Notification& n, const std::string& timestamp);

}  // namespace smsim::delivery
