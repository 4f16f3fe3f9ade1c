// GET /_smsim/sns: what Amazon SNS holds in each account and region (topics with their tags and
// subscription counts, subscriptions with their confirmation state, the SMS sandbox's destination
// numbers, SMS attributes, whether the account is in the sandbox), read without signing as each
// account, for people and the dashboard. Read-only; SNS's own actions change it. Opt-outs are the
// account's Default opt-out list (GET /_smsim/opted-out-numbers).
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "control/scope_filter.hpp"

namespace smsim::control {

namespace {

// ListSMSSandboxPhoneNumbers' status names.
constexpr const char* kVerified = "Verified";
constexpr const char* kPending = "Pending";

nlohmann::json topicsJson(const state::AccountState& account) {
  auto topics = nlohmann::json::array();
  for (const auto& [arn, topic] : account.sns.topics) {
    std::size_t confirmed = 0;
    std::size_t pending = 0;
    for (const auto& [subscriptionArn, subscription] : account.sns.subscriptions) {
      if (subscription.topicArn == arn) ++(subscription.confirmed ? confirmed : pending);
    }
    const auto tags = account.tagsByArn.find(arn);
    topics.push_back({{"topicArn", arn},
                      {"name", topic.name},
                      {"attributes", topic.attributes},
                      {"tags", tags == account.tagsByArn.end() ? state::TagMap{} : tags->second},
                      {"subscriptionsConfirmed", confirmed},
                      {"subscriptionsPending", pending}});
  }
  return topics;
}

nlohmann::json subscriptionsJson(const state::SnsAccountState& sns) {
  auto subscriptions = nlohmann::json::array();
  for (const auto& [arn, subscription] : sns.subscriptions) {
    subscriptions.push_back({{"subscriptionArn", arn},
                             {"topicArn", subscription.topicArn},
                             {"protocol", subscription.protocol},
                             {"endpoint", subscription.endpoint},
                             {"owner", subscription.owner},
                             {"confirmed", subscription.confirmed},
                             {"attributes", subscription.attributes}});
  }
  return subscriptions;
}

nlohmann::json sandboxNumbersJson(const state::SnsAccountState& sns) {
  auto numbers = nlohmann::json::array();
  for (const auto& [number, entry] : sns.sandboxNumbers) {
    numbers.push_back({{"phoneNumber", number},
                       {"status", entry.verified ? kVerified : kPending},
                       {"languageCode", entry.languageCode},
                       {"lastAttemptAt", entry.lastAttemptAt},
                       {"passwordsSentLast24Hours", entry.passwordsSentAt.size()}});
  }
  return numbers;
}

nlohmann::json snsJson(const state::AccountScope& scope, const state::AccountState& account) {
  return {{"account", scope.accountId},
          {"region", scope.region},
          {"inSandbox", state::inSandbox(account)},
          {"smsAttributes", account.sns.smsAttributes},
          {"topics", topicsJson(account)},
          {"subscriptions", subscriptionsJson(account.sns)},
          {"sandboxNumbers", sandboxNumbersJson(account.sns)}};
}

void listSns(ControlContext& context, const httplib::Request& request,
             httplib::Response& response) {
  const auto filter = readScopeFilter(request, response);
  if (!filter) return;
  auto accounts = nlohmann::json::array();
  context.store.forEachAccount([&](const state::AccountScope& scope, state::AccountState& state) {
    if (filter->accepts(scope.accountId, scope.region)) accounts.push_back(snsJson(scope, state));
  });
  replyJson(response, {{"accounts", std::move(accounts)}});
}

}  // namespace

void registerSnsRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/sns",
           [&context](const httplib::Request& request, httplib::Response& response) {
             listSns(context, request, response);
           })
      .accepts({"account", "region"});
}

}  // namespace smsim::control
