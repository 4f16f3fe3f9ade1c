// RequestPhoneNumber, DescribePhoneNumbers, UpdatePhoneNumber, ReleasePhoneNumber.
#include <algorithm>
#include <set>

#include "services/common/ids.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/idempotency.hpp"
#include "services/sms_voice_v2/number_plan.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/phone_number_json.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/settings_update.hpp"
#include "services/sms_voice_v2/tags.hpp"
#include "common/json_text.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// Quotas as a new production account has them.
constexpr std::size_t kMaxPhoneNumbersPerAccount = 100;

ServiceError invalidField(const std::string& field, const std::string& message) {
  return ServiceError::validation("INVALID_PARAMETER", message,
                                  {{{"Name", field}, {"Message", message}}});
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

nlohmann::json requestPhoneNumber(CallContext& call, const nlohmann::json& input) {
  const auto country = input.at("IsoCountryCode").get<std::string>();
  const auto numberType = input.at("NumberType").get<std::string>();
  const auto messageType = input.at("MessageType").get<std::string>();
  if (numberType == "SIMULATOR" && messageType != "TRANSACTIONAL") {
    throw invalidField("MessageType", "Simulator phone numbers require MessageType TRANSACTIONAL.");
  }
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return idempotent(account, "RequestPhoneNumber", input, [&] {
      if (account.phoneNumbers.size() >= kMaxPhoneNumbersPerAccount) {
        throw ServiceError(error_type::kServiceQuotaExceeded,
                           "The account has reached its limit of phone numbers.",
                           {{"Reason", "PHONE_NUMBERS_PER_ACCOUNT"}});
      }
      state::PhoneNumber number;
      number.settings.optOutListName =
          findOptOutList(account, call.scope, input.value("OptOutListName", "Default")).name;
      state::Pool* pool = nullptr;
      if (input.contains("PoolId")) pool = &findPool(account, call.scope, input.at("PoolId"));

      auto allocated = allocatePhoneNumber(country, numberType, [&](const std::string& candidate) {
        return std::any_of(account.phoneNumbers.begin(), account.phoneNumbers.end(),
                           [&](const auto& entry) { return entry.second.number == candidate; });
      });
      if (!allocated) {
        throw invalidField("IsoCountryCode",
                           "No " + numberType + " phone numbers are available in " + country + ".");
      }
      number.id = "phone-" + services::newCompactId();
      number.arn = "arn:aws:sms-voice:" + call.scope.region + ":" + call.scope.accountId +
                   ":phone-number/" + number.id;
      number.number = *allocated;
      number.isoCountryCode = country;
      number.capabilities = input.at("NumberCapabilities").get<std::vector<std::string>>();
      number.numberType = numberType;
      number.monthlyLeasingPrice = monthlyLeasingPrice(numberType);
      number.settings.messageType = messageType;
      number.internationalSendingEnabled = input.value("InternationalSendingEnabled", false);
      number.settings.deletionProtectionEnabled = input.value("DeletionProtectionEnabled", false);
      number.registrationId = input.value("RegistrationId", "");
      number.createdTimestamp = call.clock.nowEpochSeconds();
      if (pool != nullptr) {
        number.poolId = pool->id;
        pool->phoneNumberIds.push_back(number.id);
      }

      auto result = phoneNumberJson(number);
      result["Tags"] = applyTags(account, number.arn, input.value("Tags", nlohmann::json::array()));
      if (pool != nullptr) {
        result["PoolId"] = pool->id;
      }
      account.phoneNumbers.emplace(number.id, std::move(number));
      return result;
    });
  });
}

nlohmann::json describePhoneNumbers(CallContext& call, const nlohmann::json& input) {
  const auto filters = input.value("Filters", nlohmann::json::array());
  const auto requested = input.value("PhoneNumberIds", std::vector<std::string>{});
  const bool ownNumbers = input.value("Owner", "SELF") == "SELF";
  std::string context =
      "DescribePhoneNumbers|" + safeDump(filters) + "|" + (ownNumbers ? "SELF" : "SHARED");
  for (const auto& id : requested) context += "|" + id;
  const auto page = readPageRequest(input, context);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& idOrArn : requested) {
      wanted.insert(findPhoneNumber(account, call.scope, idOrArn).id);
    }
    nlohmann::json result = nlohmann::json::object();
    fillPage(
        account.phoneNumbers, page,
        [&](const std::string& id, const state::PhoneNumber& number) {
          return ownNumbers && (wanted.empty() || wanted.contains(id)) &&
                 passesFilters(filters, [&](const std::string& name) {
                   return phoneNumberValuesOf(number, name);
                 });
        },
        [](const std::string&, const state::PhoneNumber& number) {
          return phoneNumberJson(number);
        },
        "PhoneNumbers", result);
    return result;
  });
}

nlohmann::json updatePhoneNumber(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& number = findPhoneNumber(account, call.scope, input.at("PhoneNumberId"));
    requireNotInPool(number);
    applySettingsUpdate(account, call.scope, input, number.settings);
    if (input.contains("InternationalSendingEnabled")) {
      number.internationalSendingEnabled = input.at("InternationalSendingEnabled");
    }
    return phoneNumberJson(number);
  });
}

nlohmann::json releasePhoneNumber(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& number = findPhoneNumber(account, call.scope, input.at("PhoneNumberId"));
    if (number.settings.deletionProtectionEnabled) {
      throw ServiceError::conflict(
          "DELETION_PROTECTION_ENABLED", resource_type::kPhoneNumber, number.id,
          "Phone number " + number.id + " has deletion protection enabled.");
    }
    requireNotInPool(number);
    number.status = "DELETED";
    auto result = phoneNumberJson(number);
    result.erase("DeletionProtectionEnabled");
    result.erase("PoolId");
    account.tagsByArn.erase(number.arn);
    account.phoneNumbers.erase(number.id);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
