// The `configurationSets` of a `seed.aws` scope: configuration sets with their defaults and event
// destinations. Each value is checked as the API would check it (CreateConfigurationSet,
// SetDefaultSenderId, SetDefaultMessageType, CreateEventDestination), so a seeded set is one the
// API could have made: at most 5 destinations, exactly one target each, ARNs of the right
// service, event types smsim knows.
#include <algorithm>
#include <set>

#include "common/aws_arn.hpp"
#include "common/aws_names.hpp"
#include "model/validator.hpp"
#include "scenario/seed_aws.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::scenario {

namespace {

constexpr std::size_t kMaxEventDestinations = 5;  // as CreateEventDestination allows

// An ARN of `service` whose resource starts with `prefix`, as CreateEventDestination wants.
std::string readArn(YamlMap& map, const char* key, const char* service, const char* prefix) {
  const auto value = map.require(key);
  auto text = value.string();
  const auto arn = aws_names::parseArn(text);
  if (!arn || arn->service != service || !arn->resource.starts_with(prefix)) {
    value.fail(error_id::kInvalidValue,
               std::string("expected an ARN of ") + service +
                   (*prefix != '\0' ? std::string(" (") + prefix + "...)" : std::string()));
  }
  return text;
}

bool isMatchingEventType(const std::string& name) {
  return name == "ALL" || name == "TEXT_ALL" || name == "MEDIA_ALL" || name == "VOICE_ALL" ||
         sms_voice_v2::findEventType(name) != nullptr;
}

// The one target of a destination, as CreateEventDestination's members name it.
void readTarget(YamlMap& map, state::EventDestination& destination, nlohmann::json& input) {
  const auto kind = map.exactlyOneOf({"cloudWatchLogs", "firehose", "sns"});
  auto target = map.require(kind).map();
  if (kind == "cloudWatchLogs") {
    destination.cloudWatchLogs =
        state::CloudWatchLogsTarget{readArn(target, "iamRoleArn", "iam", "role/"),
                                    readArn(target, "logGroupArn", "logs", "log-group:")};
    input["CloudWatchLogsDestination"] = {{"IamRoleArn", destination.cloudWatchLogs->iamRoleArn},
                                          {"LogGroupArn", destination.cloudWatchLogs->logGroupArn}};
  } else if (kind == "firehose") {
    destination.firehose =
        state::FirehoseTarget{readArn(target, "iamRoleArn", "iam", "role/"),
                              readArn(target, "deliveryStreamArn", "firehose", "deliverystream/")};
    input["KinesisFirehoseDestination"] = {
        {"IamRoleArn", destination.firehose->iamRoleArn},
        {"DeliveryStreamArn", destination.firehose->deliveryStreamArn}};
  } else {
    destination.sns = state::SnsTarget{readArn(target, "topicArn", "sns", "")};
    input["SnsDestination"] = {{"TopicArn", destination.sns->topicArn}};
  }
  target.rejectUnknownKeys();
}

state::EventDestination readDestination(const YamlValue& value, const std::string& setName) {
  auto map = value.map();
  state::EventDestination destination;
  destination.name = map.require("name").string();
  if (auto enabled = map.get("enabled")) destination.enabled = enabled->boolean();
  const auto types = map.require("matchingEventTypes");
  destination.matchingEventTypes = types.strings();
  for (const auto& type : destination.matchingEventTypes) {
    if (!isMatchingEventType(type)) {
      types.fail(error_id::kInvalidValue,
                 "'" + type + "' is not an event type (ALL, TEXT_ALL, TEXT_DELIVERED, ...)");
    }
  }
  nlohmann::json input = {{"ConfigurationSetName", setName},
                          {"EventDestinationName", destination.name},
                          {"MatchingEventTypes", destination.matchingEventTypes}};
  readTarget(map, destination, input);
  map.rejectUnknownKeys();
  failOnModel(value, "CreateEventDestination", input);
  return destination;
}

// `protectConfigurations`: the scope's seeded protect configurations, which a set may name.
state::ConfigurationSet readConfigurationSet(
    const YamlValue& value, const std::vector<ProtectConfigurationSeed>& protectConfigurations) {
  auto map = value.map();
  state::ConfigurationSet set;
  set.name = map.require("name").string();
  failOnModel(value, "CreateConfigurationSet", {{"ConfigurationSetName", set.name}});
  if (auto senderId = map.get("defaultSenderId")) {
    set.defaultSenderId = senderId->string();
    failOnModel(*senderId, "SetDefaultSenderId",
                {{"ConfigurationSetName", set.name}, {"SenderId", *set.defaultSenderId}});
  }
  if (auto messageType = map.get("defaultMessageType")) {
    set.defaultMessageType = messageType->string();
    failOnModel(*messageType, "SetDefaultMessageType",
                {{"ConfigurationSetName", set.name}, {"MessageType", *set.defaultMessageType}});
  }
  if (auto feedback = map.get("defaultMessageFeedbackEnabled")) {
    set.defaultMessageFeedbackEnabled = feedback->boolean();
  }
  if (auto protect = map.get("protectConfigurationId")) {
    set.protectConfigurationId = protect->string();
    const bool seeded = std::any_of(
        protectConfigurations.begin(), protectConfigurations.end(),
        [&](const auto& entry) { return entry.configuration.id == *set.protectConfigurationId; });
    if (!seeded) {
      protect->fail(error_id::kInvalidValue, "'" + *set.protectConfigurationId +
                                                 "' is not a protect configuration of this scope");
    }
  }
  if (auto destinations = map.get("eventDestinations")) {
    std::set<std::string> names;
    for (const auto& item : destinations->items()) {
      auto destination = readDestination(item, set.name);
      if (!names.insert(destination.name).second) {
        item.fail(error_id::kInvalidValue,
                  "event destination '" + destination.name + "' is seeded twice in this set");
      }
      set.eventDestinations.push_back(std::move(destination));
    }
    if (set.eventDestinations.size() > kMaxEventDestinations) {
      destinations->fail(error_id::kInvalidValue,
                         "a configuration set has at most 5 event destinations");
    }
  }
  map.rejectUnknownKeys();
  return set;
}

}  // namespace

void readConfigurationSetSeeds(YamlMap& scope, AwsScopeSeed& seed) {
  auto sets = scope.get("configurationSets");
  if (!sets) return;
  std::set<std::string> names;
  for (const auto& item : sets->items()) {
    auto set = readConfigurationSet(item, seed.protectConfigurations);
    if (!names.insert(set.name).second) {
      item.fail(error_id::kInvalidValue, "configuration set '" + set.name + "' is seeded twice");
    }
    seed.configurationSets.push_back(std::move(set));
  }
}

void applyConfigurationSetSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                                state::AccountState& account, double now) {
  for (auto set : seed.configurationSets) {
    set.arn = aws_names::smsVoiceArn(scope.region, scope.accountId,
                                     sms_voice_v2::resource_type::kConfigurationSet, set.name);
    set.createdTimestamp = now;
    account.configurationSets.insert_or_assign(set.name, std::move(set));
  }
}

}  // namespace smsim::scenario
