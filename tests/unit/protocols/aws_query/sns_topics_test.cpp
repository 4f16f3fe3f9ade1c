// SNS topics, subscriptions, Publish to a topic and the SMS sandbox through the query adapter,
// with a TopicDelivery that records what would reach the http(s) subscribers.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "common/aws_names.hpp"
#include "protocols/aws_query/aws_query_adapter.hpp"
#include "services/sns/sns_urls.hpp"

namespace smsim::aws_query {
namespace {

constexpr const char* kForm = "application/x-www-form-urlencoded";
constexpr const char* kOtherAccount =
    "AWS4-HMAC-SHA256 Credential=999988887777/20260101/us-east-1/sns/aws4_request";

struct RecordingDelivery final : sns::TopicDelivery {
  struct Subscriber {
    std::string arn, topicArn, endpoint, baseUrl, filterPolicy, filterPolicyScope;
    bool raw = false, confirmed = false;
  };
  void addSubscriber(const sns::HttpSubscriber& s) override {
    subscribers.push_back({s.subscriptionArn, s.topicArn, s.endpoint, s.baseUrl, s.filterPolicy,
                           s.filterPolicyScope, s.rawMessageDelivery, false});
  }
  void setFilterPolicy(const std::string& arn, const std::string& policy,
                       const std::string& scope) override {
    find(arn).filterPolicy = policy;
    find(arn).filterPolicyScope = scope;
  }
  void setSignatureVersion(const std::string& topicArn, int version) override {
    signatureVersions[topicArn] = version;
  }
  void confirm(const std::string& arn) override { find(arn).confirmed = true; }
  void setRawMessageDelivery(const std::string& arn, bool raw) override { find(arn).raw = raw; }
  void removeSubscriber(const std::string& arn) override {
    std::erase_if(subscribers, [&](const Subscriber& s) { return s.arn == arn; });
  }
  void deliver(const std::string& arn, const sns::TopicMessage& message) override {
    delivered.emplace_back(arn, message);
  }
  Subscriber& find(const std::string& arn) {
    for (auto& s : subscribers) {
      if (s.arn == arn) return s;
    }
    throw std::logic_error("no subscriber " + arn);
  }

  std::vector<Subscriber> subscribers;
  std::vector<std::pair<std::string, sns::TopicMessage>> delivered;
  std::map<std::string, int> signatureVersions;
};

// The text of the first <name> element of `xml`.
std::string element(const std::string& xml, const std::string& name) {
  const auto open = xml.find("<" + name + ">");
  if (open == std::string::npos) return "";
  const auto start = open + name.size() + 2;
  return xml.substr(start, xml.find("</" + name + ">", start) - start);
}

class SnsTopicsTest : public ::testing::Test {
 protected:
  AwsQueryResponse action(const std::string& name, const std::string& rest = "",
                          std::string_view authorization = "") {
    const auto body = "Action=" + name + "&Version=2010-03-31" + (rest.empty() ? "" : "&" + rest);
    return adapter_.serve(adapter_.parse({"POST", kForm, authorization, "", body, "smsim:4580"}));
  }
  AwsQueryResponse get(const std::string& url) {
    const auto query = url.substr(url.find('?') + 1);
    return adapter_.serve(adapter_.parse({"GET", "", "", query, "", "smsim:4580"}));
  }
  std::string createTopic(const std::string& name) {
    return element(action("CreateTopic", "Name=" + name).body, "TopicArn");
  }
  static std::string enc(const std::string& text) { return sns::queryEncode(text); }

  Clock clock_;
  state::Store store_{clock_, 100};
  state::AccountScope scope_{"123456789012", "us-east-1"};
  RecordingDelivery delivery_;
  AwsQueryAdapter adapter_{store_, clock_, scope_, &delivery_};
};

TEST_F(SnsTopicsTest, CreatesListsAndDeletesTopicsIdempotently) {
  const auto arn = createTopic("orders");
  EXPECT_EQ(arn, "arn:aws:sns:us-east-1:123456789012:orders");
  EXPECT_EQ(createTopic("orders"), arn);
  EXPECT_EQ(action("CreateTopic", "Name=bad%20name").errorCode, "InvalidParameter");
  EXPECT_EQ(action("CreateTopic", "Name=q.fifo").errorCode, "InvalidParameter");
  EXPECT_EQ(action("CreateTopic",
                   "Name=q.fifo&Attributes.entry.1.key=FifoTopic&"
                   "Attributes.entry.1.value=true")
                .status,
            200);
  const auto list = action("ListTopics").body;
  EXPECT_NE(list.find("<Topics><member><TopicArn>" + arn + "</TopicArn></member>"),
            std::string::npos)
      << list;

  ASSERT_EQ(action("SetTopicAttributes",
                   "TopicArn=" + enc(arn) + "&AttributeName=DisplayName&AttributeValue=Shop")
                .status,
            200);
  EXPECT_EQ(
      action("SetTopicAttributes", "TopicArn=" + enc(arn) + "&AttributeName=Nope&AttributeValue=1")
          .errorCode,
      "InvalidParameter");
  const auto attributes = action("GetTopicAttributes", "TopicArn=" + enc(arn)).body;
  EXPECT_NE(attributes.find("<entry><key>DisplayName</key><value>Shop</value></entry>"),
            std::string::npos)
      << attributes;
  EXPECT_NE(attributes.find("<entry><key>Owner</key><value>123456789012</value></entry>"),
            std::string::npos);

  const auto deleted = action("DeleteTopic", "TopicArn=" + enc(arn));
  ASSERT_EQ(deleted.status, 200);
  EXPECT_EQ(deleted.body.find("DeleteTopicResult"), std::string::npos) << deleted.body;
  EXPECT_EQ(action("DeleteTopic", "TopicArn=" + enc(arn)).status, 200);
  EXPECT_EQ(action("GetTopicAttributes", "TopicArn=" + enc(arn)).errorCode, "NotFound");
}

TEST_F(SnsTopicsTest, AnotherAccountsTopicIsAnAuthorizationError) {
  const auto arn = createTopic("mine");
  const auto other = action("Publish", "TopicArn=" + enc(arn) + "&Message=x", kOtherAccount);
  EXPECT_EQ(other.status, 403);
  EXPECT_EQ(other.errorCode, "AuthorizationError");
  EXPECT_EQ(action("GetTopicAttributes", "TopicArn=not-an-arn").errorCode, "InvalidParameter");
  EXPECT_EQ(action("GetTopicAttributes", "TopicArn=" + enc(arn + "x")).errorCode, "NotFound");
  EXPECT_EQ(
      action("GetTopicAttributes", "TopicArn=" + enc("arn:aws:sns:eu-west-1:123456789012:mine"))
          .errorCode,
      "InvalidParameter");
}

TEST_F(SnsTopicsTest, CreatingATopicAgainMustAskForTheSameAttributesAndTags) {
  const std::string named = "Name=same&Attributes.entry.1.key=DisplayName&";
  const auto arn = element(action("CreateTopic", named + "Attributes.entry.1.value=Shop&"
                                                         "Tags.member.1.Key=team&"
                                                         "Tags.member.1.Value=sms")
                               .body,
                           "TopicArn");
  ASSERT_FALSE(arn.empty());
  EXPECT_EQ(createTopic("same"), arn);
  EXPECT_EQ(
      element(action("CreateTopic", named + "Attributes.entry.1.value=Shop").body, "TopicArn"),
      arn);
  const auto other = action("CreateTopic", named + "Attributes.entry.1.value=Other");
  EXPECT_EQ(other.errorCode, "InvalidParameter");
  EXPECT_NE(other.body.find("Topic already exists with different attributes"), std::string::npos);
  EXPECT_NE(action("CreateTopic", "Name=same&Tags.member.1.Key=team&Tags.member.1.Value=voice")
                .body.find("Topic already exists with different tags"),
            std::string::npos);
}

TEST_F(SnsTopicsTest, SignatureVersionReachesTheDelivery) {
  const auto arn = element(action("CreateTopic",
                                  "Name=signed&Attributes.entry.1.key="
                                  "SignatureVersion&Attributes.entry.1.value=2")
                               .body,
                           "TopicArn");
  EXPECT_EQ(delivery_.signatureVersions.at(arn), 2);
  ASSERT_EQ(action("SetTopicAttributes",
                   "TopicArn=" + enc(arn) + "&AttributeName=SignatureVersion&AttributeValue=1")
                .status,
            200);
  EXPECT_EQ(delivery_.signatureVersions.at(arn), 1);
  EXPECT_EQ(action("SetTopicAttributes",
                   "TopicArn=" + enc(arn) + "&AttributeName=SignatureVersion&AttributeValue=3")
                .errorCode,
            "InvalidParameter");
}

TEST_F(SnsTopicsTest, BodyScopedFilterPoliciesReadTheJsonMessage) {
  const auto arn = createTopic("events");
  const auto policy =
      enc(R"({"eventType":["TEXT_DELIVERED"],"context":{"tier":[{"exists":true}]}})");
  ASSERT_EQ(action("Subscribe", "TopicArn=" + enc(arn) +
                                    "&Protocol=sms&Endpoint=%2B14155550100&"
                                    "Attributes.entry.1.key=FilterPolicyScope&"
                                    "Attributes.entry.1.value=MessageBody&"
                                    "Attributes.entry.2.key=FilterPolicy&"
                                    "Attributes.entry.2.value=" +
                                    policy)
                .status,
            200);
  const auto publish = [&](const std::string& message) {
    return action("Publish", "TopicArn=" + enc(arn) + "&Message=" + enc(message)).status;
  };
  ASSERT_EQ(publish(R"({"eventType":"TEXT_DELIVERED","context":{"tier":"gold"}})"), 200);
  ASSERT_EQ(publish(R"({"eventType":"TEXT_FAILED","context":{"tier":"gold"}})"), 200);
  ASSERT_EQ(publish(R"({"eventType":"TEXT_DELIVERED","context":{}})"), 200);
  ASSERT_EQ(publish("not json"), 200);
  const auto sent = store_.outbox().list({});
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].messageBody, R"({"eventType":"TEXT_DELIVERED","context":{"tier":"gold"}})");
}

TEST_F(SnsTopicsTest, SubscribingAgainWithOtherAttributesIsRefused) {
  const auto arn = createTopic("again");
  const auto subscribe = [&](const std::string& raw) {
    return action("Subscribe", "TopicArn=" + enc(arn) +
                                   "&Protocol=http&Endpoint=http%3A%2F%2Fapp.test%2F&"
                                   "Attributes.entry.1.key=RawMessageDelivery&"
                                   "Attributes.entry.1.value=" +
                                   raw + "&ReturnSubscriptionArn=true");
  };
  const auto first = element(subscribe("true").body, "SubscriptionArn");
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(delivery_.subscribers.at(0).baseUrl, "http://smsim:4580");
  EXPECT_EQ(element(subscribe("true").body, "SubscriptionArn"), first);
  EXPECT_NE(subscribe("false").body.find("Subscription already exists with different attributes"),
            std::string::npos);
}

TEST_F(SnsTopicsTest, TagsTopics) {
  const auto arn = createTopic("tagged");
  ASSERT_EQ(action("TagResource",
                   "ResourceArn=" + enc(arn) + "&Tags.member.1.Key=team&Tags.member.1.Value=sms")
                .status,
            200);
  EXPECT_NE(action("ListTagsForResource", "ResourceArn=" + enc(arn))
                .body.find("<Tags><member><Key>team</Key><Value>sms</Value></member></Tags>"),
            std::string::npos);
  ASSERT_EQ(action("UntagResource", "ResourceArn=" + enc(arn) + "&TagKeys.member.1=team").status,
            200);
  EXPECT_NE(action("ListTagsForResource", "ResourceArn=" + enc(arn)).body.find("<Tags></Tags>"),
            std::string::npos);
  EXPECT_EQ(action("ListTagsForResource", "ResourceArn=" + enc(arn + "x")).errorCode,
            "ResourceNotFound");
}

TEST_F(SnsTopicsTest, HttpSubscriptionsWaitForTheirTokenAndThenGetMessages) {
  const auto arn = createTopic("events");
  const auto subscribed =
      action("Subscribe",
             "TopicArn=" + enc(arn) + "&Protocol=https&Endpoint=" + enc("https://app.test/sns"));
  ASSERT_EQ(subscribed.status, 200) << subscribed.body;
  EXPECT_EQ(element(subscribed.body, "SubscriptionArn"), "pending confirmation");
  ASSERT_EQ(delivery_.subscribers.size(), 1u);
  ASSERT_EQ(delivery_.delivered.size(), 1u);
  const auto confirmation = delivery_.delivered[0].second;
  EXPECT_EQ(confirmation.type, "SubscriptionConfirmation");
  EXPECT_TRUE(confirmation.subscribeUrl.starts_with(
      "http://smsim:4580/?Action=ConfirmSubscription&Version=2010-03-31&TopicArn="));

  // Publishing now reaches nobody: the subscription is pending.
  ASSERT_EQ(action("Publish", "TopicArn=" + enc(arn) + "&Message=early").status, 200);
  EXPECT_EQ(delivery_.delivered.size(), 1u);
  EXPECT_NE(action("ListSubscriptionsByTopic", "TopicArn=" + enc(arn))
                .body.find("<SubscriptionArn>PendingConfirmation</SubscriptionArn>"),
            std::string::npos);

  EXPECT_EQ(action("ConfirmSubscription", "TopicArn=" + enc(arn) + "&Token=wrong").errorCode,
            "InvalidParameter");
  const auto confirmed = get(confirmation.subscribeUrl);  // what the subscriber's GET does
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  const auto subscriptionArn = element(confirmed.body, "SubscriptionArn");
  EXPECT_EQ(subscriptionArn, delivery_.subscribers[0].arn);
  EXPECT_TRUE(delivery_.subscribers[0].confirmed);

  ASSERT_EQ(action("Publish", "TopicArn=" + enc(arn) +
                                  "&Message=hello&Subject=Hi&MessageAttributes.entry.1.Name=kind&"
                                  "MessageAttributes.entry.1.Value.DataType=String&"
                                  "MessageAttributes.entry.1.Value.StringValue=order")
                .status,
            200);
  ASSERT_EQ(delivery_.delivered.size(), 2u);
  const auto& notification = delivery_.delivered[1].second;
  EXPECT_EQ(notification.type, "Notification");
  EXPECT_EQ(notification.message, "hello");
  EXPECT_EQ(notification.subject, "Hi");
  EXPECT_EQ(notification.attributes.at("kind").second, "order");
  EXPECT_EQ(notification.unsubscribeUrl,
            "http://smsim:4580/?Action=Unsubscribe&Version=2010-03-31&SubscriptionArn=" +
                enc(subscriptionArn));

  ASSERT_EQ(action("SetSubscriptionAttributes", "SubscriptionArn=" + enc(subscriptionArn) +
                                                    "&AttributeName=RawMessageDelivery&"
                                                    "AttributeValue=true")
                .status,
            200);
  EXPECT_TRUE(delivery_.subscribers[0].raw);
  const auto attributes =
      action("GetSubscriptionAttributes", "SubscriptionArn=" + enc(subscriptionArn)).body;
  EXPECT_NE(attributes.find("<entry><key>RawMessageDelivery</key><value>true</value></entry>"),
            std::string::npos)
      << attributes;

  ASSERT_EQ(get(notification.unsubscribeUrl).status, 200);
  EXPECT_TRUE(delivery_.subscribers.empty());
  EXPECT_EQ(action("Unsubscribe", "SubscriptionArn=" + enc(subscriptionArn)).errorCode, "NotFound");
}

TEST_F(SnsTopicsTest, FilterPoliciesAndSmsSubscribersHonourOptOuts) {
  const auto arn = createTopic("alerts");
  const auto policy = enc(R"({"kind":["order",{"prefix":"ship"}],"price":[{"numeric":[">",10]}]})");
  ASSERT_EQ(action("Subscribe", "TopicArn=" + enc(arn) +
                                    "&Protocol=sms&Endpoint=%2B14155550100&Attributes.entry.1.key="
                                    "FilterPolicy&Attributes.entry.1.value=" +
                                    policy)
                .status,
            200);
  ASSERT_EQ(
      action("Subscribe", "TopicArn=" + enc(arn) + "&Protocol=sms&Endpoint=%2B14155550101").status,
      200);
  store_.withAccount(scope_, [](state::AccountState& account) {
    account.optOutLists.at(aws_names::kDefaultOptOutListName).numbers["+14155550101"] = {};
  });
  const std::string attributes =
      "&MessageAttributes.entry.1.Name=kind&MessageAttributes.entry.1.Value.DataType=String&"
      "MessageAttributes.entry.1.Value.StringValue=shipping&"
      "MessageAttributes.entry.2.Name=price&MessageAttributes.entry.2.Value.DataType=Number&"
      "MessageAttributes.entry.2.Value.StringValue=";
  ASSERT_EQ(action("Publish", "TopicArn=" + enc(arn) + "&Message=cheap" + attributes + "5").status,
            200);
  ASSERT_EQ(action("Publish", "TopicArn=" + enc(arn) + "&Message=dear" + attributes + "50").status,
            200);
  // The filtered subscriber got "dear" only; the opted-out one nothing at all.
  const auto sent = store_.outbox().list({});
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].destinationNumber, "+14155550100");
  EXPECT_EQ(sent[0].messageBody, "dear");

  EXPECT_EQ(action("Subscribe", "TopicArn=" + enc(arn) +
                                    "&Protocol=sms&Endpoint=%2B14155550102&Attributes.entry.1.key="
                                    "FilterPolicy&Attributes.entry.1.value=%7Bnot")
                .errorCode,
            "InvalidParameter");
  EXPECT_EQ(
      action("Subscribe", "TopicArn=" + enc(arn) + "&Protocol=carrier-pigeon&Endpoint=x").errorCode,
      "InvalidParameter");
  EXPECT_EQ(action("Subscribe", "TopicArn=" + enc(arn) + "&Protocol=sqs&Endpoint=arn").errorCode,
            "NotImplemented");
  EXPECT_EQ(
      action("Subscribe", "TopicArn=" + enc(arn) + "&Protocol=http&Endpoint=https://x").errorCode,
      "InvalidParameter");
}

TEST_F(SnsTopicsTest, MessageStructureJsonGivesEachProtocolItsOwnText) {
  const auto arn = createTopic("structured");
  ASSERT_EQ(
      action("Subscribe", "TopicArn=" + enc(arn) + "&Protocol=sms&Endpoint=%2B14155550100").status,
      200);
  ASSERT_EQ(action("Publish", "TopicArn=" + enc(arn) + "&MessageStructure=json&Message=" +
                                  enc(R"({"default":"long text","sms":"short"})"))
                .status,
            200);
  EXPECT_EQ(store_.outbox().list({}).back().messageBody, "short");
  EXPECT_EQ(action("Publish", "TopicArn=" + enc(arn) +
                                  "&MessageStructure=json&Message=" + enc(R"({"sms":"short"})"))
                .errorCode,
            "InvalidParameter");
}

TEST_F(SnsTopicsTest, PublishBatchReportsEachEntry) {
  const auto arn = createTopic("batch");
  const auto batch = action("PublishBatch", "TopicArn=" + enc(arn) +
                                                "&PublishBatchRequestEntries.member.1.Id=a&"
                                                "PublishBatchRequestEntries.member.1.Message=one&"
                                                "PublishBatchRequestEntries.member.2.Id=b&"
                                                "PublishBatchRequestEntries.member.2.Message=");
  ASSERT_EQ(batch.status, 200) << batch.body;
  EXPECT_NE(batch.body.find("<Successful><member><Id>a</Id><MessageId>"), std::string::npos)
      << batch.body;
  EXPECT_NE(batch.body.find("<Failed><member><Id>b</Id><Code>InvalidParameter</Code>"),
            std::string::npos)
      << batch.body;
  EXPECT_EQ(action("PublishBatch", "TopicArn=" + enc(arn) +
                                       "&PublishBatchRequestEntries.member.1.Id=a&"
                                       "PublishBatchRequestEntries.member.1.Message=x&"
                                       "PublishBatchRequestEntries.member.2.Id=a&"
                                       "PublishBatchRequestEntries.member.2.Message=y")
                .errorCode,
            "BatchEntryIdsNotDistinct");
}

TEST_F(SnsTopicsTest, SandboxNumbersAreVerifiedWithThePasswordTextedToThem) {
  ASSERT_EQ(action("CreateSMSSandboxPhoneNumber", "PhoneNumber=%2B14155550100").status, 200);
  const auto sent = store_.outbox().list({});
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].origin, "CreateSMSSandboxPhoneNumber");
  const auto password = sent[0].messageBody.substr(sent[0].messageBody.size() - 6);
  EXPECT_NE(action("ListSMSSandboxPhoneNumbers")
                .body.find("<member><PhoneNumber>+14155550100</PhoneNumber><Status>Pending"),
            std::string::npos);
  EXPECT_EQ(action("VerifySMSSandboxPhoneNumber",
                   "PhoneNumber=%2B14155550100&OneTimePassword=" +
                       std::string(password == "000000" ? "111111" : "000000"))
                .errorCode,
            "VerificationException");
  ASSERT_EQ(action("VerifySMSSandboxPhoneNumber",
                   "PhoneNumber=%2B14155550100&OneTimePassword=" + password)
                .status,
            200);
  EXPECT_NE(action("ListSMSSandboxPhoneNumbers").body.find("<Status>Verified</Status>"),
            std::string::npos);
  EXPECT_EQ(action("CreateSMSSandboxPhoneNumber", "PhoneNumber=%2B14155550100").errorCode,
            "UserError");
  // Deleting waits 24 hours after the verification (the simulated clock moves instead).
  EXPECT_EQ(action("DeleteSMSSandboxPhoneNumber", "PhoneNumber=%2B14155550100").errorCode,
            "UserError");
  ASSERT_TRUE(clock_.advance(std::chrono::hours(24)));
  ASSERT_EQ(action("DeleteSMSSandboxPhoneNumber", "PhoneNumber=%2B14155550100").status, 200);
  EXPECT_EQ(action("DeleteSMSSandboxPhoneNumber", "PhoneNumber=%2B14155550100").status, 404);
  store_.withAccount(scope_, [](state::AccountState& account) {
    account.optOutLists.at(aws_names::kDefaultOptOutListName).numbers["+14155550199"] = {};
  });
  EXPECT_EQ(action("CreateSMSSandboxPhoneNumber", "PhoneNumber=%2B14155550199").errorCode,
            "OptedOut");
}

}  // namespace
}  // namespace smsim::aws_query
