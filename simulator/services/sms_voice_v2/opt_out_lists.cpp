// CreateOptOutList, DeleteOptOutList, DescribeOptOutLists.
#include <set>

#include "services/sms_voice_v2/idempotency.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

nlohmann::json listSummary(const state::OptOutList& list) {
  return {{"OptOutListArn", list.arn},
          {"OptOutListName", list.name},
          {"CreatedTimestamp", list.createdTimestamp}};
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

nlohmann::json createOptOutList(CallContext& call, const nlohmann::json& input) {
  const auto name = input.at("OptOutListName").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return idempotent(account, "CreateOptOutList", input, [&] {
      if (account.optOutLists.contains(name)) {
        throw ServiceError::conflict("RESOURCE_ALREADY_EXISTS", resource_type::kOptOutList, name,
                                     "An opt-out list named '" + name + "' already exists.");
      }
      state::OptOutList list;
      list.name = name;
      list.arn = state::optOutListArn(call.scope, name);
      list.createdTimestamp = call.clock.nowEpochSeconds();
      auto result = listSummary(list);
      result["Tags"] = applyTags(account, list.arn, input.value("Tags", nlohmann::json::array()));
      account.optOutLists.emplace(name, std::move(list));
      return result;
    });
  });
}

nlohmann::json deleteOptOutList(CallContext& call, const nlohmann::json& input) {
  const auto nameOrArn = input.at("OptOutListName").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, nameOrArn);
    requireUnused(account, list);
    auto result = listSummary(list);
    account.tagsByArn.erase(list.arn);
    account.optOutLists.erase(list.name);
    return result;
  });
}

nlohmann::json describeOptOutLists(CallContext& call, const nlohmann::json& input) {
  const auto requested = input.value("OptOutListNames", std::vector<std::string>{});
  const std::string owner = input.value("Owner", "SELF");
  std::string context = "DescribeOptOutLists|" + owner;
  for (const auto& name : requested) context += "|" + name;
  const auto page = readPageRequest(input, context);

  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wanted;
    for (const auto& nameOrArn : requested)
      wanted.insert(findOptOutList(account, call.scope, nameOrArn).name);
    // Lists shared by other accounts are not emulated, so SHARED finds none.
    const bool ownLists = owner == "SELF";
    nlohmann::json result = nlohmann::json::object();
    fillPage(
        account.optOutLists, page,
        [&](const std::string& name, const state::OptOutList&) {
          return ownLists && (wanted.empty() || wanted.contains(name));
        },
        [](const std::string&, const state::OptOutList& list) { return listSummary(list); },
        "OptOutLists", result);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
