#include "delivery/notification_formats.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace smsim::delivery {
namespace {

const Notification kNotification{"arn:aws:sns:us-west-2:123456789012:inbound-sms",
                                 R"({"messageBody":"STOP"})",
                                 "11111111-2222-4333-8444-555555555555", 1795426151.25};

TEST(NotificationFormats, SnsHttpPostsTheEnvelopeWithSnsHeaders) {
  const auto post = renderNotification(format::kSnsHttp, kNotification);
  const auto envelope = nlohmann::json::parse(post.body);
  EXPECT_EQ(envelope["Type"], "Notification");
  EXPECT_EQ(envelope["MessageId"], kNotification.messageId);
  EXPECT_EQ(envelope["TopicArn"], kNotification.channelArn);
  EXPECT_EQ(envelope["Message"], kNotification.payload);
  EXPECT_EQ(envelope["Timestamp"], "2026-11-23T09:29:11.250Z");
  EXPECT_EQ(envelope["SignatureVersion"], "1");
  for (const char* key : {"Signature", "SigningCertURL", "UnsubscribeURL"}) {
    EXPECT_TRUE(envelope[key].is_string()) << key;
  }
  EXPECT_NE(envelope["SigningCertURL"].get<std::string>().find("sns.us-west-2.amazonaws.com"),
            std::string::npos);
  EXPECT_EQ(post.headers.at(0),
            (std::pair<std::string, std::string>{"x-amz-sns-message-type", "Notification"}));
}

TEST(NotificationFormats, LambdaSnsWrapsTheRecordAsLambdaReceivesIt) {
  const auto event =
      nlohmann::json::parse(renderNotification(format::kLambdaSns, kNotification).body);
  const auto& record = event["Records"][0];
  EXPECT_EQ(record["EventSource"], "aws:sns");
  EXPECT_EQ(record["Sns"]["Message"], kNotification.payload);
  EXPECT_EQ(record["Sns"]["TopicArn"], kNotification.channelArn);
  EXPECT_TRUE(record["Sns"].contains("SigningCertUrl"));
  // The seed blog's handler: json.loads(event['Records'][0]['Sns']['Message'])
  EXPECT_EQ(nlohmann::json::parse(record["Sns"]["Message"].get<std::string>())["messageBody"],
            "STOP");
}

TEST(NotificationFormats, RawIsThePayloadAlone) {
  const auto post = renderNotification(format::kRaw, kNotification);
  EXPECT_EQ(post.body, kNotification.payload);
  EXPECT_TRUE(post.headers.empty());
  EXPECT_TRUE(isKnownFormat("raw"));
  EXPECT_FALSE(isKnownFormat("email"));
}

}  // namespace
}  // namespace smsim::delivery
