// The JSON of configuration sets, their defaults and their event destinations.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

namespace {

// A result naming the set a default was changed on, with the default under `valueName`.
template <typename Value>
nlohmann::json defaultJson(const v2::ConfigurationSetDefault<Value>& result,
                           const char* valueName) {
  nlohmann::json out = {{"ConfigurationSetArn", result.configurationSetArn},
                        {"ConfigurationSetName", result.configurationSetName}};
  writeOptional(out, valueName, result.value);
  return out;
}

// The destination members of Create/UpdateEventDestination; the model checked their members.
v2::EventDestinationTargets readTargets(const nlohmann::json& in) {
  v2::EventDestinationTargets targets;
  if (auto it = in.find("CloudWatchLogsDestination"); it != in.end()) {
    targets.cloudWatchLogs.emplace();
    readMember(*it, "IamRoleArn", targets.cloudWatchLogs->iamRoleArn);
    readMember(*it, "LogGroupArn", targets.cloudWatchLogs->logGroupArn);
  }
  if (auto it = in.find("KinesisFirehoseDestination"); it != in.end()) {
    targets.firehose.emplace();
    readMember(*it, "IamRoleArn", targets.firehose->iamRoleArn);
    readMember(*it, "DeliveryStreamArn", targets.firehose->deliveryStreamArn);
  }
  if (auto it = in.find("SnsDestination"); it != in.end()) {
    targets.sns.emplace();
    readMember(*it, "TopicArn", targets.sns->topicArn);
  }
  return targets;
}

}  // namespace

void fromJson(const nlohmann::json& in, v2::CreateConfigurationSetRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::DeleteConfigurationSetRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
}

void fromJson(const nlohmann::json& in, v2::DescribeConfigurationSetsRequest& out) {
  readMember(in, "ConfigurationSetNames", out.configurationSetNames);
  out.filters = readFilters(in);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::SetDefaultSenderIdRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "SenderId", out.senderId);
}

void fromJson(const nlohmann::json& in, v2::DeleteDefaultSenderIdRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
}

void fromJson(const nlohmann::json& in, v2::SetDefaultMessageTypeRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "MessageType", out.messageType);
}

void fromJson(const nlohmann::json& in, v2::DeleteDefaultMessageTypeRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
}

void fromJson(const nlohmann::json& in, v2::SetDefaultMessageFeedbackEnabledRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "MessageFeedbackEnabled", out.messageFeedbackEnabled);
}

void fromJson(const nlohmann::json& in, v2::CreateEventDestinationRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "EventDestinationName", out.eventDestinationName);
  readMember(in, "MatchingEventTypes", out.matchingEventTypes);
  out.targets = readTargets(in);
}

void fromJson(const nlohmann::json& in, v2::UpdateEventDestinationRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "EventDestinationName", out.eventDestinationName);
  readMember(in, "Enabled", out.enabled);
  readMember(in, "MatchingEventTypes", out.matchingEventTypes);
  out.targets = readTargets(in);
}

void fromJson(const nlohmann::json& in, v2::DeleteEventDestinationRequest& out) {
  readMember(in, "ConfigurationSetName", out.configurationSetName);
  readMember(in, "EventDestinationName", out.eventDestinationName);
}

nlohmann::json toJson(const v2::EventDestinationResult& result) {
  return {{"ConfigurationSetArn", result.configurationSetArn},
          {"ConfigurationSetName", result.configurationSetName},
          {"EventDestination", toJson(result.eventDestination)}};
}

nlohmann::json toJson(const v2::EventDestination& destination) {
  nlohmann::json out = {{"EventDestinationName", destination.name},
                        {"Enabled", destination.enabled},
                        {"MatchingEventTypes", destination.matchingEventTypes}};
  if (destination.cloudWatchLogs) {
    out["CloudWatchLogsDestination"] = {{"IamRoleArn", destination.cloudWatchLogs->iamRoleArn},
                                        {"LogGroupArn", destination.cloudWatchLogs->logGroupArn}};
  }
  if (destination.firehose) {
    out["KinesisFirehoseDestination"] = {
        {"IamRoleArn", destination.firehose->iamRoleArn},
        {"DeliveryStreamArn", destination.firehose->deliveryStreamArn}};
  }
  if (destination.sns) out["SnsDestination"] = {{"TopicArn", destination.sns->topicArn}};
  return out;
}

nlohmann::json toJson(const v2::ConfigurationSetInformation& result) {
  nlohmann::json out = {{"ConfigurationSetArn", result.configurationSetArn},
                        {"ConfigurationSetName", result.configurationSetName}};
  out["EventDestinations"] = arrayJson(result.eventDestinations,
                                       [](const auto& destination) { return toJson(destination); });
  writeOptional(out, "DefaultMessageType", result.defaultMessageType);
  writeOptional(out, "DefaultSenderId", result.defaultSenderId);
  // "By default this is set to false" (the model, on DeleteConfigurationSetResult): reported
  // false until SetDefaultMessageFeedbackEnabled sets it, not left out.
  out["DefaultMessageFeedbackEnabled"] = result.defaultMessageFeedbackEnabled.value_or(false);
  out["CreatedTimestamp"] = result.createdTimestamp;
  writeOptional(out, "ProtectConfigurationId", result.protectConfigurationId);
  return out;
}

// DeleteConfigurationSetResult has every member of ConfigurationSetInformation but
// ProtectConfigurationId.
nlohmann::json toJson(const v2::DeleteConfigurationSetResult& result) {
  auto out = toJson(static_cast<const v2::ConfigurationSetInformation&>(result));
  out.erase("ProtectConfigurationId");
  return out;
}

nlohmann::json toJson(const v2::CreateConfigurationSetResult& result) {
  return {{"ConfigurationSetArn", result.configurationSetArn},
          {"ConfigurationSetName", result.configurationSetName},
          {"Tags", tagsJson(result.tags)},
          {"CreatedTimestamp", result.createdTimestamp}};
}

nlohmann::json toJson(const v2::DescribeConfigurationSetsResult& result) {
  nlohmann::json out = {
      {"ConfigurationSets",
       arrayJson(result.configurationSets, [](const auto& set) { return toJson(set); })}};
  writeNextToken(out, result.nextToken);
  return out;
}

nlohmann::json toJson(const v2::SenderIdDefault& result) { return defaultJson(result, "SenderId"); }

nlohmann::json toJson(const v2::MessageTypeDefault& result) {
  return defaultJson(result, "MessageType");
}

nlohmann::json toJson(const v2::SetDefaultMessageFeedbackEnabledResult& result) {
  return defaultJson(result, "MessageFeedbackEnabled");
}

}  // namespace smsim::aws_json
