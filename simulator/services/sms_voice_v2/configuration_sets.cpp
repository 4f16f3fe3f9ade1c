// CreateConfigurationSet, DeleteConfigurationSet, DescribeConfigurationSets and the defaults a
// set gives the sends that name it (sender ID, message type, message feedback).
#include <set>

#include "common/aws_names.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// The default quota of configuration sets per account and Region, as DescribeAccountLimits
// reports it (CONFIGURATION_SETS).
constexpr std::size_t kMaxConfigurationSets = 50;

// Filters whose values come from an enum of the model, or are a boolean: any other value can
// never match and is refused with INVALID_FILTER_VALUES, as the other Describe operations do.
constexpr FilterValues kConfigurationSetFilterValues[] = {
    {"matching-event-types", "EventType"},
    {"default-message-type", "MessageType"},
    {"default-message-feedback-enabled", kTrueOrFalse}};

ConfigurationSetInformation setInformation(const state::ConfigurationSet& set) {
  return {set.arn,
          set.name,
          set.eventDestinations,
          set.defaultMessageType,
          set.defaultSenderId,
          set.defaultMessageFeedbackEnabled,
          set.createdTimestamp,
          set.protectConfigurationId};
}

std::vector<std::string> setValuesOf(const state::ConfigurationSet& set,
                                     const std::string& filterName) {
  std::vector<std::string> values;
  if (filterName == "event-destination-name") {
    for (const auto& destination : set.eventDestinations) values.push_back(destination.name);
  } else if (filterName == "matching-event-types") {
    for (const auto& destination : set.eventDestinations) {
      values.insert(values.end(), destination.matchingEventTypes.begin(),
                    destination.matchingEventTypes.end());
    }
  } else if (filterName == "default-message-type" && set.defaultMessageType) {
    values.push_back(*set.defaultMessageType);
  } else if (filterName == "default-sender-id" && set.defaultSenderId) {
    values.push_back(*set.defaultSenderId);
  } else if (filterName == "default-message-feedback-enabled") {
    values.push_back(boolText(set.defaultMessageFeedbackEnabled.value_or(false)));
  } else if (filterName == "protect-configuration-id" && set.protectConfigurationId) {
    values.push_back(*set.protectConfigurationId);
  }
  return values;
}

// Runs `change` on the named set under the account lock.
template <typename Change>
auto changeSet(CallContext& call, const std::string& nameOrArn, Change&& change) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return change(findConfigurationSet(account, call.scope, nameOrArn));
  });
}

}  // namespace

CreateConfigurationSetResult createConfigurationSet(CallContext& call,
                                                    const CreateConfigurationSetRequest& request) {
  const auto& name = request.configurationSetName;
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    if (account.configurationSets.contains(name)) {
      throw ServiceError::conflict("RESOURCE_ALREADY_EXISTS", resource_type::kConfigurationSet,
                                   name,
                                   "A configuration set named '" + name + "' already exists.");
    }
    if (account.configurationSets.size() >= kMaxConfigurationSets) {
      throw ServiceError::quotaExceeded("CONFIGURATION_SETS_PER_ACCOUNT",
                                        "The account already has " +
                                            std::to_string(kMaxConfigurationSets) +
                                            " configuration sets in this Region, its quota.");
    }
    state::ConfigurationSet set;
    set.name = name;
    set.arn = aws_names::smsVoiceArn(call.scope.region, call.scope.accountId,
                                     resource_type::kConfigurationSet, name);
    set.createdTimestamp = call.clock.nowEpochSeconds();
    CreateConfigurationSetResult result{
        set.arn, set.name, applyTags(account, set.arn, request.tags), set.createdTimestamp};
    account.configurationSets.emplace(name, std::move(set));
    return result;
  });
}

DeleteConfigurationSetResult deleteConfigurationSet(CallContext& call,
                                                    const DeleteConfigurationSetRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& set = findConfigurationSet(account, call.scope, request.configurationSetName);
    DeleteConfigurationSetResult result{setInformation(set)};
    account.tagsByArn.erase(set.arn);
    account.configurationSets.erase(set.name);
    return result;
  });
}

DescribeConfigurationSetsResult describeConfigurationSets(
    CallContext& call, const DescribeConfigurationSetsRequest& request) {
  requireKnownFilterValues(request.filters, kConfigurationSetFilterValues);
  std::string context = "DescribeConfigurationSets|" + filtersText(request.filters);
  for (const auto& name : request.configurationSetNames) context += "|" + name;
  const auto page = readPageRequest(request.page, context);

  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& nameOrArn : request.configurationSetNames)
      wanted.insert(findConfigurationSet(account, call.scope, nameOrArn).name);
    DescribeConfigurationSetsResult result;
    result.nextToken = fillPage(
        account.configurationSets, page,
        [&](const std::string& name, const state::ConfigurationSet& set) {
          return (wanted.empty() || wanted.contains(name)) &&
                 passesFilters(request.filters,
                               [&](const std::string& filter) { return setValuesOf(set, filter); });
        },
        [](const std::string&, const state::ConfigurationSet& set) { return setInformation(set); },
        result.configurationSets);
    return result;
  });
}

SetDefaultSenderIdResult setDefaultSenderId(CallContext& call,
                                            const SetDefaultSenderIdRequest& request) {
  return changeSet(call, request.configurationSetName, [&](state::ConfigurationSet& set) {
    set.defaultSenderId = request.senderId;
    return SenderIdDefault{{set.arn, set.name, set.defaultSenderId}};
  });
}

DeleteDefaultSenderIdResult deleteDefaultSenderId(CallContext& call,
                                                  const DeleteDefaultSenderIdRequest& request) {
  return changeSet(call, request.configurationSetName, [&](state::ConfigurationSet& set) {
    SenderIdDefault result{{set.arn, set.name, set.defaultSenderId}};
    set.defaultSenderId.reset();
    return result;
  });
}

SetDefaultMessageTypeResult setDefaultMessageType(CallContext& call,
                                                  const SetDefaultMessageTypeRequest& request) {
  return changeSet(call, request.configurationSetName, [&](state::ConfigurationSet& set) {
    set.defaultMessageType = request.messageType;
    return MessageTypeDefault{{set.arn, set.name, set.defaultMessageType}};
  });
}

DeleteDefaultMessageTypeResult deleteDefaultMessageType(
    CallContext& call, const DeleteDefaultMessageTypeRequest& request) {
  return changeSet(call, request.configurationSetName, [&](state::ConfigurationSet& set) {
    MessageTypeDefault result{{set.arn, set.name, set.defaultMessageType}};
    set.defaultMessageType.reset();
    return result;
  });
}

SetDefaultMessageFeedbackEnabledResult setDefaultMessageFeedbackEnabled(
    CallContext& call, const SetDefaultMessageFeedbackEnabledRequest& request) {
  return changeSet(call, request.configurationSetName, [&](state::ConfigurationSet& set) {
    set.defaultMessageFeedbackEnabled = request.messageFeedbackEnabled;
    return SetDefaultMessageFeedbackEnabledResult{set.arn, set.name,
                                                  set.defaultMessageFeedbackEnabled};
  });
}

}  // namespace smsim::sms_voice_v2
