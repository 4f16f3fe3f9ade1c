// SNS's topic actions, tags and Publish/PublishBatch to a topic as SNS's XML.
#include "protocols/aws_query/sns_xml.hpp"
#include "services/sns/operations.hpp"

namespace smsim::aws_query {

namespace {

sns::Tags tagsOf(const nlohmann::json& input) {
  sns::Tags tags;
  const auto it = input.find("Tags");
  if (it == input.end() || !it->is_array()) return tags;
  for (const auto& tag : *it) tags[stringMember(tag, "Key")] = stringMember(tag, "Value");
  return tags;
}

sns::TopicMessageRequest messageOf(const nlohmann::json& input) {
  return {stringMember(input, "Message"), stringMember(input, "Subject"),
          stringMember(input, "MessageStructure"), messageAttributesOf(input)};
}

}  // namespace

void serveCreateTopic(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result) {
  result.element("TopicArn",
                 sns::createTopic(context, {stringMember(input, "Name"),
                                            stringMap(input, "Attributes"), tagsOf(input)}));
}

void serveDeleteTopic(sns::CallContext& context, const nlohmann::json& input,
                      XmlWriter& /*result*/) {
  sns::deleteTopic(context, stringMember(input, "TopicArn"));
}

void serveListTopics(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result) {
  const auto page = sns::listTopics(context, optionalMember(input, "NextToken"));
  result.open("Topics");
  for (const auto& arn : page.items) {
    result.open("member");
    result.element("TopicArn", arn);
    result.close();
  }
  result.close();
  if (page.nextToken) result.element("NextToken", *page.nextToken);
}

void serveGetTopicAttributes(sns::CallContext& context, const nlohmann::json& input,
                             XmlWriter& result) {
  writeAttributes(result, sns::getTopicAttributes(context, stringMember(input, "TopicArn")),
                  "Attributes");
}

void serveSetTopicAttributes(sns::CallContext& context, const nlohmann::json& input,
                             XmlWriter& /*result*/) {
  sns::setTopicAttribute(context, stringMember(input, "TopicArn"),
                         stringMember(input, "AttributeName"),
                         stringMember(input, "AttributeValue"));
}

void serveTagResource(sns::CallContext& context, const nlohmann::json& input,
                      XmlWriter& /*result*/) {
  sns::tagResource(context, stringMember(input, "ResourceArn"), tagsOf(input));
}

void serveUntagResource(sns::CallContext& context, const nlohmann::json& input,
                        XmlWriter& /*result*/) {
  std::vector<std::string> keys;
  if (const auto it = input.find("TagKeys"); it != input.end() && it->is_array()) {
    for (const auto& key : *it) keys.push_back(key.get<std::string>());
  }
  sns::untagResource(context, stringMember(input, "ResourceArn"), keys);
}

void serveListTagsForResource(sns::CallContext& context, const nlohmann::json& input,
                              XmlWriter& result) {
  result.open("Tags");
  for (const auto& [key, value] :
       sns::listTagsForResource(context, stringMember(input, "ResourceArn"))) {
    result.open("member");
    result.element("Key", key);
    result.element("Value", value);
    result.close();
  }
  result.close();
}

void servePublishToTopic(sns::CallContext& context, const nlohmann::json& input,
                         XmlWriter& result) {
  auto arn = stringMember(input, "TopicArn");
  if (arn.empty()) arn = stringMember(input, "TargetArn");
  result.element("MessageId", sns::publishToTopic(context, arn, messageOf(input)));
}

void servePublishBatch(sns::CallContext& context, const nlohmann::json& input, XmlWriter& result) {
  std::vector<sns::BatchEntry> entries;
  if (const auto it = input.find("PublishBatchRequestEntries"); it != input.end()) {
    for (const auto& entry : *it) entries.push_back({stringMember(entry, "Id"), messageOf(entry)});
  }
  const auto batch = sns::publishBatch(context, stringMember(input, "TopicArn"), entries);
  result.open("Successful");
  for (const auto& success : batch.successful) {
    result.open("member");
    result.element("Id", success.id);
    result.element("MessageId", success.messageId);
    result.close();
  }
  result.close();
  result.open("Failed");
  for (const auto& failure : batch.failed) {
    result.open("member");
    result.element("Id", failure.id);
    result.element("Code", failure.code);
    result.element("Message", failure.message);
    result.element("SenderFault", failure.senderFault ? "true" : "false");
    result.close();
  }
  result.close();
}

}  // namespace smsim::aws_query
