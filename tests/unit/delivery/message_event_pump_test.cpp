// The pump sends each due event to the enabled destinations whose MatchingEventTypes select it:
// an SNS topic's subscriptions, a Firehose stream's (in Firehose's HTTP-endpoint request format,
// or as an EventBridge event when asked), and it records where each event went, which is what a
// CloudWatch Logs log group holds.
#include "delivery/message_event_pump.hpp"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace smsim::delivery {
namespace {

constexpr const char* kAccount = "123456789012";
constexpr const char* kRegion = "us-east-1";
constexpr const char* kTopic = "arn:aws:sns:us-east-1:123456789012:receipts";
constexpr const char* kStream = "arn:aws:firehose:us-east-1:123456789012:deliverystream/receipts";
constexpr const char* kLogGroup = "arn:aws:logs:us-east-1:123456789012:log-group:receipts";

std::string unbase64(const std::string& text) {
  std::string out(text.size(), '\0');
  const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(text.data()),
                                      static_cast<int>(text.size()));
  out.resize(static_cast<std::size_t>(written));
  while (!out.empty() && out.back() == '\0') out.pop_back();  // base64 padding
  return out;
}

class MessageEventPumpTest : public ::testing::Test {
 protected:
  struct Post {
    std::string url;
    HttpPost post;
  };

  MessageEventPumpTest() {
    store_.withAccount({kAccount, kRegion}, [](state::AccountState& account) {
      auto& set = account.configurationSets["receipts"];
      set.name = "receipts";
      state::EventDestination sns{"to-sns", true, {"ALL"}, {}, {}, state::SnsTarget{kTopic}};
      state::EventDestination firehose{
          "to-firehose",
          true,
          {"TEXT_SUCCESSFUL"},
          {},
          state::FirehoseTarget{"arn:aws:iam::123456789012:role/r", kStream},
          {}};
      state::EventDestination logs{
          "to-logs",    true,
          {"TEXT_ALL"}, state::CloudWatchLogsTarget{"arn:aws:iam::123456789012:role/r", kLogGroup},
          {},           {}};
      state::EventDestination disabled{
          "disabled", false, {"ALL"},
          {},         {},    state::SnsTarget{"arn:aws:sns:us-east-1:123456789012:off"}};
      set.eventDestinations = {sns, firehose, logs, disabled};
    });
    subscribe(kTopic, "http://receiver.test/sns", format::kSnsHttp);
    subscribe(kTopic, "http://receiver.test/eventbridge", format::kEventBridge);
    subscribe(kStream, "http://receiver.test/firehose", format::kFirehose);
    subscribe("arn:aws:sns:us-east-1:123456789012:off", "http://receiver.test/off", format::kRaw);
  }

  void subscribe(const std::string& channel, const std::string& endpoint, const char* format) {
    Subscription subscription;
    subscription.channelArn = channel;
    subscription.endpoint = endpoint;
    subscription.format = format;
    dispatcher_.subscribe(subscription);
  }

  void schedule(const std::string& type, double due) {
    state::MessageEvent event;
    event.dueEpochSeconds = due;
    event.accountId = kAccount;
    event.region = kRegion;
    event.configurationSetName = "receipts";
    event.messageId = "m-1";
    event.destinationNumber = "+14255550100";
    event.eventType = type;
    event.record = {{"eventType", type}, {"messageId", "m-1"}};
    store_.messageEvents().schedule({event});
  }

  std::vector<Post> waitForPosts(std::size_t count) {
    std::unique_lock lock(mutex_);
    posted_.wait_for(lock, std::chrono::seconds(10), [&] { return posts_.size() >= count; });
    return posts_;
  }

  Clock clock_;
  state::Store store_{clock_, 100};
  std::mutex mutex_;
  std::condition_variable posted_;
  std::vector<Post> posts_;
  WebhookDispatcher dispatcher_{
      clock_, DeliveryPolicy{},
      [this](const EndpointUrl& url, const HttpPost& post, const DeliveryPolicy&) {
        std::lock_guard lock(mutex_);
        posts_.push_back({url.path, post});
        posted_.notify_all();
        return AttemptResult{200, ""};
      }};
  MessageEventPump pump_{clock_, store_, dispatcher_};
};

TEST_F(MessageEventPumpTest, SendsDueEventsToMatchingEnabledDestinationsInTheirFormats) {
  const double now = clock_.nowEpochSeconds();
  schedule("TEXT_SUCCESSFUL", now - 1);
  schedule("TEXT_BLOCKED", now + 60);  // not due yet
  EXPECT_EQ(pump_.emitDue(), 1u);
  const auto posts = waitForPosts(3);
  ASSERT_EQ(posts.size(), 3u);
  for (const auto& [path, post] : posts) {
    if (path == "/sns") {
      const auto envelope = nlohmann::json::parse(post.body);
      EXPECT_EQ(envelope["TopicArn"], kTopic);
      EXPECT_EQ(nlohmann::json::parse(envelope["Message"].get<std::string>())["eventType"],
                "TEXT_SUCCESSFUL");
    } else if (path == "/eventbridge") {
      const auto event = nlohmann::json::parse(post.body);
      EXPECT_EQ(event["detail-type"], "Text Message Delivery Status Updated");
      EXPECT_EQ(event["source"], "aws.sms-voice");
      EXPECT_EQ(event["account"], kAccount);
      EXPECT_EQ(event["region"], kRegion);
      EXPECT_EQ(event["detail"]["messageId"], "m-1");
    } else {
      ASSERT_EQ(path, "/firehose");
      const auto request = nlohmann::json::parse(post.body);
      EXPECT_EQ(request["requestId"].get<std::string>().size(), 36u);
      EXPECT_TRUE(request["timestamp"].is_number_integer());
      ASSERT_EQ(request["records"].size(), 1u);
      EXPECT_EQ(nlohmann::json::parse(unbase64(request["records"][0]["data"]))["eventType"],
                "TEXT_SUCCESSFUL");
      bool sourceArn = false;
      for (const auto& [name, value] : post.headers) {
        sourceArn = sourceArn || (name == "X-Amz-Firehose-Source-Arn" && value == kStream);
      }
      EXPECT_TRUE(sourceArn);
    }
  }
  const auto emitted = store_.messageEvents().emitted({});
  ASSERT_EQ(emitted.size(), 1u);
  std::vector<std::string> kinds;
  for (const auto& delivery : emitted[0].deliveries) kinds.push_back(delivery.kind);
  EXPECT_EQ(kinds, (std::vector<std::string>{"Sns", "Firehose", "CloudWatchLogs"}));
  EXPECT_EQ(store_.messageEvents().pending(), 1u);
}

TEST_F(MessageEventPumpTest, AdvancingTheClockReleasesLaterEventsToTheirDestinationsOnly) {
  schedule("TEXT_BLOCKED", clock_.nowEpochSeconds() + 60);
  EXPECT_EQ(pump_.emitDue(), 0u);
  clock_.advance(std::chrono::seconds(61));
  EXPECT_EQ(pump_.emitDue(), 1u);
  state::MessageEventFilter toLogs;
  toLogs.targetArn = kLogGroup;
  EXPECT_EQ(store_.messageEvents().emitted(toLogs).size(), 1u);
  state::MessageEventFilter toStream;
  toStream.targetArn = kStream;  // matches TEXT_SUCCESSFUL only
  EXPECT_TRUE(store_.messageEvents().emitted(toStream).empty());
  EXPECT_EQ(waitForPosts(2).size(), 2u);  // the topic's two subscriptions
}

}  // namespace
}  // namespace smsim::delivery
