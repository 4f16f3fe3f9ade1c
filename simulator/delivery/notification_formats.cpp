#include "delivery/notification_formats.hpp"

#include <nlohmann/json.hpp>

#include "common/iso_timestamp.hpp"
#include "delivery/eventbridge_format.hpp"
#include "delivery/firehose_format.hpp"

namespace smsim::delivery {

namespace {

std::string regionOf(const std::string& arn) {  // arn:aws:sns:REGION:ACCOUNT:topic
  const auto start = arn.find(':', arn.find(':', 4) + 1) + 1;
  return arn.substr(start, arn.find(':', start) - start);
}

// The fields SNS puts in every notification. smsim does not sign: Signature is a placeholder.
nlohmann::ordered_json snsFields(const Notification& n, const char* urlKeySuffix) {
  const std::string host = "https://sns." + regionOf(n.channelArn) + ".amazonaws.com";
  return {
      {"Type", "Notification"},
      {"MessageId", n.messageId},
      {"TopicArn", n.channelArn},
      {"Message", n.payload},
      {"Timestamp", isoTimestamp(n.timestamp)},
      {"SignatureVersion", "1"},
      {"Signature", "SMSIM-UNSIGNED"},
      {std::string("SigningCert") + urlKeySuffix, host + "/SimpleNotificationService-smsim.pem"},
      {std::string("Unsubscribe") + urlKeySuffix,
       host + "/?Action=Unsubscribe&SubscriptionArn=" + n.channelArn + ":smsim"}};
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
    return {dumpLenient(snsFields(n, "URL")),
            "text/plain; charset=UTF-8",
            {{"x-amz-sns-message-type", "Notification"},
             {"x-amz-sns-message-id", n.messageId},
             {"x-amz-sns-topic-arn", n.channelArn}}};
  }
  if (formatName == format::kLambdaSns) {
    auto sns = snsFields(n, "Url");  // Lambda's event spells these SigningCertUrl, UnsubscribeUrl
    sns["Subject"] = nullptr;
    sns["MessageAttributes"] = nlohmann::ordered_json::object();
    const nlohmann::ordered_json event = {{"Records",
                                           {{{"EventSource", "aws:sns"},
                                             {"EventVersion", "1.0"},
                                             {"EventSubscriptionArn", n.channelArn + ":smsim"},
                                             {"Sns", sns}}}}};
    return {dumpLenient(event), "application/json", {}};
  }
  if (formatName == format::kFirehose) return renderFirehoseRequest(n);
  if (formatName == format::kEventBridge) return renderEventBridgeEvent(n);
  return {n.payload, "application/json", {}};
}

}  // namespace smsim::delivery
