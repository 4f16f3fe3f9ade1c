// CreatePool, DescribePools, UpdatePool, DeletePool, AssociateOriginationIdentity,
// DisassociateOriginationIdentity, ListPoolOriginationIdentities.
#include <algorithm>
#include <map>
#include <set>

#include "common/aws_names.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/account_limits.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_information.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/sender_ids.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/settings_update.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

constexpr FilterValues kPoolFilterValues[] = {{"status", "PoolStatus"},
                                              {"message-type", "MessageType"},
                                              {"two-way-enabled", kTrueOrFalse},
                                              {"self-managed-opt-outs-enabled", kTrueOrFalse},
                                              {"shared-routes-enabled", kTrueOrFalse},
                                              {"deletion-protection-enabled", kTrueOrFalse}};
constexpr FilterValues kPoolOriginationIdentityFilterValues[] = {
    {"number-capability", "NumberCapability"}};

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

// OriginationIdentity is "The PhoneNumberId or SenderId of the origination identity" (model:
// AssociateOriginationIdentityResult, DisassociateOriginationIdentityResult).
PoolAssociationResult association(const state::Pool& pool, const state::PhoneNumber& number) {
  return {pool.arn, pool.id, number.arn, number.id, number.isoCountryCode};
}
PoolAssociationResult association(const state::Pool& pool, const state::SenderId& senderId) {
  return {pool.arn, pool.id, senderId.arn, senderId.senderId, senderId.isoCountryCode};
}

bool holdsSenderId(const state::Pool& pool, const std::string& key) {
  return std::find(pool.senderIdKeys.begin(), pool.senderIdKeys.end(), key) !=
         pool.senderIdKeys.end();
}

// A pool keeps at least one origination identity (the model's LAST_PHONE_NUMBER), number or
// sender ID.
void requireNotLastIdentity(const state::Pool& pool, const std::string& identity) {
  if (pool.phoneNumberIds.size() + pool.senderIdKeys.size() > 1) return;
  throw ServiceError::conflict(
      "LAST_PHONE_NUMBER", resource_type::kPool, pool.id,
      identity + " is the last origination identity of pool " + pool.id + ".");
}

// A new pool of the account, with its id, ARN and creation time; the quota checked first.
state::Pool newPool(CallContext& call, const state::AccountState& account) {
  if (account.pools.size() >= kMaxPoolsPerAccount) {
    throw ServiceError::quotaExceeded("POOLS_PER_ACCOUNT",
                                      "The account has reached its limit of pools.");
  }
  state::Pool pool;
  pool.id = "pool-" + services::newCompactId();
  pool.arn = aws_names::smsVoiceArn(call.scope.region, call.scope.accountId, resource_type::kPool,
                                    pool.id);
  pool.createdTimestamp = call.clock.nowEpochSeconds();
  return pool;
}

// Tags the pool, files it and answers CreatePool's result.
CreatePoolResult addPool(state::AccountState& account, state::Pool pool,
                         const std::vector<Tag>& tags) {
  CreatePoolResult result;
  result.tags = applyTags(account, pool.arn, tags);  // may refuse: nothing changed yet
  static_cast<PoolInformation&>(result) = poolInformation(pool);
  account.pools.emplace(pool.id, std::move(pool));
  return result;
}

// "A pool can include one or more phone numbers and SenderIds"; "A sender ID can be associated
// with multiple pools" (the model, CreatePool). A sender ID has no opt-out list, keywords or
// two-way settings of its own, so a pool made from one has the request's MessageType (one the
// sender ID sends) and smsim's defaults for the rest: the Default opt-out list.
CreatePoolResult createSenderIdPool(CallContext& call, state::AccountState& account,
                                    const CreatePoolRequest& request,
                                    const state::SenderId& senderId) {
  requireSenderIdMessageType(senderId, request.messageType);
  auto pool = newPool(call, account);
  pool.settings.messageType = request.messageType;
  pool.settings.deletionProtectionEnabled = request.deletionProtectionEnabled;
  pool.senderIdKeys.push_back(state::senderIdKey(senderId.senderId, senderId.isoCountryCode));
  return addPool(account, std::move(pool), request.tags);
}

}  // namespace

CreatePoolResult createPool(CallContext& call, const CreatePoolRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    if (auto* senderId = senderIdForPool(account, call.scope, request.originationIdentity,
                                         request.isoCountryCode)) {
      return createSenderIdPool(call, account, request, *senderId);
    }
    auto& number = resolvePhoneNumberIdentity(account, call.scope, request.originationIdentity);
    requireCountryOf(number, request.isoCountryCode);
    requireNotInPool(number);
    if (request.messageType != number.settings.messageType) {
      throw ServiceError::conflict(
          "MESSAGE_TYPE_MISMATCH", resource_type::kPhoneNumber, number.id,
          "The pool's MessageType must match phone number " + number.id + ".");
    }
    auto pool = newPool(call, account);
    // Inherits everything from its first identity but deletion protection.
    pool.settings = number.settings;
    pool.settings.deletionProtectionEnabled = request.deletionProtectionEnabled;
    pool.phoneNumberIds.push_back(number.id);
    auto result = addPool(account, pool, request.tags);
    number.poolId = pool.id;
    return result;
  });
}

DescribePoolsResult describePools(CallContext& call, const DescribePoolsRequest& request) {
  requireOwnerWithoutIds(request.owner, !request.poolIds.empty(), "PoolIds");
  requireKnownFilterValues(request.filters, kPoolFilterValues);
  const bool ownPools = request.owner.value_or(resource_owner::kSelf) == resource_owner::kSelf;
  std::string context = "DescribePools|" + filtersText(request.filters) + "|" +
                        (ownPools ? resource_owner::kSelf : resource_owner::kShared);
  for (const auto& id : request.poolIds) context += "|" + id;
  const auto page = readPageRequest(request.page, context);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& idOrArn : request.poolIds) {
      wanted.insert(findPool(account, call.scope, idOrArn).id);
    }
    DescribePoolsResult result;
    result.nextToken = fillPage(
        account.pools, page,
        [&](const std::string& id, const state::Pool& pool) {
          return ownPools && (wanted.empty() || wanted.contains(id)) &&
                 passesFilters(request.filters,
                               [&](const std::string& name) { return poolValuesOf(pool, name); });
        },
        [](const std::string&, const state::Pool& pool) { return poolInformation(pool); },
        result.pools);
    return result;
  });
}

UpdatePoolResult updatePool(CallContext& call, const UpdatePoolRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, request.poolId);
    applySettingsUpdate(account, call.scope, request.settings, pool.settings);
    if (request.sharedRoutesEnabled) pool.sharedRoutesEnabled = *request.sharedRoutesEnabled;
    return poolInformation(pool);
  });
}

DeletePoolResult deletePool(CallContext& call, const DeletePoolRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, request.poolId);
    if (pool.settings.deletionProtectionEnabled) {
      throw ServiceError::conflict("DELETION_PROTECTION_ENABLED", resource_type::kPool, pool.id,
                                   "Pool " + pool.id + " has deletion protection enabled.");
    }
    for (const auto& numberId : pool.phoneNumberIds)
      account.phoneNumbers.at(numberId).poolId.clear();
    pool.status = "DELETING";
    auto result = poolInformation(pool);
    // A deleted pool is no longer protected, so AWS leaves the member out.
    result.deletionProtectionEnabled.reset();
    account.tagsByArn.erase(pool.arn);
    account.pools.erase(pool.id);
    return result;
  });
}

AssociateOriginationIdentityResult associateOriginationIdentity(
    CallContext& call, const AssociateOriginationIdentityRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, request.poolId);
    if (const auto* senderId = senderIdForPool(account, call.scope, request.originationIdentity,
                                               request.isoCountryCode)) {
      const auto key = state::senderIdKey(senderId->senderId, senderId->isoCountryCode);
      if (holdsSenderId(pool, key)) {
        throw ServiceError::conflict(
            "RESOURCE_ALREADY_ASSOCIATED", resource_type::kSenderId, senderId->senderId,
            "Sender ID " + senderId->senderId + " is already in pool " + pool.id + ".");
      }
      requireSenderIdMessageType(*senderId, pool.settings.messageType);
      requireRoomInPool(pool);
      pool.senderIdKeys.push_back(key);
      return association(pool, *senderId);
    }
    auto& number = resolvePhoneNumberIdentity(account, call.scope, request.originationIdentity);
    requireCountryOf(number, request.isoCountryCode);
    if (number.poolId == pool.id) {
      throw ServiceError::conflict(
          "RESOURCE_ALREADY_ASSOCIATED", resource_type::kPhoneNumber, number.id,
          "Phone number " + number.id + " is already in pool " + pool.id + ".");
    }
    requireNotInPool(number);
    requireMatchingPoolSettings(pool, number);
    requireMatchingKeywords(pool, number);
    requireMatchingCapabilities(account, pool, number);
    requireRoomInPool(pool);
    number.poolId = pool.id;
    pool.phoneNumberIds.push_back(number.id);
    return association(pool, number);
  });
}

DisassociateOriginationIdentityResult disassociateOriginationIdentity(
    CallContext& call, const DisassociateOriginationIdentityRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, request.poolId);
    if (const auto* senderId = senderIdForPool(account, call.scope, request.originationIdentity,
                                               request.isoCountryCode)) {
      const auto key = state::senderIdKey(senderId->senderId, senderId->isoCountryCode);
      if (!holdsSenderId(pool, key)) {
        throw ServiceError::resourceNotFound(resource_type::kSenderId, request.originationIdentity);
      }
      requireNotLastIdentity(pool, senderId->senderId);
      std::erase(pool.senderIdKeys, key);
      return association(pool, *senderId);
    }
    auto& number = resolvePhoneNumberIdentity(account, call.scope, request.originationIdentity);
    requireCountryOf(number, request.isoCountryCode);
    if (number.poolId != pool.id) {
      throw ServiceError::conflict(
          "PHONE_NUMBER_NOT_ASSOCIATED_TO_POOL", resource_type::kPhoneNumber, number.id,
          "Phone number " + number.id + " is not in pool " + pool.id + ".");
    }
    requireNotLastIdentity(pool, number.id);
    std::erase(pool.phoneNumberIds, number.id);
    number.poolId.clear();
    return association(pool, number);
  });
}

ListPoolOriginationIdentitiesResult listPoolOriginationIdentities(
    CallContext& call, const ListPoolOriginationIdentitiesRequest& request) {
  requireKnownFilterValues(request.filters, kPoolOriginationIdentityFilterValues);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& pool = findPool(account, call.scope, request.poolId);
    const auto page = readPageRequest(request.page, "ListPoolOriginationIdentities|" + pool.id +
                                                        "|" + filtersText(request.filters));
    // Numbers by id, then sender IDs by SenderId/IsoCountryCode: sorted, for paging. A sender ID
    // sends text only (sender_ids.cpp) and has no PhoneNumber.
    std::map<std::string, OriginationIdentityMetadata> members;
    for (const auto& id : pool.phoneNumberIds) {
      const auto& number = account.phoneNumbers.at(id);
      members.emplace(id, OriginationIdentityMetadata{number.arn, number.id, number.isoCountryCode,
                                                      number.capabilities, number.number});
    }
    for (const auto& key : pool.senderIdKeys) {
      if (auto it = account.senderIds.find(key); it != account.senderIds.end()) {
        const auto& senderId = it->second;
        members.emplace(key,
                        OriginationIdentityMetadata{
                            senderId.arn, senderId.senderId, senderId.isoCountryCode, {"SMS"}, ""});
      }
    }
    ListPoolOriginationIdentitiesResult result;
    result.poolArn = pool.arn;
    result.poolId = pool.id;
    result.nextToken = fillPage(
        members, page,
        [&](const std::string&, const OriginationIdentityMetadata& member) {
          return passesFilters(request.filters, [&](const std::string& name) {
            if (name == "iso-country-code") return std::vector<std::string>{member.isoCountryCode};
            return member.numberCapabilities;  // number-capability
          });
        },
        [](const std::string&, const OriginationIdentityMetadata& member) { return member; },
        result.originationIdentities);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
