#include "delivery/notification_formats.hpp"

#include <nlohmann/json.hpp>

#include "common/iso_timestamp.hpp"
#include "delivery/eventbridge_format.hpp"
#include "delivery/firehose_format.hpp"
#include "delivery/message_signer.hpp"

namespace smsim::delivery {

namespace {

std::string regionOf(const std::string& arn) {  // arn:aws:sns:REGION:ACCOUNT:topic
  const auto start = arn.find(':', arn.find(':', 4) + 1) + 1;
  return arn.substr(start, arn.find(':', start) - start);
}

// The fields SNS puts in every message, in SNS's order, signed as SNS signs them (see
// message_signer.hpp) with the topic's SignatureVersion.
nlohmann::ordered_json snsFields(const Notification& n, const char* urlKeySuffix) {
  const std::string host = "https://sns." + regionOf(n.channelArn) + ".amazonaws.com";
  const bool confirmation = n.type == message_type::kSubscriptionConfirmation;
  const auto timestamp = isoTimestamp(n.timestamp);
  const int version = n.signatureVersion == 2 ? 2 : 1;
  nlohmann::ordered_json fields = {{"Type", n.type}, {"MessageId", n.messageId}};
  if (confirmation) fields["Token"] = n.token;
  fields["TopicArn"] = n.channelArn;
  if (!n.subject.empty()) fields["Subject"] = n.subject;
  fields["Message"] = n.payload;
  if (confirmation) fields[std::string("Subscribe") + urlKeySuffix] = n.subscribeUrl;
  fields["Timestamp"] = timestamp;
  fields["SignatureVersion"] = std::to_string(version);
  fields["Signature"] = MessageSigner::shared().sign(stringToSign(n, timestamp), version);
  fields[std::string("SigningCert") + urlKeySuffix] =
      n.signingCertUrl.empty() ? host + "/SimpleNotificationService-smsim.pem" : n.signingCertUrl;
  if (!confirmation) {
    fields[std::string("Unsubscribe") + urlKeySuffix] =
        n.unsubscribeUrl.empty()
            ? host + "/?Action=Unsubscribe&SubscriptionArn=" + n.channelArn + ":smsim"
            : n.unsubscribeUrl;
    if (!n.messageAttributes.empty()) fields["MessageAttributes"] = n.messageAttributes;
  }
  return fields;
}

// Invalid UTF-8 in a payload becomes U+FFFD instead of throwing on the delivery path.
std::string dumpLenient(const nlohmann::ordered_json& body) {
  return body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

bool isKnownFormat(const std::string& name) {
  return name == format::kSnsHttp || name == format::kLambdaSns || name == format::kRaw ||
         name == format::kFirehose || name == format::kEventBridge;
}

HttpPost renderNotification(const std::string& formatName, const Notification& n) {
  if (formatName == format::kSnsHttp) {
    HttpPost post{dumpLenient(snsFields(n, "URL")),
                  "text/plain; charset=UTF-8",
                  {{"x-amz-sns-message-type", n.type},
                   {"x-amz-sns-message-id", n.messageId},
                   {"x-amz-sns-topic-arn", n.channelArn}}};
    if (!n.subscriptionArn.empty()) {
      post.headers.emplace_back("x-amz-sns-subscription-arn", n.subscriptionArn);
    }
    return post;
  }
  if (formatName == format::kLambdaSns) {
    auto sns = snsFields(n, "Url");  // Lambda's event spells these SigningCertUrl, UnsubscribeUrl
    if (n.subject.empty()) sns["Subject"] = nullptr;
    if (n.messageAttributes.empty()) sns["MessageAttributes"] = nlohmann::ordered_json::object();
    const nlohmann::ordered_json event = {{"Records",
                                           {{{"EventSource", "aws:sns"},
                                             {"EventVersion", "1.0"},
                                             {"EventSubscriptionArn", n.channelArn + ":smsim"},
                                             {"Sns", sns}}}}};
    return {dumpLenient(event), "application/json", {}};
  }
  if (formatName == format::kFirehose) return renderFirehoseRequest(n);
  if (formatName == format::kEventBridge) return renderEventBridgeEvent(n);
  // Raw message delivery: the message alone, with SNS's headers (its content type is text/plain).
  if (!n.subscriptionArn.empty()) {
    return {n.payload,
            "text/plain; charset=UTF-8",
            {{"x-amz-sns-message-type", n.type},
             {"x-amz-sns-message-id", n.messageId},
             {"x-amz-sns-topic-arn", n.channelArn},
             {"x-amz-sns-subscription-arn", n.subscriptionArn},
             {"x-amz-sns-rawdelivery", "true"}}};
  }
  return {n.payload, "application/json", {}};
}

}  // namespace smsim::delivery
