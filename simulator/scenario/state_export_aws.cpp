// The `seed.aws` of the state scenario: one scope per account and region that holds something,
// each resource kind written by its own function in the form seed_aws*.cpp reads back.
#include <array>
#include <utility>

#include "common/aws_names.hpp"
#include "common/number_range.hpp"
#include "scenario/state_export.hpp"

namespace smsim::scenario {

namespace {

using Json = nlohmann::ordered_json;
using ScopeExporter = void (*)(const state::AccountState&, Json&);

Json optedOutEntry(const std::string& number, const state::OptedOutEntry& entry) {
  return {{"number", number},
          {"endUserOptedOut", entry.endUserOptedOut},
          {"optedOutTimestamp", entry.optedOutTimestamp}};
}

// Consecutive numbers with the same entry become one `{from, count}` range, so a seeded million
// comes back as one line, not a million.
Json optedOutNumbers(const state::OptOutList& list) {
  Json numbers = Json::array();
  std::optional<NumberRange> run;
  state::OptedOutEntry runEntry;
  const auto flush = [&] {
    if (!run) return;
    if (run->count == 1) {
      numbers.push_back(optedOutEntry(run->numberAt(0), runEntry));
      return;
    }
    numbers.push_back({{"from", run->numberAt(0)},
                       {"count", run->count},
                       {"endUserOptedOut", runEntry.endUserOptedOut},
                       {"optedOutTimestamp", runEntry.optedOutTimestamp}});
  };
  for (const auto& [number, entry] : list.numbers) {
    const bool continues = run && entry.endUserOptedOut == runEntry.endUserOptedOut &&
                           entry.optedOutTimestamp == runEntry.optedOutTimestamp &&
                           run->staysWithinWidth() && number == run->numberAt(run->count);
    if (continues) {
      ++run->count;
      continue;
    }
    flush();
    run = NumberRange::startingAt(number, 1);
    runEntry = entry;
  }
  flush();
  return numbers;
}

void exportOptOutLists(const state::AccountState& account, Json& scope) {
  Json lists = Json::array();
  for (const auto& [name, list] : account.optOutLists) {
    // Every account has an empty Default list; only a used one is worth writing.
    if (name == aws_names::kDefaultOptOutListName && list.numbers.empty()) continue;
    Json item = {{"name", name}};
    if (!list.numbers.empty()) item["numbers"] = optedOutNumbers(list);
    lists.push_back(std::move(item));
  }
  if (!lists.empty()) scope["optOutLists"] = std::move(lists);
}

Json settingsJson(const state::OriginationSettings& settings) {
  Json out = {{"messageType", settings.messageType},
              {"optOutListName", settings.optOutListName},
              {"twoWayEnabled", settings.twoWayEnabled}};
  if (!settings.twoWayChannelArn.empty()) out["twoWayChannelArn"] = settings.twoWayChannelArn;
  if (!settings.twoWayChannelRole.empty()) out["twoWayChannelRole"] = settings.twoWayChannelRole;
  out["selfManagedOptOutsEnabled"] = settings.selfManagedOptOutsEnabled;
  out["deletionProtectionEnabled"] = settings.deletionProtectionEnabled;
  Json keywords = Json::array();
  for (const auto& [upper, keyword] : settings.keywords) {
    keywords.push_back(
        {{"keyword", keyword.keyword}, {"message", keyword.message}, {"action", keyword.action}});
  }
  out["keywords"] = std::move(keywords);
  return out;
}

void exportPhoneNumbers(const state::AccountState& account, Json& scope) {
  Json numbers = Json::array();
  for (const auto& [id, number] : account.phoneNumbers) {
    Json item = {{"number", number.number},
                 {"id", number.id},
                 {"isoCountryCode", number.isoCountryCode},
                 {"numberType", number.numberType},
                 {"capabilities", number.capabilities}};
    item.update(settingsJson(number.settings));
    numbers.push_back(std::move(item));
  }
  if (!numbers.empty()) scope["phoneNumbers"] = std::move(numbers);
}

void exportPools(const state::AccountState& account, Json& scope) {
  Json pools = Json::array();
  for (const auto& [id, pool] : account.pools) {
    Json members = Json::array();
    for (const auto& memberId : pool.phoneNumberIds) {
      if (const auto member = account.phoneNumbers.find(memberId);
          member != account.phoneNumbers.end()) {
        members.push_back(member->second.number);
      }
    }
    Json senderIds = Json::array();
    for (const auto& key : pool.senderIdKeys) {
      if (account.senderIds.contains(key)) senderIds.push_back(key);
    }
    // A seed's pool has an identity; AWS's always has one too.
    if (members.empty() && senderIds.empty()) continue;
    Json item = {{"id", pool.id}};
    if (!members.empty()) item["phoneNumbers"] = std::move(members);
    if (!senderIds.empty()) item["senderIds"] = std::move(senderIds);
    item.update(settingsJson(pool.settings));
    pools.push_back(std::move(item));
  }
  if (!pools.empty()) scope["pools"] = std::move(pools);
}

Json destinationJson(const state::EventDestination& destination) {
  Json out = {{"name", destination.name},
              {"enabled", destination.enabled},
              {"matchingEventTypes", destination.matchingEventTypes}};
  if (const auto& logs = destination.cloudWatchLogs) {
    out["cloudWatchLogs"] = {{"iamRoleArn", logs->iamRoleArn}, {"logGroupArn", logs->logGroupArn}};
  } else if (const auto& firehose = destination.firehose) {
    out["firehose"] = {{"iamRoleArn", firehose->iamRoleArn},
                       {"deliveryStreamArn", firehose->deliveryStreamArn}};
  } else if (const auto& sns = destination.sns) {
    out["sns"] = {{"topicArn", sns->topicArn}};
  }
  return out;
}

// Country rules as they were set, and every number override with its times (one that has expired
// is dropped after loading as before saving: when the API or a send next reads the list).
void exportProtectConfigurations(const state::AccountState& account, Json& scope) {
  Json configurations = Json::array();
  for (const auto& [id, configuration] : account.protectConfigurations) {
    Json item = {{"id", id}};
    if (configuration.deletionProtectionEnabled) item["deletionProtectionEnabled"] = true;
    if (account.defaultProtectConfigurationId == id) item["accountDefault"] = true;
    Json rules = Json::object();
    for (const auto& [capability, countries] : configuration.countryRules) {
      if (!countries.empty()) rules[capability] = countries;
    }
    if (!rules.empty()) item["countryRules"] = std::move(rules);
    Json overrides = Json::array();
    for (const auto& [number, rule] : configuration.numberOverrides) {
      Json entry = {
          {"number", number}, {"action", rule.action}, {"createdTimestamp", rule.createdTimestamp}};
      if (rule.expirationTimestamp) entry["expirationTimestamp"] = *rule.expirationTimestamp;
      overrides.push_back(std::move(entry));
    }
    if (!overrides.empty()) item["numberOverrides"] = std::move(overrides);
    configurations.push_back(std::move(item));
  }
  if (!configurations.empty()) scope["protectConfigurations"] = std::move(configurations);
}

void exportConfigurationSets(const state::AccountState& account, Json& scope) {
  Json sets = Json::array();
  for (const auto& [name, set] : account.configurationSets) {
    Json item = {{"name", name}};
    if (set.defaultSenderId) item["defaultSenderId"] = *set.defaultSenderId;
    if (set.defaultMessageType) item["defaultMessageType"] = *set.defaultMessageType;
    if (set.defaultMessageFeedbackEnabled) {
      item["defaultMessageFeedbackEnabled"] = *set.defaultMessageFeedbackEnabled;
    }
    if (set.protectConfigurationId) item["protectConfigurationId"] = *set.protectConfigurationId;
    Json destinations = Json::array();
    for (const auto& destination : set.eventDestinations) {
      destinations.push_back(destinationJson(destination));
    }
    if (!destinations.empty()) item["eventDestinations"] = std::move(destinations);
    sets.push_back(std::move(item));
  }
  if (!sets.empty()) scope["configurationSets"] = std::move(sets);
}

void exportSns(const state::AccountState& account, Json& scope) {
  if (account.sns.smsAttributes.empty()) return;
  scope["sns"] = {{"smsAttributes", account.sns.smsAttributes}};
}

// Production is every account's tier unless the server or a seed says otherwise.
void exportAccountTier(const state::AccountState& account, Json& scope) {
  if (state::inSandbox(account)) scope["accountTier"] = "sandbox";
}

// A verified number by its id; a pending one with the code it was sent, so VerifyDestinationNumber
// still takes that code after a restart. A pending number no code was sent to yet has no seed form
// (a seed without a code is verified), so it is left out rather than written as verified.
void exportVerifiedDestinationNumbers(const state::AccountState& account, Json& scope) {
  Json numbers = Json::array();
  for (const auto& [id, number] : account.verifiedDestinationNumbers) {
    Json item = {{"number", number.destinationPhoneNumber}, {"id", id}};
    if (number.status != state::verification_status::kVerified) {
      if (!number.verificationCode) continue;
      item["verificationCode"] = *number.verificationCode;
    }
    numbers.push_back(std::move(item));
  }
  if (!numbers.empty()) scope["verifiedDestinationNumbers"] = std::move(numbers);
}

void exportSenderIds(const state::AccountState& account, Json& scope) {
  Json senderIds = Json::array();
  for (const auto& [key, senderId] : account.senderIds) {
    Json item = {{"senderId", senderId.senderId},
                 {"isoCountryCode", senderId.isoCountryCode},
                 {"messageTypes", senderId.messageTypes}};
    if (senderId.deletionProtectionEnabled) item["deletionProtectionEnabled"] = true;
    if (senderId.registered) item["registered"] = true;
    senderIds.push_back(std::move(item));
  }
  if (!senderIds.empty()) scope["senderIds"] = std::move(senderIds);
}

// Only what differs from a new account: a MaxLimit or override set, or a month with spend.
void exportSpendLimits(const state::AccountState& account, Json& scope) {
  Json limits = Json::object();
  const std::array<std::pair<const char*, const state::SpendLimit*>, 3> channels = {
      {{"text", &account.spendLimits.text},
       {"media", &account.spendLimits.media},
       {"voice", &account.spendLimits.voice}}};
  for (const auto& [name, limit] : channels) {
    Json item = Json::object();
    if (limit->maxLimit) item["maxLimit"] = *limit->maxLimit;
    if (limit->enforcedLimit) item["enforcedLimit"] = *limit->enforcedLimit;
    if (limit->spent > 0 && !limit->month.empty()) {
      item["spent"] = limit->spent;
      item["month"] = limit->month;
    }
    if (!item.empty()) limits[name] = std::move(item);
  }
  if (!limits.empty()) scope["spendLimits"] = std::move(limits);
}

// In the order the seed reader needs them: lists before the numbers and pools that name them,
// sender IDs before the pools that hold them, protect configurations before the configuration sets
// that name them.
constexpr std::array<ScopeExporter, 10> kScopeExporters = {
    exportOptOutLists,
    exportSenderIds,
    exportPhoneNumbers,
    exportPools,
    exportProtectConfigurations,
    exportConfigurationSets,
    exportSns,
    exportAccountTier,
    exportSpendLimits,
    exportVerifiedDestinationNumbers,
};

}  // namespace

void exportAwsSeed(const StateSource& source, Json& seed) {
  Json scopes = Json::array();
  source.store.forEachAccount(
      [&](const state::AccountScope& where, const state::AccountState& account) {
        Json scope = {{"account", where.accountId}, {"region", where.region}};
        const auto bare = scope.size();
        for (const auto exporter : kScopeExporters) exporter(account, scope);
        if (scope.size() > bare) scopes.push_back(std::move(scope));
      });
  if (!scopes.empty()) seed["aws"] = std::move(scopes);
}

}  // namespace smsim::scenario
