// RequestPhoneNumber, DescribePhoneNumbers, UpdatePhoneNumber, ReleasePhoneNumber.
#include <algorithm>
#include <set>

#include "common/aws_names.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/account_limits.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/number_plan.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_information.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/settings_update.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

constexpr FilterValues kPhoneNumberFilterValues[] = {
    {"status", "NumberStatus"},
    {"message-type", "MessageType"},
    {"number-capability", "NumberCapability"},
    {"number-type", "NumberType"},
    {"two-way-enabled", kTrueOrFalse},
    {"self-managed-opt-outs-enabled", kTrueOrFalse},
    {"deletion-protection-enabled", kTrueOrFalse}};

ServiceError invalidField(const std::string& field, const std::string& message) {
  return ServiceError::invalidField("INVALID_PARAMETER", field, message);
}

// The capabilities asked for, each once, in the order asked: smsim keeps ["SMS", "SMS"] as ["SMS"]
// (AWS documents neither refusing nor keeping a repeated capability).
std::vector<std::string> distinctCapabilities(const std::vector<std::string>& requested) {
  std::vector<std::string> distinct;
  for (const auto& capability : requested) {
    if (std::find(distinct.begin(), distinct.end(), capability) == distinct.end()) {
      distinct.push_back(capability);
    }
  }
  return distinct;
}

// What the user guide says a number of this type and country can do. "Origination and destination
// simulator phone numbers work with SMS and MMS"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/test-phone-numbers.html); voice isn't
// offered in India, and MMS only in the United States and, not from toll-free numbers, Canada
// (https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-asia.html,
// https://docs.aws.amazon.com/sms-voice/latest/userguide/phone-numbers-mms-by-country.html).
// Countries whose tables smsim hasn't read are given what they ask for.
void requireAvailableCapabilities(const RequestPhoneNumberRequest& request) {
  const auto& country = request.isoCountryCode;
  const auto& type = request.numberType;
  auto asks = [&](const char* capability) {
    return std::find(request.numberCapabilities.begin(), request.numberCapabilities.end(),
                     capability) != request.numberCapabilities.end();
  };
  if (asks("VOICE") && (type == "SIMULATOR" || country == "IN")) {
    throw ServiceError::invalidField(
        "VOICE_CAPABILITY_NOT_AVAILABLE", "NumberCapabilities",
        "Voice isn't available for " + type + " phone numbers in " + country + ".");
  }
  const bool mms = country == "US" || (country == "CA" && type != "TOLL_FREE");
  if (asks("MMS") && !mms) {
    throw invalidField("NumberCapabilities",
                       "MMS isn't available for " + type + " phone numbers in " + country + ".");
  }
}

std::vector<std::string> phoneNumberValuesOf(const state::PhoneNumber& number,
                                             const std::string& filterName) {
  const auto& settings = number.settings;
  if (filterName == "status") return {number.status};
  if (filterName == "iso-country-code") return {number.isoCountryCode};
  if (filterName == "message-type") return {settings.messageType};
  if (filterName == "number-capability") return number.capabilities;
  if (filterName == "number-type") return {number.numberType};
  if (filterName == "two-way-enabled") return {boolText(settings.twoWayEnabled)};
  if (filterName == "self-managed-opt-outs-enabled") {
    return {boolText(settings.selfManagedOptOutsEnabled)};
  }
  if (filterName == "opt-out-list-name") return {settings.optOutListName};
  if (filterName == "deletion-protection-enabled") {
    return {boolText(settings.deletionProtectionEnabled)};
  }
  if (filterName == "two-way-channel-arn") return {settings.twoWayChannelArn};
  return {};
}

}  // namespace

RequestPhoneNumberResult requestPhoneNumber(CallContext& call,
                                            const RequestPhoneNumberRequest& request) {
  const auto& country = request.isoCountryCode;
  const auto& numberType = request.numberType;
  if (numberType == "SIMULATOR" && request.messageType != "TRANSACTIONAL") {
    throw invalidField("MessageType", "Simulator phone numbers require MessageType TRANSACTIONAL.");
  }
  requireAvailableCapabilities(request);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    if (account.phoneNumbers.size() >= kMaxPhoneNumbersPerAccount) {
      throw ServiceError::quotaExceeded("PHONE_NUMBERS_PER_ACCOUNT",
                                        "The account has reached its limit of phone numbers.");
    }
    state::PhoneNumber number;
    number.settings.optOutListName =
        findOptOutList(account, call.scope,
                       request.optOutListName.value_or(aws_names::kDefaultOptOutListName))
            .name;
    state::Pool* pool = nullptr;
    if (request.poolId) pool = &findPool(account, call.scope, *request.poolId);

    auto allocated = allocatePhoneNumber(country, numberType, [&](const std::string& candidate) {
      return std::any_of(account.phoneNumbers.begin(), account.phoneNumbers.end(),
                         [&](const auto& entry) { return entry.second.number == candidate; });
    });
    if (!allocated) {
      throw invalidField("IsoCountryCode",
                         "No " + numberType + " phone numbers are available in " + country + ".");
    }
    number.id = "phone-" + services::newCompactId();
    number.arn = aws_names::smsVoiceArn(call.scope.region, call.scope.accountId,
                                        resource_type::kPhoneNumber, number.id);
    number.number = *allocated;
    number.isoCountryCode = country;
    number.capabilities = distinctCapabilities(request.numberCapabilities);
    number.numberType = numberType;
    number.monthlyLeasingPrice = monthlyLeasingPrice(numberType);
    number.settings.messageType = request.messageType;
    number.internationalSendingEnabled = request.internationalSendingEnabled;
    number.settings.deletionProtectionEnabled = request.deletionProtectionEnabled;
    number.registrationId = request.registrationId.value_or("");
    number.createdTimestamp = call.clock.nowEpochSeconds();
    if (pool != nullptr) {
      requireMatchingPoolSettings(*pool, number);
      requireMatchingCapabilities(account, *pool, number);
      requireRoomInPool(*pool);
    }

    RequestPhoneNumberResult result;
    result.tags = applyTags(account, number.arn, request.tags);  // may refuse: nothing changed yet
    if (pool != nullptr) {
      number.poolId = pool->id;
      pool->phoneNumberIds.push_back(number.id);
    }
    static_cast<PhoneNumberInformation&>(result) = phoneNumberInformation(number);
    account.phoneNumbers.emplace(number.id, std::move(number));
    return result;
  });
}

DescribePhoneNumbersResult describePhoneNumbers(CallContext& call,
                                                const DescribePhoneNumbersRequest& request) {
  requireOwnerWithoutIds(request.owner, !request.phoneNumberIds.empty(), "PhoneNumberIds");
  requireKnownFilterValues(request.filters, kPhoneNumberFilterValues);
  const bool ownNumbers = request.owner.value_or(resource_owner::kSelf) == resource_owner::kSelf;
  std::string context = "DescribePhoneNumbers|" + filtersText(request.filters) + "|" +
                        (ownNumbers ? resource_owner::kSelf : resource_owner::kShared);
  for (const auto& id : request.phoneNumberIds) context += "|" + id;
  const auto page = readPageRequest(request.page, context);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& idOrArn : request.phoneNumberIds) {
      wanted.insert(findPhoneNumber(account, call.scope, idOrArn).id);
    }
    DescribePhoneNumbersResult result;
    result.nextToken = fillPage(
        account.phoneNumbers, page,
        [&](const std::string& id, const state::PhoneNumber& number) {
          return ownNumbers && (wanted.empty() || wanted.contains(id)) &&
                 passesFilters(request.filters, [&](const std::string& name) {
                   return phoneNumberValuesOf(number, name);
                 });
        },
        [](const std::string&, const state::PhoneNumber& number) {
          return phoneNumberInformation(number);
        },
        result.phoneNumbers);
    return result;
  });
}

UpdatePhoneNumberResult updatePhoneNumber(CallContext& call,
                                          const UpdatePhoneNumberRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& number = findPhoneNumber(account, call.scope, request.phoneNumberId);
    requireNotInPool(number);
    applySettingsUpdate(account, call.scope, request.settings, number.settings);
    if (request.internationalSendingEnabled) {
      number.internationalSendingEnabled = *request.internationalSendingEnabled;
    }
    return phoneNumberInformation(number);
  });
}

ReleasePhoneNumberResult releasePhoneNumber(CallContext& call,
                                            const ReleasePhoneNumberRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& number = findPhoneNumber(account, call.scope, request.phoneNumberId);
    if (number.settings.deletionProtectionEnabled) {
      throw ServiceError::conflict(
          "DELETION_PROTECTION_ENABLED", resource_type::kPhoneNumber, number.id,
          "Phone number " + number.id + " has deletion protection enabled.");
    }
    requireNotInPool(number);
    number.status = "DELETED";
    auto result = phoneNumberInformation(number);
    // A released number is no longer protected nor in a pool, so AWS leaves both out;
    // ReleasePhoneNumberResult has no InternationalSendingEnabled member either (model).
    result.deletionProtectionEnabled.reset();
    result.poolId.reset();
    result.internationalSendingEnabled.reset();
    account.tagsByArn.erase(number.arn);
    account.phoneNumbers.erase(number.id);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
