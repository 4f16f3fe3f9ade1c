// /_smsim/accounts and /_smsim/opted-out-numbers: what each account holds in each region (opt-out
// lists, phone numbers, pools and their keywords) for people and dashboards that want to look
// without knowing which account to sign as; and adding or removing an opted-out number through
// the same service functions as PutOptedOutNumber and DeleteOptedOutNumber, 30-day rule included.
#include <charconv>
#include <string>

#include "common/aws_names.hpp"
#include "common/http_status.hpp"
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "control/opted_out_search.hpp"
#include "control/scope_filter.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::control {

namespace {

constexpr std::size_t kMaxNumberLimit = 10000;

nlohmann::json settingsJson(const state::OriginationSettings& settings) {
  auto keywords = nlohmann::json::array();
  for (const auto& [upper, keyword] : settings.keywords) {
    keywords.push_back(
        {{"keyword", keyword.keyword}, {"message", keyword.message}, {"action", keyword.action}});
  }
  return {{"messageType", settings.messageType},
          {"optOutListName", settings.optOutListName},
          {"twoWayEnabled", settings.twoWayEnabled},
          {"twoWayChannelArn", settings.twoWayChannelArn},
          {"selfManagedOptOutsEnabled", settings.selfManagedOptOutsEnabled},
          {"deletionProtectionEnabled", settings.deletionProtectionEnabled},
          {"keywords", keywords}};
}

std::size_t optedOutCount(const state::AccountState& account) {
  std::size_t count = 0;
  for (const auto& [name, list] : account.optOutLists) count += list.numbers.size();
  return count;
}

nlohmann::json accountSummary(const state::AccountScope& scope,
                              const state::AccountState& account) {
  return {{"account", scope.accountId},
          {"region", scope.region},
          {"optOutLists", account.optOutLists.size()},
          {"optedOutNumbers", optedOutCount(account)},
          {"phoneNumbers", account.phoneNumbers.size()},
          {"pools", account.pools.size()},
          {"configurationSets", account.configurationSets.size()}};
}

nlohmann::json accountDetail(const state::AccountScope& scope, const state::AccountState& account) {
  auto detail = accountSummary(scope, account);
  auto lists = nlohmann::json::array();
  for (const auto& [name, list] : account.optOutLists) {
    lists.push_back({{"name", name},
                     {"arn", list.arn},
                     {"createdTimestamp", list.createdTimestamp},
                     {"optedOutNumbers", list.numbers.size()}});
  }
  auto numbers = nlohmann::json::array();
  for (const auto& [id, number] : account.phoneNumbers) {
    numbers.push_back({{"phoneNumberId", id},
                       {"phoneNumber", number.number},
                       {"arn", number.arn},
                       {"status", number.status},
                       {"isoCountryCode", number.isoCountryCode},
                       {"numberType", number.numberType},
                       {"capabilities", number.capabilities},
                       {"poolId", number.poolId},
                       {"createdTimestamp", number.createdTimestamp},
                       {"settings", settingsJson(number.settings)}});
  }
  auto pools = nlohmann::json::array();
  for (const auto& [id, pool] : account.pools) {
    pools.push_back({{"poolId", id},
                     {"arn", pool.arn},
                     {"status", pool.status},
                     {"sharedRoutesEnabled", pool.sharedRoutesEnabled},
                     {"phoneNumberIds", pool.phoneNumberIds},
                     {"createdTimestamp", pool.createdTimestamp},
                     {"settings", settingsJson(pool.settings)}});
  }
  auto sets = nlohmann::json::array();
  for (const auto& [name, set] : account.configurationSets) {
    sets.push_back(
        {{"name", name}, {"arn", set.arn}, {"eventDestinations", set.eventDestinations.size()}});
  }
  detail["optOutLists"] = lists;
  detail["phoneNumbers"] = numbers;
  detail["pools"] = pools;
  detail["configurationSets"] = sets;
  return detail;
}

// The account and region of a path, or a 400 naming what is wrong.
std::optional<state::AccountScope> scopeOf(const PathParameters& parameters,
                                           httplib::Response& response) {
  state::AccountScope scope{parameters.at(0), parameters.at(1)};
  if (!aws_names::isAccountId(scope.accountId) || !aws_names::isRegionName(scope.region)) {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "The path names an account id of 12 digits and a region such as us-east-1.");
    return std::nullopt;
  }
  return scope;
}

void describeAccount(ControlContext& context, const PathParameters& parameters,
                     httplib::Response& response) {
  const auto scope = scopeOf(parameters, response);
  if (!scope) return;
  std::optional<nlohmann::json> detail;
  context.store.forEachAccount([&](const state::AccountScope& each, state::AccountState& account) {
    if (each == *scope) detail = accountDetail(each, account);
  });
  if (!detail) {
    replyError(response, http_status::kNotFound, "AccountNotFound",
               "Account " + scope->accountId + " has no state in " + scope->region + " yet.");
    return;
  }
  replyJson(response, *detail);
}

std::optional<OptedOutSearch> readNumberSearch(const httplib::Request& request,
                                               httplib::Response& response) {
  const auto scope = readScopeFilter(request, response);
  if (!scope) return std::nullopt;
  OptedOutSearch search;
  search.account = scope->account;
  search.region = scope->region;
  search.list = queryParam(request, "list");
  search.number = phoneNumberParam(request, "number").value_or("");
  if (const auto limit = queryParam(request, "limit")) {
    const auto* end = limit->data() + limit->size();
    const auto [stop, error] = std::from_chars(limit->data(), end, search.limit);
    if (limit->empty() || error != std::errc() || stop != end || search.limit < 1 ||
        search.limit > kMaxNumberLimit) {
      replyError(response, http_status::kBadRequest, kInvalidRequest,
                 "limit must be a whole number from 1 to " + std::to_string(kMaxNumberLimit) + ".");
      return std::nullopt;
    }
  }
  return search;
}

nlohmann::json optedOutNumbersJson(const OptedOutSearchResult& result) {
  auto numbers = nlohmann::json::array();
  for (const auto& found : result.numbers) {
    numbers.push_back({{"account", found.scope.accountId},
                       {"region", found.scope.region},
                       {"optOutListName", found.optOutListName},
                       {"optedOutNumber", found.optedOutNumber},
                       {"optedOutTimestamp", found.entry.optedOutTimestamp},
                       {"endUserOptedOut", found.entry.endUserOptedOut}});
  }
  return {{"numbers", std::move(numbers)}, {"total", result.total}};
}

// A service's refusal as the control API's error: the AWS error's name, its message and reason.
void replyServiceError(httplib::Response& response, const sms_voice_v2::ServiceError& error) {
  const int status = error.type() == sms_voice_v2::error_type::kResourceNotFound
                         ? http_status::kNotFound
                         : http_status::kBadRequest;
  nlohmann::json body = {{"error", error.type()}, {"message", error.what()}};
  if (error.reason()) body["reason"] = *error.reason();
  replyJson(response, body, status);
}

// PUT (add) or DELETE (remove) one number on one list, as the AWS operation would.
void changeOptedOutNumber(ControlContext& context, bool add, const PathParameters& parameters,
                          httplib::Response& response) {
  const auto scope = scopeOf(parameters, response);
  if (!scope) return;
  sms_voice_v2::CallContext call{*scope, context.store, context.clock};
  try {
    sms_voice_v2::OptedOutNumberOnList result;
    if (add) {
      result = sms_voice_v2::putOptedOutNumber(call, {parameters.at(2), parameters.at(3)});
    } else {
      result = sms_voice_v2::deleteOptedOutNumber(call, {parameters.at(2), parameters.at(3)});
    }
    replyJson(response, {{"optOutListName", result.optOutListName},
                         {"optOutListArn", result.optOutListArn},
                         {"optedOutNumber", result.optedOutNumber},
                         {"optedOutTimestamp", result.optedOutTimestamp},
                         {"endUserOptedOut", result.endUserOptedOut}});
  } catch (const sms_voice_v2::ServiceError& error) {
    replyServiceError(response, error);
  }
}

}  // namespace

void registerAccountRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/accounts", [&context](const httplib::Request&, httplib::Response& response) {
    auto accounts = nlohmann::json::array();
    context.store.forEachAccount(
        [&](const state::AccountScope& scope, state::AccountState& account) {
          accounts.push_back(accountSummary(scope, account));
        });
    replyJson(response, {{"accounts", accounts},
                         {"defaultAccount", context.expectations.defaults.accountId},
                         {"defaultRegion", context.expectations.defaults.region}});
  });

  http.Get("/_smsim/accounts/:account/:region",
           [&context](const httplib::Request&, httplib::Response& response,
                      const PathParameters& parameters) {
             describeAccount(context, parameters, response);
           });

  http.Get("/_smsim/opted-out-numbers",
           [&context](const httplib::Request& request, httplib::Response& response) {
             const auto search = readNumberSearch(request, response);
             if (search) {
               replyJson(response,
                         optedOutNumbersJson(searchOptedOutNumbers(context.store, *search)));
             }
           })
      .accepts({"account", "region", "list", "number", "limit"});

  constexpr const char* kNumberPath =
      "/_smsim/accounts/:account/:region/opt-out-lists/:list/numbers/:number";
  http.Put(kNumberPath, [&context](const httplib::Request&, httplib::Response& response,
                                   const PathParameters& parameters) {
    changeOptedOutNumber(context, true, parameters, response);
  });
  http.Delete(kNumberPath, [&context](const httplib::Request&, httplib::Response& response,
                                      const PathParameters& parameters) {
    changeOptedOutNumber(context, false, parameters, response);
  });
}

}  // namespace smsim::control
