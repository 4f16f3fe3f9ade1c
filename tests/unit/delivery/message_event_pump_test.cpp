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
    subscribe(kStream, "http://receiver.test/firehose", format::kFirehose, kNoBuffering);
    subscribe("arn:aws:sns:us-east-1:123456789012:off", "http://receiver.test/off", format::kRaw);
  }

  static constexpr FirehoseBuffering kNoBuffering{0, FirehoseBuffering::kDefaultSizeMiB};

  void subscribe(const std::string& channel, const std::string& endpoint, const char* format,
                 FirehoseBuffering buffering = {}) {
    Subscription subscription;
    subscription.channelArn = channel;
    subscription.endpoint = endpoint;
    subscription.format = format;
    subscription.buffering = buffering;
    dispatcher_.subscribe(subscription);
  }

  void schedule(const std::string& type, double due, const std::string& messageId = "m-1",
                const std::string& padding = "") {
    state::MessageEvent event;
    event.dueEpochSeconds = due;
    event.accountId = kAccount;
    event.region = kRegion;
    event.configurationSetName = "receipts";
    event.messageId = messageId;
    event.destinationNumber = "+14255550100";
    event.eventType = type;
    event.record = {{"eventType", type}, {"messageId", messageId}};
    if (!padding.empty()) event.record["context"] = {{"padding", padding}};
    store_.messageEvents().schedule({event});
  }

  std::vector<Post> postsTo(const std::string& path) {
    std::lock_guard lock(mutex_);
    std::vector<Post> matching;
    for (const auto& post : posts_) {
      if (post.url == path) matching.push_back(post);
    }
    return matching;
  }

  // The messageIds of a Firehose request's records, in order.
  static std::vector<std::string> recordMessageIds(const HttpPost& post) {
    std::vector<std::string> ids;
    const auto request = nlohmann::json::parse(post.body);
    for (const auto& record : request["records"]) {
      ids.push_back(nlohmann::json::parse(unbase64(record["data"]))["messageId"]);
    }
    return ids;
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

// A Firehose stream's HTTP endpoint destination buffers for IntervalInSeconds (300 by default)
// and then posts what it holds in one request.
TEST_F(MessageEventPumpTest, AFirehoseSubscriptionPostsItsRecordsTogetherOnceTheIntervalPasses) {
  subscribe(kStream, "http://receiver.test/buffered", format::kFirehose);  // the default hints
  const double now = clock_.nowEpochSeconds();
  for (const auto* id : {"m-1", "m-2", "m-3"}) schedule("TEXT_SUCCESSFUL", now - 1, id);
  EXPECT_EQ(pump_.emitDue(), 3u);
  EXPECT_EQ(waitForPosts(9).size(), 9u);  // the topic's two and the unbuffered stream's, each 3
  EXPECT_TRUE(postsTo("/buffered").empty());
  EXPECT_EQ(dispatcher_.deliveries().held, 3u);

  clock_.advance(std::chrono::seconds(FirehoseBuffering::kDefaultIntervalSeconds - 10));
  pump_.emitDue();
  EXPECT_EQ(dispatcher_.deliveries().held, 3u);
  clock_.advance(std::chrono::seconds(10));
  pump_.emitDue();
  EXPECT_EQ(waitForPosts(10).size(), 10u);
  const auto buffered = postsTo("/buffered");
  ASSERT_EQ(buffered.size(), 1u);
  EXPECT_EQ(recordMessageIds(buffered[0].post), (std::vector<std::string>{"m-1", "m-2", "m-3"}));
  EXPECT_EQ(dispatcher_.deliveries().held, 0u);
}

TEST_F(MessageEventPumpTest, AFirehoseBatchThatReachesItsSizeHintGoesAtOnce) {
  subscribe(kStream, "http://receiver.test/small", format::kFirehose,
            FirehoseBuffering{FirehoseBuffering::kMaxIntervalSeconds, 1});
  const std::string halfMiB(512 * 1024, 'x');
  const double now = clock_.nowEpochSeconds();
  schedule("TEXT_SUCCESSFUL", now - 1, "m-1", halfMiB);
  schedule("TEXT_SUCCESSFUL", now - 1, "m-2", halfMiB);  // past 1 MiB with this one
  schedule("TEXT_SUCCESSFUL", now - 1, "m-3", halfMiB);  // starts the next batch
  pump_.emitDue();
  EXPECT_EQ(waitForPosts(10).size(), 10u);
  const auto small = postsTo("/small");
  ASSERT_EQ(small.size(), 1u);
  EXPECT_EQ(recordMessageIds(small[0].post), (std::vector<std::string>{"m-1", "m-2"}));
  EXPECT_EQ(dispatcher_.deliveries().held, 1u);
}

TEST_F(MessageEventPumpTest, UnsubscribingOrResettingDropsWhatAFirehoseSubscriptionHeld) {
  subscribe(kStream, "http://receiver.test/buffered", format::kFirehose);
  schedule("TEXT_SUCCESSFUL", clock_.nowEpochSeconds() - 1);
  pump_.emitDue();
  EXPECT_EQ(dispatcher_.deliveries().held, 1u);
  dispatcher_.unsubscribe(kStream);
  EXPECT_EQ(dispatcher_.deliveries().held, 0u);

  subscribe(kStream, "http://receiver.test/buffered", format::kFirehose);
  schedule("TEXT_SUCCESSFUL", clock_.nowEpochSeconds() - 1);
  pump_.emitDue();
  EXPECT_EQ(dispatcher_.deliveries().held, 1u);
  dispatcher_.reset();
  EXPECT_EQ(dispatcher_.deliveries().held, 0u);
}

TEST(FirehoseBufferingHints, AreBothOrNeitherWithinFirehosesRanges) {
  const auto defaults = readBufferingHints(std::nullopt, std::nullopt);
  ASSERT_TRUE(defaults.hints);
  EXPECT_EQ(defaults.hints->intervalSeconds, 300);
  EXPECT_EQ(defaults.hints->sizeMiB, 5);
  const auto given = readBufferingHints(0, 64);
  ASSERT_TRUE(given.hints);
  EXPECT_EQ(given.hints->intervalSeconds, 0);
  EXPECT_EQ(given.hints->sizeMiB, 64);
  EXPECT_NE(readBufferingHints(60, std::nullopt).error.find("both"), std::string::npos);
  EXPECT_NE(readBufferingHints(std::nullopt, 5).error.find("both"), std::string::npos);
  EXPECT_NE(readBufferingHints(901, 5).error.find("0 to 900"), std::string::npos);
  EXPECT_NE(readBufferingHints(-1, 5).error.find("0 to 900"), std::string::npos);
  EXPECT_NE(readBufferingHints(60, 0).error.find("1 to 64"), std::string::npos);
  EXPECT_NE(readBufferingHints(60, 65).error.find("1 to 64"), std::string::npos);
}

TEST(EmittedMessageEvents, AreNumberedAndReadAfterASequenceAPageAtATime) {
  state::MessageEvents events;
  for (int i = 0; i < 5; ++i) {
    state::MessageEvent event;
    event.messageId = "m-" + std::to_string(i);
    events.recordEmitted(event);
  }
  state::MessageEventFilter page;
  page.afterSequence = 1;
  page.limit = 2;
  const auto read = events.emitted(page);
  ASSERT_EQ(read.size(), 2u);
  EXPECT_EQ(read[0].sequence, 2u);
  EXPECT_EQ(read[1].messageId, "m-2");
  events.clear();  // numbering goes on, so a poller's `since` never re-reads
  events.recordEmitted({});
  EXPECT_EQ(events.emitted({})[0].sequence, 6u);
}

}  // namespace
}  // namespace smsim::delivery
