// CreateOptOutList, DeleteOptOutList, DescribeOptOutLists.
#include <set>

#include "services/sms_voice_v2/account_limits.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

OptOutListInformation listInformation(const state::OptOutList& list) {
  return {list.arn, list.name, list.createdTimestamp};
}

// A list that a phone number or pool uses can't be deleted.
void requireUnused(const state::AccountState& account, const state::OptOutList& list) {
  auto refuse = [&](const std::string& user) {
    throw ServiceError::conflict("RESOURCE_DELETION_NOT_ALLOWED", resource_type::kOptOutList,
                                 list.name,
                                 "Opt-out list " + list.name + " is in use by " + user + ".");
  };
  for (const auto& [id, number] : account.phoneNumbers) {
    if (number.settings.optOutListName == list.name) refuse(id);
  }
  for (const auto& [id, pool] : account.pools) {
    if (pool.settings.optOutListName == list.name) refuse(id);
  }
}

}  // namespace

CreateOptOutListResult createOptOutList(CallContext& call, const CreateOptOutListRequest& request) {
  const auto& name = request.optOutListName;
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    if (account.optOutLists.contains(name)) {
      throw ServiceError::conflict("RESOURCE_ALREADY_EXISTS", resource_type::kOptOutList, name,
                                   "An opt-out list named '" + name + "' already exists.");
    }
    if (account.optOutLists.size() >= kMaxOptOutListsPerAccount) {
      throw ServiceError::quotaExceeded("OPT_OUT_LISTS_PER_ACCOUNT",
                                        "The account has reached its limit of opt-out lists.");
    }
    state::OptOutList list;
    list.name = name;
    list.arn = state::optOutListArn(call.scope, name);
    list.createdTimestamp = call.clock.nowEpochSeconds();
    CreateOptOutListResult result;
    static_cast<OptOutListInformation&>(result) = listInformation(list);
    result.tags = applyTags(account, list.arn, request.tags);
    account.optOutLists.emplace(name, std::move(list));
    return result;
  });
}

DeleteOptOutListResult deleteOptOutList(CallContext& call, const DeleteOptOutListRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, request.optOutListName);
    requireUnused(account, list);
    auto result = listInformation(list);
    account.tagsByArn.erase(list.arn);
    account.optOutLists.erase(list.name);
    return result;
  });
}

DescribeOptOutListsResult describeOptOutLists(CallContext& call,
                                              const DescribeOptOutListsRequest& request) {
  requireOwnerWithoutIds(request.owner, !request.optOutListNames.empty(), "OptOutListNames");
  const auto owner = request.owner.value_or(resource_owner::kSelf);
  std::string context = "DescribeOptOutLists|" + owner;
  for (const auto& name : request.optOutListNames) context += "|" + name;
  const auto page = readPageRequest(request.page, context);

  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& nameOrArn : request.optOutListNames)
      wanted.insert(findOptOutList(account, call.scope, nameOrArn).name);
    // Lists shared by other accounts are not emulated, so SHARED finds none.
    const bool ownLists = owner == resource_owner::kSelf;
    DescribeOptOutListsResult result;
    result.nextToken = fillPage(
        account.optOutLists, page,
        [&](const std::string& name, const state::OptOutList&) {
          return ownLists && (wanted.empty() || wanted.contains(name));
        },
        [](const std::string&, const state::OptOutList& list) { return listInformation(list); },
        result.optOutLists);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
