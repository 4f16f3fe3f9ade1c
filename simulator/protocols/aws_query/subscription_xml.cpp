// SNS's subscription actions as SNS's XML.
#include "protocols/aws_query/sns_xml.hpp"
#include "services/sns/operations.hpp"

namespace smsim::aws_query {

namespace {

void writeSubscriptions(XmlWriter& result, const sns::SubscriptionPage& page) {
  result.open("Subscriptions");
  for (const auto& subscription : page.subscriptions) {
    result.open("member");
    result.element("SubscriptionArn", subscription.subscriptionArn);
    result.element("Owner", subscription.owner);
    result.element("Protocol", subscription.protocol);
    result.element("Endpoint", subscription.endpoint);
    result.element("TopicArn", subscription.topicArn);
    result.close();
  }
  result.close();
  if (page.nextToken) result.element("NextToken", *page.nextToken);
}

}  // namespace

void serveSubscribe(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result) {
  const auto returnArn = input.find("ReturnSubscriptionArn");
  sns::SubscribeRequest request{
      stringMember(input, "TopicArn"), stringMember(input, "Protocol"),
      stringMember(input, "Endpoint"), stringMap(input, "Attributes"),
      returnArn != input.end() && returnArn->is_boolean() && returnArn->get<bool>()};
  result.element("SubscriptionArn", sns::subscribe(context, request));
}

void serveConfirmSubscription(sns::CallContext& context, const nlohmann::json& input,
                              XmlWriter& result) {
  result.element("SubscriptionArn",
                 sns::confirmSubscription(context, stringMember(input, "TopicArn"),
                                          stringMember(input, "Token")));
}

void serveUnsubscribe(sns::CallContext& context, const nlohmann::json& input,
                      XmlWriter& /*result*/) {
  sns::unsubscribe(context, stringMember(input, "SubscriptionArn"));
}

void serveListSubscriptions(sns::CallContext& context, const nlohmann::json& input,
                            XmlWriter& result) {
  writeSubscriptions(result, sns::listSubscriptions(context, optionalMember(input, "NextToken")));
}

void serveListSubscriptionsByTopic(sns::CallContext& context, const nlohmann::json& input,
                                   XmlWriter& result) {
  writeSubscriptions(result, sns::listSubscriptionsByTopic(context, stringMember(input, "TopicArn"),
                                                           optionalMember(input, "NextToken")));
}

void serveGetSubscriptionAttributes(sns::CallContext& context, const nlohmann::json& input,
                                    XmlWriter& result) {
  writeAttributes(result,
                  sns::getSubscriptionAttributes(context, stringMember(input, "SubscriptionArn")),
                  "Attributes");
}

void serveSetSubscriptionAttributes(sns::CallContext& context, const nlohmann::json& input,
                                    XmlWriter& /*result*/) {
  sns::setSubscriptionAttribute(context, stringMember(input, "SubscriptionArn"),
                                stringMember(input, "AttributeName"),
                                stringMember(input, "AttributeValue"));
}

}  // namespace smsim::aws_query
