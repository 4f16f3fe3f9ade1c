#pragma once
// How a payload (a two-way message, a delivery event record) reaches an application: as SNS posts
// it to an HTTP subscriber, as a Lambda function receives it from SNS, the payload alone, as a
// Firehose HTTP-endpoint destination receives it, or as an EventBridge event.
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

struct Notification {
  std::string channelArn;  // the SNS topic
  std::string payload;     // the JSON string AWS publishes
  std::string messageId;   // the SNS MessageId
  double timestamp = 0;    // epoch seconds
};

struct HttpPost {
  std::string body;
  std::string contentType;
  std::vector<std::pair<std::string, std::string>> headers;
};

HttpPost renderNotification(const std::string& formatName, const Notification& notification);

}  // namespace smsim::delivery
