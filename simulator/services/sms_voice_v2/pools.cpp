// CreatePool, DescribePools, UpdatePool, DeletePool, AssociateOriginationIdentity,
// DisassociateOriginationIdentity, ListPoolOriginationIdentities.
#include <algorithm>
#include <set>

#include "services/common/ids.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/idempotency.hpp"
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

constexpr std::size_t kMaxPoolsPerAccount = 50;

std::vector<std::string> poolValuesOf(const state::Pool& pool, const std::string& filterName) {
  const auto& settings = pool.settings;
  if (filterName == "status") return {pool.status};
  if (filterName == "message-type") return {settings.messageType};
  if (filterName == "two-way-enabled") return {boolText(settings.twoWayEnabled)};
  if (filterName == "self-managed-opt-outs-enabled") {
    return {boolText(settings.selfManagedOptOutsEnabled)};
  }
  if (filterName == "opt-out-list-name") return {settings.optOutListName};
  if (filterName == "shared-routes-enabled") return {boolText(pool.sharedRoutesEnabled)};
  if (filterName == "deletion-protection-enabled") {
    return {boolText(settings.deletionProtectionEnabled)};
  }
  if (filterName == "two-way-channel-arn") return {settings.twoWayChannelArn};
  return {};
}

nlohmann::json associationJson(const state::Pool& pool, const state::PhoneNumber& number) {
  return {{"PoolArn", pool.arn},
          {"PoolId", pool.id},
          {"OriginationIdentityArn", number.arn},
          {"OriginationIdentity", number.number},
          {"IsoCountryCode", number.isoCountryCode}};
}

// A number joins a pool only when its settings match the pool's, as AWS requires.
void requireMatchingSettings(const state::Pool& pool, const state::PhoneNumber& number) {
  const auto& mine = number.settings;
  const auto& theirs = pool.settings;
  const char* mismatch = nullptr;
  if (mine.messageType != theirs.messageType)
    mismatch = "MESSAGE_TYPE_MISMATCH";
  else if (mine.optOutListName != theirs.optOutListName)
    mismatch = "OPT_OUT_LIST_MISMATCH";
  else if (mine.twoWayEnabled != theirs.twoWayEnabled ||
           mine.twoWayChannelArn != theirs.twoWayChannelArn) {
    mismatch = "TWO_WAY_CONFIG_MISMATCH";
  } else if (mine.selfManagedOptOutsEnabled != theirs.selfManagedOptOutsEnabled) {
    mismatch = "SELF_MANAGED_OPT_OUTS_MISMATCH";
  }
  if (mismatch != nullptr) {
    throw ServiceError::conflict(
        mismatch, resource_type::kPhoneNumber, number.id,
        "Phone number " + number.id + " does not match the configuration of pool " + pool.id + ".");
  }
}

}  // namespace

nlohmann::json createPool(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return idempotent(account, "CreatePool", input, [&] {
      auto& number =
          resolvePhoneNumberIdentity(account, call.scope, input.at("OriginationIdentity"));
      requireNotInPool(number);
      if (account.pools.size() >= kMaxPoolsPerAccount) {
        throw ServiceError(error_type::kServiceQuotaExceeded,
                           "The account has reached its limit of pools.",
                           {{"Reason", "POOLS_PER_ACCOUNT"}});
      }
      if (input.at("MessageType") != number.settings.messageType) {
        throw ServiceError::conflict(
            "MESSAGE_TYPE_MISMATCH", resource_type::kPhoneNumber, number.id,
            "The pool's MessageType must match phone number " + number.id + ".");
      }
      state::Pool pool;
      pool.id = "pool-" + services::newCompactId();
      pool.arn = "arn:aws:sms-voice:" + call.scope.region + ":" + call.scope.accountId + ":pool/" +
                 pool.id;
      pool.createdTimestamp = call.clock.nowEpochSeconds();
      // Inherits everything from its first identity but deletion protection.
      pool.settings = number.settings;
      pool.settings.deletionProtectionEnabled = input.value("DeletionProtectionEnabled", false);
      pool.phoneNumberIds.push_back(number.id);
      number.poolId = pool.id;

      auto result = poolJson(pool);
      result["Tags"] = applyTags(account, pool.arn, input.value("Tags", nlohmann::json::array()));
      account.pools.emplace(pool.id, std::move(pool));
      return result;
    });
  });
}

nlohmann::json describePools(CallContext& call, const nlohmann::json& input) {
  const auto filters = input.value("Filters", nlohmann::json::array());
  const auto requested = input.value("PoolIds", std::vector<std::string>{});
  const bool ownPools = input.value("Owner", "SELF") == "SELF";
  std::string context =
      "DescribePools|" + safeDump(filters) + "|" + (ownPools ? "SELF" : "SHARED");
  for (const auto& id : requested) context += "|" + id;
  const auto page = readPageRequest(input, context);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& idOrArn : requested) wanted.insert(findPool(account, call.scope, idOrArn).id);
    nlohmann::json result = nlohmann::json::object();
    fillPage(
        account.pools, page,
        [&](const std::string& id, const state::Pool& pool) {
          return ownPools && (wanted.empty() || wanted.contains(id)) &&
                 passesFilters(filters,
                               [&](const std::string& name) { return poolValuesOf(pool, name); });
        },
        [](const std::string&, const state::Pool& pool) { return poolJson(pool); }, "Pools",
        result);
    return result;
  });
}

nlohmann::json updatePool(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, input.at("PoolId"));
    applySettingsUpdate(account, call.scope, input, pool.settings);
    if (input.contains("SharedRoutesEnabled"))
      pool.sharedRoutesEnabled = input.at("SharedRoutesEnabled");
    return poolJson(pool);
  });
}

nlohmann::json deletePool(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, input.at("PoolId"));
    if (pool.settings.deletionProtectionEnabled) {
      throw ServiceError::conflict("DELETION_PROTECTION_ENABLED", resource_type::kPool, pool.id,
                                   "Pool " + pool.id + " has deletion protection enabled.");
    }
    for (const auto& numberId : pool.phoneNumberIds)
      account.phoneNumbers.at(numberId).poolId.clear();
    pool.status = "DELETING";
    auto result = poolJson(pool);
    result.erase("DeletionProtectionEnabled");
    account.tagsByArn.erase(pool.arn);
    account.pools.erase(pool.id);
    return result;
  });
}

nlohmann::json associateOriginationIdentity(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, input.at("PoolId"));
    auto& number = resolvePhoneNumberIdentity(account, call.scope, input.at("OriginationIdentity"));
    if (number.poolId == pool.id) {
      throw ServiceError::conflict(
          "RESOURCE_ALREADY_ASSOCIATED", resource_type::kPhoneNumber, number.id,
          "Phone number " + number.id + " is already in pool " + pool.id + ".");
    }
    requireNotInPool(number);
    requireMatchingSettings(pool, number);
    number.poolId = pool.id;
    pool.phoneNumberIds.push_back(number.id);
    return associationJson(pool, number);
  });
}

nlohmann::json disassociateOriginationIdentity(CallContext& call, const nlohmann::json& input) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, input.at("PoolId"));
    auto& number = resolvePhoneNumberIdentity(account, call.scope, input.at("OriginationIdentity"));
    if (number.poolId != pool.id) {
      throw ServiceError::conflict(
          "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL", resource_type::kPhoneNumber, number.id,
          "Phone number " + number.id + " is not in pool " + pool.id + ".");
    }
    if (pool.phoneNumberIds.size() == 1) {
      throw ServiceError::conflict("LAST_PHONE_NUMBER", resource_type::kPool, pool.id,
                                   "Phone number " + number.id +
                                       " is the last origination identity of pool " + pool.id +
                                       ".");
    }
    std::erase(pool.phoneNumberIds, number.id);
    number.poolId.clear();
    return associationJson(pool, number);
  });
}

nlohmann::json listPoolOriginationIdentities(CallContext& call, const nlohmann::json& input) {
  const auto filters = input.value("Filters", nlohmann::json::array());
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, input.at("PoolId"));
    const auto page = readPageRequest(
        input, "ListPoolOriginationIdentities|" + pool.id + "|" + safeDump(filters));
    std::map<std::string, const state::PhoneNumber*> members;  // sorted by id, for paging
    for (const auto& id : pool.phoneNumberIds) members.emplace(id, &account.phoneNumbers.at(id));
    nlohmann::json result = {{"PoolArn", pool.arn}, {"PoolId", pool.id}};
    fillPage(
        members, page,
        [&](const std::string&, const state::PhoneNumber* number) {
          return passesFilters(filters, [&](const std::string& name) {
            if (name == "iso-country-code") return std::vector<std::string>{number->isoCountryCode};
            return number->capabilities;  // number-capability
          });
        },
        [](const std::string&, const state::PhoneNumber* number) {
          return nlohmann::json{{"OriginationIdentityArn", number->arn},
                                {"OriginationIdentity", number->id},
                                {"IsoCountryCode", number->isoCountryCode},
                                {"NumberCapabilities", number->capabilities},
                                {"PhoneNumber", number->number}};
        },
        "OriginationIdentities", result);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
