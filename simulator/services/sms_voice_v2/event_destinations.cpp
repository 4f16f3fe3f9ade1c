// CreateEventDestination, UpdateEventDestination, DeleteEventDestination: where a configuration
// set's delivery events go (CloudWatch Logs, Firehose or SNS) and which event types go there.
#include <algorithm>

#include "common/aws_arn.hpp"
#include "common/aws_names.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// "Each configuration set can contain between 0 and 5 event destinations."
// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-destinations.html
constexpr std::size_t kMaxEventDestinationsPerSet = 5;

// ValidationException INVALID_ARN unless `arn` is an ARN of `service` whose resource starts with
// `resourcePrefix` (and, for a regional service, names a region and an account).
void requireArn(const std::string& field, const std::string& arn, const std::string& service,
                const std::string& resourcePrefix, const std::string& example) {
  const auto parsed = aws_names::parseArn(arn);
  const bool regional = service != "iam";
  const bool valid =
      parsed && parsed->service == service && aws_names::isAccountId(parsed->accountId) &&
      (regional ? aws_names::isRegionName(parsed->region) : parsed->region.empty()) &&
      parsed->resource.starts_with(resourcePrefix) &&
      parsed->resource.size() > resourcePrefix.size();
  if (!valid) {
    throw ServiceError::invalidField(
        "INVALID_ARN", field,
        "'" + arn + "' is not a valid " + field + " (expected " + example + ").");
  }
}

void requireValidTargets(const EventDestinationTargets& targets) {
  if (const auto& logs = targets.cloudWatchLogs) {
    requireArn("CloudWatchLogsDestination.IamRoleArn", logs->iamRoleArn, "iam", "role/",
               "arn:aws:iam::<account>:role/<name>");
    requireArn("CloudWatchLogsDestination.LogGroupArn", logs->logGroupArn, "logs",
               "log-group:", "arn:aws:logs:<region>:<account>:log-group:<name>");
  }
  if (const auto& firehose = targets.firehose) {
    requireArn("KinesisFirehoseDestination.IamRoleArn", firehose->iamRoleArn, "iam", "role/",
               "arn:aws:iam::<account>:role/<name>");
    requireArn("KinesisFirehoseDestination.DeliveryStreamArn", firehose->deliveryStreamArn,
               "firehose", "deliverystream/",
               "arn:aws:firehose:<region>:<account>:deliverystream/<name>");
  }
  if (const auto& sns = targets.sns) {
    requireArn("SnsDestination.TopicArn", sns->topicArn, "sns", "",
               "arn:aws:sns:<region>:<account>:<topic>");
  }
}

int targetCount(const EventDestinationTargets& targets) {
  return int(targets.cloudWatchLogs.has_value()) + int(targets.firehose.has_value()) +
         int(targets.sns.has_value());
}

// "The TEXT_SENT event type is not supported" in MatchingEventTypes (the service model's
// documentation of UpdateEventDestination); smsim refuses it rather than never matching it.
void requireSupportedEventTypes(const std::vector<std::string>& eventTypes) {
  if (std::find(eventTypes.begin(), eventTypes.end(), "TEXT_SENT") != eventTypes.end()) {
    throw ServiceError::invalidField("INVALID_PARAMETER", "MatchingEventTypes",
                                     "The TEXT_SENT event type is not supported.");
  }
}

auto findDestination(state::ConfigurationSet& set, const std::string& name) {
  auto it = std::find_if(set.eventDestinations.begin(), set.eventDestinations.end(),
                         [&](const auto& destination) { return destination.name == name; });
  if (it == set.eventDestinations.end()) {
    throw ServiceError::resourceNotFound(resource_type::kEventDestination, name);
  }
  return it;
}

EventDestinationResult resultOf(const state::ConfigurationSet& set,
                                const state::EventDestination& destination) {
  return {set.arn, set.name, destination};
}

// The type an event destination has can't change (UpdateEventDestination's documentation).
void requireSameType(const state::EventDestination& destination,
                     const EventDestinationTargets& targets) {
  const bool mismatch = (targets.cloudWatchLogs && !destination.cloudWatchLogs) ||
                        (targets.firehose && !destination.firehose) ||
                        (targets.sns && !destination.sns);
  if (mismatch) {
    throw ServiceError::conflict(
        "EVENT_DESTINATION_MISMATCH", resource_type::kEventDestination, destination.name,
        "An event destination's type (CloudWatch Logs, Firehose or SNS) can't be changed.");
  }
}

}  // namespace

CreateEventDestinationResult createEventDestination(CallContext& call,
                                                    const CreateEventDestinationRequest& request) {
  const auto& targets = request.targets;
  if (targetCount(targets) != 1) {
    throw ServiceError::validation(
        targetCount(targets) == 0 ? "MISSING_PARAMETER" : "PARAMETERS_CANNOT_BE_USED_TOGETHER",
        "Give exactly one of CloudWatchLogsDestination, KinesisFirehoseDestination and "
        "SnsDestination.");
  }
  requireValidTargets(targets);
  requireSupportedEventTypes(request.matchingEventTypes);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& set = findConfigurationSet(account, call.scope, request.configurationSetName);
    const auto& name = request.eventDestinationName;
    for (const auto& existing : set.eventDestinations) {
      if (existing.name == name) {
        throw ServiceError::conflict("RESOURCE_ALREADY_EXISTS", resource_type::kEventDestination,
                                     name,
                                     "The configuration set " + set.name +
                                         " already has an event destination named '" + name + "'.");
      }
    }
    if (set.eventDestinations.size() >= kMaxEventDestinationsPerSet) {
      throw ServiceError::quotaExceeded("EVENT_DESTINATIONS_PER_CONFIGURATION_SET",
                                        "A configuration set can have at most " +
                                            std::to_string(kMaxEventDestinationsPerSet) +
                                            " event destinations.");
    }
    state::EventDestination destination{
        name,       true, request.matchingEventTypes, targets.cloudWatchLogs, targets.firehose,
        targets.sns};
    set.eventDestinations.push_back(destination);
    return resultOf(set, destination);
  });
}

UpdateEventDestinationResult updateEventDestination(CallContext& call,
                                                    const UpdateEventDestinationRequest& request) {
  const auto& targets = request.targets;
  if (targetCount(targets) > 1) {
    throw ServiceError::validation(
        "PARAMETERS_CANNOT_BE_USED_TOGETHER",
        "Give at most one of CloudWatchLogsDestination, KinesisFirehoseDestination and "
        "SnsDestination.");
  }
  requireValidTargets(targets);
  if (request.matchingEventTypes) requireSupportedEventTypes(*request.matchingEventTypes);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& set = findConfigurationSet(account, call.scope, request.configurationSetName);
    auto& destination = *findDestination(set, request.eventDestinationName);
    requireSameType(destination, targets);
    if (request.enabled) destination.enabled = *request.enabled;
    if (request.matchingEventTypes) destination.matchingEventTypes = *request.matchingEventTypes;
    if (targets.cloudWatchLogs) destination.cloudWatchLogs = targets.cloudWatchLogs;
    if (targets.firehose) destination.firehose = targets.firehose;
    if (targets.sns) destination.sns = targets.sns;
    return resultOf(set, destination);
  });
}

DeleteEventDestinationResult deleteEventDestination(CallContext& call,
                                                    const DeleteEventDestinationRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& set = findConfigurationSet(account, call.scope, request.configurationSetName);
    const auto it = findDestination(set, request.eventDestinationName);
    auto result = resultOf(set, *it);
    set.eventDestinations.erase(it);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
