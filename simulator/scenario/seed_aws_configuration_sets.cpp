// `configurationSets` of a `seed.aws` scope: configuration sets with their default message type
// and event destinations (CloudWatch Logs, Firehose or SNS), checked as CreateConfigurationSet
// and CreateEventDestination check them (at most 5 destinations, exactly one target each, ARNs of
// the right service, MatchingEventTypes of the model), so a scenario starts with a set whose
// events already go somewhere.
#include <set>

#include "common/aws_arn.hpp"
#include "common/aws_names.hpp"
#include "scenario/seed_aws.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"

namespace smsim::scenario {

namespace {

constexpr std::size_t kMaxEventDestinations = 5;  // as CreateEventDestination allows

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

state::EventDestination readEventDestination(const YamlValue& value) {
  auto map = value.map();
  state::EventDestination destination;
  destination.name = map.require("name").string();
  const auto types = map.require("matchingEventTypes");
  destination.matchingEventTypes = types.strings();
  for (const auto& type : destination.matchingEventTypes) {
    if (!isMatchingEventType(type)) {
      types.fail(error_id::kInvalidValue,
                 "'" + type + "' is not an event type (ALL, TEXT_ALL, TEXT_DELIVERED, ...)");
    }
  }
  if (auto enabled = map.get("enabled")) destination.enabled = enabled->boolean();
  const auto kind = map.exactlyOneOf({"cloudWatchLogs", "firehose", "sns"});
  auto target = map.require(kind).map();
  if (kind == "cloudWatchLogs") {
    destination.cloudWatchLogs =
        state::CloudWatchLogsTarget{readArn(target, "iamRoleArn", "iam", "role/"),
                                    readArn(target, "logGroupArn", "logs", "log-group:")};
  } else if (kind == "firehose") {
    destination.firehose =
        state::FirehoseTarget{readArn(target, "iamRoleArn", "iam", "role/"),
                              readArn(target, "deliveryStreamArn", "firehose", "deliverystream/")};
  } else {
    destination.sns = state::SnsTarget{readArn(target, "topicArn", "sns", "")};
  }
  target.rejectUnknownKeys();
  map.rejectUnknownKeys();
  return destination;
}

state::ConfigurationSet readConfigurationSet(const YamlValue& value) {
  auto map = value.map();
  state::ConfigurationSet set;
  const auto name = map.require("name");
  set.name = name.string();
  // The model's ConfigurationSetName: 1 to 64 of [A-Za-z0-9_-].
  if (set.name.empty() || set.name.size() > 64 ||
      set.name.find_first_not_of(
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") !=
          std::string::npos) {
    name.fail(error_id::kInvalidValue, "a configuration set name is 1 to 64 of A-Z a-z 0-9 _ -");
  }
  if (auto type = map.get("defaultMessageType")) {
    set.defaultMessageType = type->string();
    if (set.defaultMessageType != "TRANSACTIONAL" && set.defaultMessageType != "PROMOTIONAL") {
      type->fail(error_id::kInvalidValue, "a message type is TRANSACTIONAL or PROMOTIONAL");
    }
  }
  if (auto destinations = map.get("eventDestinations")) {
    std::set<std::string> names;
    for (const auto& item : destinations->items()) {
      auto destination = readEventDestination(item);
      if (!names.insert(destination.name).second) {
        item.fail(error_id::kInvalidValue,
                  "event destination " + destination.name + " is seeded twice");
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
    auto set = readConfigurationSet(item);
    if (!names.insert(set.name).second) {
      item.fail(error_id::kInvalidValue, "configuration set " + set.name + " is seeded twice");
    }
    seed.configurationSets.push_back(std::move(set));
  }
}

void applyConfigurationSetSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                                state::AccountState& account, double now) {
  for (auto set : seed.configurationSets) {
    set.arn = aws_names::smsVoiceArn(scope.region, scope.accountId, "configuration-set", set.name);
    set.createdTimestamp = now;
    account.configurationSets.insert_or_assign(set.name, std::move(set));
  }
}

}  // namespace smsim::scenario
