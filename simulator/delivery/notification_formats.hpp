#pragma once
// How a payload (a two-way message, an SNS topic's message, a delivery event record) reaches an
// application: as SNS posts it to an HTTP subscriber (a Notification, or the
// SubscriptionConfirmation of a new subscription), as a Lambda function receives it from SNS, the
// payload alone (SNS's raw message delivery), as a Firehose HTTP-endpoint destination receives it,
// or as an EventBridge event.
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

namespace smsim::delivery {

namespace format {
inline constexpr const char* kSnsHttp = "sns-http";
inline constexpr const char* kLambdaSns = "lambda-sns";
inline constexpr const char* kRaw = "raw";
inline constexpr const char* kFirehose = "firehose";  // Firehose's HTTP-endpoint request
inline constexpr const char* kEventBridge =
    "eventbridge";  // an EventBridge event, the payload as detail
}  // namespace format

bool isKnownFormat(const std::string& name);

namespace message_type {
inline constexpr const char* kNotification = "Notification";
inline constexpr const char* kSubscriptionConfirmation = "SubscriptionConfirmation";
}  // namespace message_type

struct Notification {
  std::string channelArn;  // the SNS topic
  std::string payload;     // the JSON string AWS publishes
  std::string messageId;   // the SNS MessageId
  double timestamp = 0;    // epoch seconds
  // What an SNS topic's own messages add; a two-way payload leaves them empty.
  std::string type = message_type::kNotification;
  std::string subject = {};          // Publish's Subject; left out when empty
  std::string token = {};            // SubscriptionConfirmation
  std::string subscribeUrl = {};     // SubscriptionConfirmation
  std::string unsubscribeUrl = {};   // empty: one naming the channel
  std::string subscriptionArn = {};  // x-amz-sns-subscription-arn
  std::string signingCertUrl = {};   // empty: AWS's form on the topic's region
  int signatureVersion = 1;          // the topic's SignatureVersion: 1 SHA1withRSA, 2 SHA256withRSA
  // {"name": {"Type": "String", "Value": "..."}}, as SNS's envelope carries them.
  nlohmann::json messageAttributes = nlohmann::json::object();
  // A Firehose batch: the records it posts together (payload is then unused).
  std::vector<std::string> records = {};
};

struct HttpPost {
  std::string body;
  std::string contentType;
  std::vector<std::pair<std::string, std::string>> headers;
};

HttpPost renderNotification(const std::string& formatName, const Notification& notification);

}  // namespace smsim::delivery
