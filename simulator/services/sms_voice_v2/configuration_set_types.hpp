#pragma once
// Requests and results of the configuration set operations (Create/Delete/DescribeConfigurationSets
// and the Set/Delete defaults) and of their event destinations.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"
#include "state/configuration_set.hpp"

namespace smsim::sms_voice_v2 {

using EventDestination = state::EventDestination;

struct ConfigurationSetInformation {
  std::string configurationSetArn;
  std::string configurationSetName;
  std::vector<EventDestination> eventDestinations;
  std::optional<std::string> defaultMessageType;
  std::optional<std::string> defaultSenderId;
  std::optional<bool> defaultMessageFeedbackEnabled;
  double createdTimestamp = 0;  // epoch seconds
  std::optional<std::string> protectConfigurationId;
};

struct CreateConfigurationSetRequest {
  std::string configurationSetName;
  std::vector<Tag> tags;
};
struct CreateConfigurationSetResult {
  std::string configurationSetArn;
  std::string configurationSetName;
  std::vector<Tag> tags;
  double createdTimestamp = 0;
};

struct DeleteConfigurationSetRequest {
  std::string configurationSetName;  // name or ARN
};
// Its own type because DeleteConfigurationSetResult, unlike ConfigurationSetInformation, has no
// ProtectConfigurationId member.
struct DeleteConfigurationSetResult : ConfigurationSetInformation {};

struct DescribeConfigurationSetsRequest {
  std::vector<std::string> configurationSetNames;  // names or ARNs
  std::vector<Filter> filters;
  PageParameters page;
};
struct DescribeConfigurationSetsResult {
  std::vector<ConfigurationSetInformation> configurationSets;
  std::optional<std::string> nextToken;
};

// The set a default was changed on, with the default's value after Set (before Delete).
template <typename Value>
struct ConfigurationSetDefault {
  std::string configurationSetArn;
  std::string configurationSetName;
  std::optional<Value> value;
};

// Distinct types because each names its value differently on the wire.
struct SenderIdDefault : ConfigurationSetDefault<std::string> {};
struct MessageTypeDefault : ConfigurationSetDefault<std::string> {};

struct SetDefaultSenderIdRequest {
  std::string configurationSetName;  // name or ARN
  std::string senderId;
};
using SetDefaultSenderIdResult = SenderIdDefault;
struct DeleteDefaultSenderIdRequest {
  std::string configurationSetName;  // name or ARN
};
using DeleteDefaultSenderIdResult = SenderIdDefault;

struct SetDefaultMessageTypeRequest {
  std::string configurationSetName;  // name or ARN
  std::string messageType;
};
using SetDefaultMessageTypeResult = MessageTypeDefault;
struct DeleteDefaultMessageTypeRequest {
  std::string configurationSetName;  // name or ARN
};
using DeleteDefaultMessageTypeResult = MessageTypeDefault;

struct SetDefaultMessageFeedbackEnabledRequest {
  std::string configurationSetName;  // name or ARN
  bool messageFeedbackEnabled = false;
};
using SetDefaultMessageFeedbackEnabledResult = ConfigurationSetDefault<bool>;

// The destination members of Create/UpdateEventDestination: at most one is given.
struct EventDestinationTargets {
  std::optional<state::CloudWatchLogsTarget> cloudWatchLogs;
  std::optional<state::FirehoseTarget> firehose;
  std::optional<state::SnsTarget> sns;
};

struct CreateEventDestinationRequest {
  std::string configurationSetName;  // name or ARN
  std::string eventDestinationName;
  std::vector<std::string> matchingEventTypes;
  EventDestinationTargets targets;
};
struct UpdateEventDestinationRequest {
  std::string configurationSetName;  // name or ARN
  std::string eventDestinationName;
  std::optional<bool> enabled;
  std::optional<std::vector<std::string>> matchingEventTypes;
  EventDestinationTargets targets;
};
struct DeleteEventDestinationRequest {
  std::string configurationSetName;  // name or ARN
  std::string eventDestinationName;
};
// The set and the destination as created, updated or deleted.
struct EventDestinationResult {
  std::string configurationSetArn;
  std::string configurationSetName;
  EventDestination eventDestination;
};
using CreateEventDestinationResult = EventDestinationResult;
using UpdateEventDestinationResult = EventDestinationResult;
using DeleteEventDestinationResult = EventDestinationResult;

}  // namespace smsim::sms_voice_v2
