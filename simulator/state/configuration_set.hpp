#pragma once
// An AWS configuration set: the defaults a send that names it picks up, and the event
// destinations its delivery events go to.
#include <optional>
#include <string>
#include <vector>

namespace smsim::state {

// Where an event destination sends records: exactly one of the three is set.
struct CloudWatchLogsTarget {
  std::string iamRoleArn;
  std::string logGroupArn;
};
struct FirehoseTarget {
  std::string iamRoleArn;
  std::string deliveryStreamArn;
};
struct SnsTarget {
  std::string topicArn;
};

struct EventDestination {
  std::string name;
  bool enabled = true;
  std::vector<std::string> matchingEventTypes;  // as given, ALL / TEXT_ALL / ... kept as such
  std::optional<CloudWatchLogsTarget> cloudWatchLogs;
  std::optional<FirehoseTarget> firehose;
  std::optional<SnsTarget> sns;
};

struct ConfigurationSet {
  std::string name;
  std::string arn;
  double createdTimestamp = 0;  // epoch seconds
  std::optional<std::string> defaultSenderId;
  std::optional<std::string> defaultMessageType;  // TRANSACTIONAL or PROMOTIONAL
  std::optional<bool> defaultMessageFeedbackEnabled;
  std::optional<std::string> protectConfigurationId;  // AssociateProtectConfiguration
  std::vector<EventDestination> eventDestinations;    // in creation order
};

}  // namespace smsim::state
