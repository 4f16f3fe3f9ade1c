// SNS's query protocol without sockets: parameters into the model's shapes, XML out, SNS's errors,
// and the SMS actions on the account's Default opt-out list.
#include "protocols/aws_query/aws_query_adapter.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "common/aws_names.hpp"
#include "model/service_model.hpp"
#include "protocols/aws_query/query_input.hpp"
#include "protocols/aws_query/xml_writer.hpp"
#include "services/sms_voice_v2/message_prices.hpp"

namespace smsim::aws_query {
namespace {

using nlohmann::json;

constexpr const char* kForm = "application/x-www-form-urlencoded; charset=utf-8";

class AwsQueryAdapterTest : public ::testing::Test {
 protected:
  AwsQueryResponse post(const std::string& body, std::string_view authorization = "") {
    return adapter_.serve(adapter_.parse({"POST", kForm, authorization, "", body}));
  }
  AwsQueryResponse action(const std::string& name, const std::string& rest = "") {
    return post("Action=" + name + "&Version=2010-03-31" + (rest.empty() ? "" : "&" + rest));
  }
  void optOut(const std::string& number) {
    store_.withAccount(scope_, [&](state::AccountState& account) {
      account.optOutLists.at(aws_names::kDefaultOptOutListName).numbers[number] = {};
    });
  }

  Clock clock_;
  state::Store store_{clock_, 100};
  state::AccountScope scope_{"123456789012", "us-east-1"};
  AwsQueryAdapter adapter_{store_, clock_, scope_};
};

TEST(FormParametersTest, DecodesPercentAndPlusAndRefusesBrokenEscapes) {
  FormParameters parameters;
  ASSERT_TRUE(std::holds_alternative<std::monostate>(
      appendFormParameters("a=x%20y+z&&b&c=%2B1%26", parameters)));
  ASSERT_EQ(parameters.size(), 3u);
  EXPECT_EQ(parameters[0], (std::pair<std::string, std::string>{"a", "x y z"}));
  EXPECT_EQ(parameters[1], (std::pair<std::string, std::string>{"b", ""}));
  EXPECT_EQ(parameters[2], (std::pair<std::string, std::string>{"c", "+1&"}));
  for (const char* broken : {"a=%", "a=%2", "a=%zz", "%G1=b"}) {
    FormParameters ignored;
    EXPECT_TRUE(std::holds_alternative<FormError>(appendFormParameters(broken, ignored))) << broken;
  }
}

TEST(QueryInputTest, ReadsListsMapsAndLocationNamesFromTheModel) {
  const auto& model = model::snsModel();
  const auto input = queryInput(model, model.findOperation("Publish")->input,
                                {{"PhoneNumber", "+12065550100"},
                                 {"Message", "hi"},
                                 {"MessageAttributes.entry.2.Name", "second"},
                                 {"MessageAttributes.entry.2.Value.DataType", "String"},
                                 {"MessageAttributes.entry.2.Value.StringValue", "2"},
                                 {"MessageAttributes.entry.1.Name", "first"},
                                 {"MessageAttributes.entry.1.Value.DataType", "Number"},
                                 {"MessageAttributes.entry.1.Value.StringValue", "1"},
                                 {"Unknown", "left out"},
                                 {"Action", "Publish"}});
  EXPECT_EQ(input, json::parse(R"({"PhoneNumber":"+12065550100","Message":"hi",
      "MessageAttributes":{"first":{"DataType":"Number","StringValue":"1"},
                           "second":{"DataType":"String","StringValue":"2"}}})"));

  const auto topic = queryInput(model, model.findOperation("CreateTopic")->input,
                                {{"Name", "t"},
                                 {"Tags.member.2.Key", "b"},
                                 {"Tags.member.1.Key", "a"},
                                 {"Tags.member.1.Value", "1"},
                                 {"Attributes.entry.1.key", "DisplayName"},
                                 {"Attributes.entry.1.value", "D"}});
  EXPECT_EQ(topic, json::parse(R"({"Name":"t","Tags":[{"Key":"a","Value":"1"},{"Key":"b"}],
      "Attributes":{"DisplayName":"D"}})"));
}

TEST(QueryInputTest, RefusesScalarsOfTheWrongTypeAndIgnoresAbsurdNames) {
  const auto& model = model::snsModel();
  const auto subscribe = model.findOperation("Subscribe")->input;
  EXPECT_THROW(queryInput(model, subscribe, {{"ReturnSubscriptionArn", "yes"}}), QueryInputError);
  std::string deep = "Attributes";
  for (int i = 0; i < 10000; ++i) deep += ".entry";
  EXPECT_EQ(queryInput(model, subscribe, {{deep, "x"}, {"Protocol", "sms"}}),
            json({{"Protocol", "sms"}}));
}

TEST(XmlWriterTest, EscapesMarkupAndReplacesWhatXmlCannotCarry) {
  EXPECT_EQ(escapeXml("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
  EXPECT_EQ(escapeXml("line\r\nnext\ttab"), "line&#xD;\nnext\ttab");
  EXPECT_EQ(escapeXml(std::string("nul\0bell\a", 9)),
            "nul\xEF\xBF\xBD"
            "bell\xEF\xBF\xBD");
  EXPECT_EQ(escapeXml("bad \xff utf8 \xc3"), "bad \xEF\xBF\xBD utf8 \xEF\xBF\xBD");
  EXPECT_EQ(escapeXml("caf\xC3\xA9 \xF0\x9F\x98\x80"), "caf\xC3\xA9 \xF0\x9F\x98\x80");
  XmlWriter writer("R", "urn:x");
  writer.open("A");
  writer.element("B", "1<2");
  EXPECT_EQ(writer.finish(), "<R xmlns=\"urn:x\"><A><B>1&lt;2</B></A></R>");
}

TEST_F(AwsQueryAdapterTest, RefusesBadRequestsWithSnsErrorCodes) {
  struct Case {
    std::string body;
    int status;
    std::string code;
    std::string message;
  };
  for (const auto& c : std::vector<Case>{
           {"Version=2010-03-31", 400, "MissingAction", "Missing Action"},
           {"Action=NoSuchThing&Version=2010-03-31", 400, "InvalidAction",
            "Could not find operation NoSuchThing for version 2010-03-31"},
           {"Action=Publish&Version=2009-01-01", 400, "InvalidAction",
            "Could not find operation Publish for version 2009-01-01"},
           {"Action=Publish", 400, "InvalidAction",
            "Could not find operation Publish for version NO_VERSION_SPECIFIED"},
           {"Action=Publish&Version=2010-03-31&Message=%zz", 404, "MalformedQueryString", ""},
           {"Action=Publish&Version=2010-03-31&Message=%ff", 404, "MalformedQueryString", ""},
           {"Action=CheckIfPhoneNumberIsOptedOut&Version=2010-03-31", 400, "ValidationError",
            "1 validation error detected: Value null at 'phoneNumber' failed to satisfy "
            "constraint: Member must not be null"},
           {"Action=CreatePlatformApplication&Version=2010-03-31&Name=a&Platform=GCM&"
            "Attributes.entry.1.key=k&Attributes.entry.1.value=v",
            501, "NotImplemented", ""},
       }) {
    const auto response = post(c.body);
    EXPECT_EQ(response.status, c.status) << c.body;
    EXPECT_EQ(response.errorCode, c.code) << c.body;
    EXPECT_TRUE(response.body.starts_with(
        "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>"))
        << response.body;
    EXPECT_NE(response.body.find("<Code>" + c.code + "</Code>"), std::string::npos);
    if (!c.message.empty()) {
      EXPECT_NE(response.body.find("<Message>" + c.message + "</Message>"), std::string::npos)
          << response.body;
    }
  }
}

TEST_F(AwsQueryAdapterTest, ReadsActionFromTheQueryStringOfAGet) {
  const auto response = adapter_.serve(adapter_.parse(
      {"GET", "", "", "Action=CheckIfPhoneNumberIsOptedOut&Version=2010-03-31&phoneNumber=%2B1206",
       ""}));
  EXPECT_EQ(response.status, 200) << response.body;
  EXPECT_NE(response.body.find("<isOptedOut>false</isOptedOut>"), std::string::npos);
}

TEST_F(AwsQueryAdapterTest, PublishesSmsToTheOutboxAndFailsOptedOutNumbers) {
  optOut("+12065550199");
  auto sent = action("Publish",
                     "PhoneNumber=%2B12065550100&Message=a%3Cb&"
                     "MessageAttributes.entry.1.Name=AWS.SNS.SMS.SMSType&"
                     "MessageAttributes.entry.1.Value.DataType=String&"
                     "MessageAttributes.entry.1.Value.StringValue=Transactional");
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_TRUE(
      sent.body.starts_with("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/"
                            "2010-03-31/\"><PublishResult><MessageId>"));
  auto refused = action("Publish", "PhoneNumber=%2B12065550199&Message=x");
  ASSERT_EQ(refused.status, 200) << refused.body;

  const auto messages = store_.outbox().list({});
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(messages[0].messageBody, "a<b");
  EXPECT_EQ(messages[0].messageType, "TRANSACTIONAL");
  EXPECT_EQ(messages[0].origin, "Publish");
  EXPECT_EQ(messages[0].status, state::message_status::kDelivered);
  EXPECT_EQ(messages[1].status, state::message_status::kFailed);

  EXPECT_EQ(action("Publish", "PhoneNumber=12065550100&Message=x").errorCode, "InvalidParameter");
  EXPECT_EQ(action("Publish", "PhoneNumber=%2B12065550100").errorCode, "ValidationError");
  EXPECT_EQ(action("Publish", "PhoneNumber=%2B12065550100&Message=").errorCode, "InvalidParameter");
}

TEST_F(AwsQueryAdapterTest, OptsInOnceEveryThirtyDaysOnTheDefaultList) {
  optOut("+12065550100");
  EXPECT_NE(action("CheckIfPhoneNumberIsOptedOut", "phoneNumber=%2B12065550100")
                .body.find("<isOptedOut>true</isOptedOut>"),
            std::string::npos);
  const auto optIn = action("OptInPhoneNumber", "phoneNumber=%2B12065550100");
  ASSERT_EQ(optIn.status, 200) << optIn.body;
  EXPECT_NE(optIn.body.find("<OptInPhoneNumberResult></OptInPhoneNumberResult>"),
            std::string::npos);
  EXPECT_NE(action("CheckIfPhoneNumberIsOptedOut", "phoneNumber=%2B12065550100")
                .body.find("<isOptedOut>false</isOptedOut>"),
            std::string::npos);

  optOut("+12065550100");
  EXPECT_EQ(action("OptInPhoneNumber", "phoneNumber=%2B12065550100").errorCode, "InvalidParameter");
  clock_.advance(std::chrono::hours(24 * 30));
  EXPECT_EQ(action("OptInPhoneNumber", "phoneNumber=%2B12065550100").status, 200);
}

TEST_F(AwsQueryAdapterTest, PagesOptedOutNumbersAHundredAtATime) {
  for (int i = 0; i < 150; ++i) optOut("+1206555" + std::to_string(1000 + i));
  auto first = action("ListPhoneNumbersOptedOut");
  ASSERT_EQ(first.status, 200);
  const auto tokenAt = first.body.find("<nextToken>");
  ASSERT_NE(tokenAt, std::string::npos);
  const auto tokenEnd = first.body.find("</nextToken>");
  const auto token = first.body.substr(tokenAt + 11, tokenEnd - tokenAt - 11);
  std::string encoded;
  for (const char c : token) {
    encoded += std::isalnum(static_cast<unsigned char>(c)) != 0
                   ? std::string(1, c)
                   : "%" + std::string(1, "0123456789ABCDEF"[(c >> 4) & 0xF]) +
                         std::string(1, "0123456789ABCDEF"[c & 0xF]);
  }
  auto second = action("ListPhoneNumbersOptedOut", "nextToken=" + encoded);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.body.find("<nextToken>"), std::string::npos);
  EXPECT_NE(second.body.find("<member>+12065551149</member>"), std::string::npos);
  EXPECT_EQ(second.body.find("<member>+12065551099</member>"), std::string::npos);
  EXPECT_EQ(action("ListPhoneNumbersOptedOut", "nextToken=forged").errorCode, "InvalidParameter");
}

TEST_F(AwsQueryAdapterTest, KeepsSmsAttributesPerAccount) {
  EXPECT_EQ(action("SetSMSAttributes",
                   "attributes.entry.1.key=DefaultSMSType&"
                   "attributes.entry.1.value=Transactional")
                .status,
            200);
  EXPECT_EQ(action("SetSMSAttributes", "attributes.entry.1.key=Nope&attributes.entry.1.value=1")
                .errorCode,
            "InvalidParameter");
  EXPECT_EQ(action("SetSMSAttributes",
                   "attributes.entry.1.key=DefaultSMSType&"
                   "attributes.entry.1.value=Loud")
                .errorCode,
            "InvalidParameter");
  const auto all = action("GetSMSAttributes");
  EXPECT_NE(all.body.find("<attributes><entry><key>DefaultSMSType</key><value>Transactional"
                          "</value></entry></attributes>"),
            std::string::npos)
      << all.body;
  const auto none = action("GetSMSAttributes", "attributes.member.1=MonthlySpendLimit");
  EXPECT_NE(none.body.find("<attributes></attributes>"), std::string::npos) << none.body;
  // Another account sees its own.
  const auto other = post("Action=GetSMSAttributes&Version=2010-03-31",
                          "AWS4-HMAC-SHA256 Credential=111122223333/20260101/us-east-1/sns/"
                          "aws4_request");
  EXPECT_NE(other.body.find("<attributes></attributes>"), std::string::npos) << other.body;
  // And a Publish without SMSType takes the account's default.
  action("Publish", "PhoneNumber=%2B12065550100&Message=x");
  EXPECT_EQ(store_.outbox().list({}).back().messageType, "TRANSACTIONAL");
}

// SetSMSAttributes' MonthlySpendLimit: SNS "stops sending SMS messages" once a message would
// pass it; Publish still answers, the message fails; the spend starts again each month.
TEST_F(AwsQueryAdapterTest, StopsSendingSmsOnceTheMonthlySpendLimitWouldBePassed) {
  auto setLimit = [&](const std::string& usd) {
    return action("SetSMSAttributes",
                  "attributes.entry.1.key=MonthlySpendLimit&attributes.entry.1.value=" + usd);
  };
  auto publish = [&] {
    EXPECT_EQ(action("Publish", "PhoneNumber=%2B12065550100&Message=x").status, 200);
    return store_.outbox().list({}).back();
  };
  ASSERT_EQ(setLimit("0").status, 200);
  const auto refused = publish();
  EXPECT_EQ(refused.status, state::message_status::kFailed);
  EXPECT_EQ(refused.context.at("providerResponse"),
            "Message would exceed the account's MonthlySpendLimit of 0 USD");

  ASSERT_EQ(setLimit("1").status, 200);
  const auto fits = static_cast<int>(1.0 / sms_voice_v2::textMessagePrice("US", 1).total());
  for (int i = 0; i < fits; ++i) {
    ASSERT_EQ(publish().status, state::message_status::kDelivered) << "message " << i;
  }
  EXPECT_EQ(publish().status, state::message_status::kFailed);
  clock_.advance(std::chrono::hours(24 * 31));
  EXPECT_EQ(publish().status, state::message_status::kDelivered);

  // Nothing above the account's own limit (10,000 USD in production, smsim's choice).
  EXPECT_EQ(setLimit("10000").status, 200);
  EXPECT_EQ(setLimit("10001").errorCode, "InvalidParameter");
}

// SendTextMessage-22: "When set as an account default, a protect configuration will also affect
// messages sent through Amazon SNS" (protect-configuration.html). SNS has no error for it: Publish
// answers a MessageId and the message fails, as for the spend limit, to a number and to a
// topic's sms subscriber alike. A configuration that isn't the default doesn't apply.
TEST_F(AwsQueryAdapterTest, TheAccountDefaultProtectConfigurationFailsSmsItBlocks) {
  store_.withAccount(scope_, [&](state::AccountState& account) {
    auto& blocking = account.protectConfigurations["protect-canada"];
    blocking.id = "protect-canada";
    blocking.countryRules["SMS"]["CA"] = "BLOCK";
    blocking.countryRules["VOICE"]["US"] = "BLOCK";  // another capability: not SNS's
  });
  auto publish = [&](const std::string& number) {
    EXPECT_EQ(action("Publish", "PhoneNumber=" + number + "&Message=x").status, 200);
    return store_.outbox().list({}).back();
  };
  EXPECT_EQ(publish("%2B16045550100").status, state::message_status::kDelivered);

  store_.withAccount(scope_, [&](state::AccountState& account) {
    account.defaultProtectConfigurationId = "protect-canada";
  });
  const auto blocked = publish("%2B16045550100");
  EXPECT_EQ(blocked.status, state::message_status::kFailed);
  EXPECT_EQ(blocked.context.at("providerResponse"),
            "Protect configuration protect-canada blocks SMS messages to CA.");
  EXPECT_EQ(publish("%2B12065550100").status, state::message_status::kDelivered);

  const auto created = action("CreateTopic", "Name=alerts");
  ASSERT_EQ(created.status, 200) << created.body;
  const std::string arn = "arn%3Aaws%3Asns%3Aus-east-1%3A123456789012%3Aalerts";
  ASSERT_EQ(action("Subscribe", "TopicArn=" + arn + "&Protocol=sms&Endpoint=%2B16045550101").status,
            200);
  ASSERT_EQ(action("Publish", "TopicArn=" + arn + "&Message=y").status, 200);
  const auto toSubscriber = store_.outbox().list({}).back();
  EXPECT_EQ(toSubscriber.destinationNumber, "+16045550101");
  EXPECT_EQ(toSubscriber.status, state::message_status::kFailed);
}

TEST_F(AwsQueryAdapterTest, ListsOriginationNumbersByNumberInPages) {
  store_.withAccount(scope_, [](state::AccountState& account) {
    for (int i = 0; i < 3; ++i) {
      state::PhoneNumber number;
      number.id = "phone-" + std::to_string(i);
      number.number = "+1206555010" + std::to_string(2 - i);
      number.isoCountryCode = "US";
      number.capabilities = {"SMS", "VOICE"};
      number.settings.messageType = i == 0 ? "PROMOTIONAL" : "TRANSACTIONAL";
      number.createdTimestamp = 1767225600.5;  // 2026-01-01T00:00:00.500Z
      account.phoneNumbers[number.id] = number;
    }
  });
  const auto first = action("ListOriginationNumbers", "MaxResults=2");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_NE(first.body.find("<PhoneNumbers><member><CreatedAt>2026-01-01T00:00:00.500Z</CreatedAt>"
                            "<PhoneNumber>+12065550100</PhoneNumber><Status>ACTIVE</Status>"
                            "<Iso2CountryCode>US</Iso2CountryCode><RouteType>Transactional"
                            "</RouteType><NumberCapabilities><member>SMS</member><member>VOICE"
                            "</member></NumberCapabilities></member>"),
            std::string::npos)
      << first.body;
  EXPECT_EQ(first.body.find("+12065550102"), std::string::npos);
  const auto tokenAt = first.body.find("<NextToken>") + 11;
  const auto token = first.body.substr(tokenAt, first.body.find("</NextToken>") - tokenAt);
  std::string encoded;
  for (const char c : token) encoded += c == '=' ? "%3D" : c == '+' ? "%2B" : std::string(1, c);
  const auto second = action("ListOriginationNumbers", "NextToken=" + encoded);
  EXPECT_NE(second.body.find("<PhoneNumber>+12065550102</PhoneNumber><Status>ACTIVE</Status>"
                             "<Iso2CountryCode>US</Iso2CountryCode><RouteType>Promotional"),
            std::string::npos)
      << second.body;
  EXPECT_EQ(second.body.find("<NextToken>"), std::string::npos);
  EXPECT_EQ(action("ListOriginationNumbers", "MaxResults=31").errorCode, "ValidationError");
  EXPECT_EQ(action("ListOriginationNumbers", "MaxResults=many").errorCode, "InvalidParameter");
  EXPECT_NE(action("GetSMSSandboxAccountStatus").body.find("<IsInSandbox>false</IsInSandbox>"),
            std::string::npos);
}

}  // namespace
}  // namespace smsim::aws_query
