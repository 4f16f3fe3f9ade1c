// Phone numbers and pools of the `seed.aws` section, with their settings and keywords. Every
// value is checked the way the API would check it (RequestPhoneNumber, PutKeyword), and ids are
// stable across runs so steps and expectations can name them.
#include <algorithm>
#include <cstdio>
#include <set>

#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "model/validator.hpp"
#include "scenario/seed_aws.hpp"
#include "services/sms_voice_v2/number_plan.hpp"

namespace smsim::scenario {

namespace {

constexpr const char* kDefaultMessageType = "TRANSACTIONAL";
constexpr const char* kNorthAmericanPrefix = "+1";

// A stable 32-hex-digit id from text (two FNV-1a hashes), in the form AWS ids take.
std::string stableHex(const std::string& text) {
  std::uint64_t first = 14695981039346656037ull;
  std::uint64_t second = 1099511628211ull * 31;
  for (unsigned char c : text) {
    first = (first ^ c) * 1099511628211ull;
    second = (second ^ c) * 1099511628211ull + 7;
  }
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(first),
                static_cast<unsigned long long>(second));
  return hex;
}

OriginationSettingsSeed readSettings(YamlMap& map) {
  OriginationSettingsSeed settings;
  if (auto value = map.get("messageType")) {
    settings.messageType = value->string();
    if (*settings.messageType != "TRANSACTIONAL" && *settings.messageType != "PROMOTIONAL") {
      value->fail(error_id::kInvalidValue, "messageType is TRANSACTIONAL or PROMOTIONAL");
    }
  }
  if (auto value = map.get("optOutListName")) settings.optOutListName = value->string();
  if (auto value = map.get("twoWayEnabled")) settings.twoWayEnabled = value->boolean();
  if (auto value = map.get("twoWayChannelArn")) settings.twoWayChannelArn = value->string();
  if (auto value = map.get("twoWayChannelRole")) settings.twoWayChannelRole = value->string();
  if (auto value = map.get("selfManagedOptOutsEnabled")) {
    settings.selfManagedOptOutsEnabled = value->boolean();
  }
  if (auto value = map.get("deletionProtectionEnabled")) {
    settings.deletionProtectionEnabled = value->boolean();
  }
  if (auto keywords = map.get("keywords")) {
    for (const auto& item : keywords->items()) {
      auto entry = item.map();
      KeywordSeed keyword;
      keyword.keyword = entry.require("keyword").string();
      keyword.message = entry.require("message").string();
      keyword.action = entry.get("action") ? entry.get("action")->string()
                                           : state::keyword_action::kAutomaticResponse;
      entry.rejectUnknownKeys();
      failOnModel(item, "PutKeyword",
                  {{"OriginationIdentity", "seed"},
                   {"Keyword", keyword.keyword},
                   {"KeywordMessage", keyword.message},
                   {"KeywordAction", keyword.action}});
      settings.keywords.push_back(std::move(keyword));
    }
  }
  return settings;
}

PhoneNumberSeed readPhoneNumberSeed(const YamlValue& value) {
  auto map = value.map();
  PhoneNumberSeed seed;
  const auto numberValue = map.require("number");
  seed.number = numberValue.string();
  if (!isE164(seed.number)) {
    numberValue.fail(error_id::kInvalidValue, "'" + seed.number + "' is not an E.164 number");
  }
  if (auto id = map.get("id")) seed.id = id->string();
  if (auto country = map.get("isoCountryCode")) {
    seed.isoCountryCode = country->string();
    const auto callingCode = sms_voice_v2::callingCodeOf(seed.isoCountryCode);
    if (!callingCode.empty() && !seed.number.starts_with(callingCode)) {
      country->fail(error_id::kInvalidValue, seed.number + " is not a " + seed.isoCountryCode +
                                                 " number (" + callingCode + ")");
    }
  } else if (seed.number.starts_with(kNorthAmericanPrefix)) {
    seed.isoCountryCode = "US";
  } else {
    value.fail(error_id::kMissingKey, "isoCountryCode is needed for numbers outside +1");
  }
  if (auto type = map.get("numberType")) seed.numberType = type->string();
  if (auto capabilities = map.get("capabilities")) seed.capabilities = capabilities->strings();
  seed.settings = readSettings(map);
  map.rejectUnknownKeys();
  failOnModel(value, "RequestPhoneNumber",
              {{"IsoCountryCode", seed.isoCountryCode},
               {"MessageType", seed.settings.messageType.value_or(kDefaultMessageType)},
               {"NumberCapabilities", seed.capabilities},
               {"NumberType", seed.numberType}});
  return seed;
}

PoolSeed readPool(const YamlValue& value) {
  auto map = value.map();
  PoolSeed seed;
  if (auto id = map.get("id")) seed.id = id->string();
  auto numbers = map.get("phoneNumbers");
  if (numbers) seed.phoneNumbers = numbers->strings();
  // "SenderId/IsoCountryCode", as the sender ID's ARN ends.
  if (auto senderIds = map.get("senderIds")) seed.senderIds = senderIds->strings();
  if (seed.phoneNumbers.empty() && seed.senderIds.empty()) {
    (numbers ? *numbers : map.require("phoneNumbers"))
        .fail(error_id::kInvalidValue, "a pool has a phone number or a sender ID");
  }
  seed.settings = readSettings(map);
  map.rejectUnknownKeys();
  return seed;
}

void checkListExists(const std::optional<std::string>& name, const std::set<std::string>& lists,
                     const YamlValue& at) {
  if (name && !lists.contains(*name)) {
    at.fail(
        error_id::kInvalidValue,
        "opt-out list '" + *name + "' is neither Default nor seeded in this account and region");
  }
}

void removePhoneNumber(state::AccountState& account, const std::string& number) {
  for (auto it = account.phoneNumbers.begin(); it != account.phoneNumbers.end(); ++it) {
    if (it->second.number != number) continue;
    if (auto pool = account.pools.find(it->second.poolId); pool != account.pools.end()) {
      std::erase(pool->second.phoneNumberIds, it->first);
    }
    account.phoneNumbers.erase(it);
    return;
  }
}

}  // namespace

void OriginationSettingsSeed::applyTo(state::OriginationSettings& settings) const {
  if (messageType) settings.messageType = *messageType;
  if (optOutListName) settings.optOutListName = *optOutListName;
  if (twoWayEnabled) settings.twoWayEnabled = *twoWayEnabled;
  if (twoWayChannelArn) settings.twoWayChannelArn = *twoWayChannelArn;
  if (twoWayChannelRole) settings.twoWayChannelRole = *twoWayChannelRole;
  if (selfManagedOptOutsEnabled) settings.selfManagedOptOutsEnabled = *selfManagedOptOutsEnabled;
  if (deletionProtectionEnabled) settings.deletionProtectionEnabled = *deletionProtectionEnabled;
  for (const auto& keyword : keywords) {
    settings.keywords[state::upperCase(keyword.keyword)] = {keyword.keyword, keyword.message,
                                                            keyword.action};
  }
}

void readIdentitySeeds(YamlMap& scope, AwsScopeSeed& seed) {
  std::set<std::string> lists = {aws_names::kDefaultOptOutListName};
  for (const auto& list : seed.optOutLists) lists.insert(list.name);
  const auto where =
      seed.accountId.value_or("default") + "|" + seed.region.value_or("default") + "|";

  std::set<std::string> numbers;
  if (auto phoneNumbers = scope.get("phoneNumbers")) {
    for (const auto& item : phoneNumbers->items()) {
      auto number = readPhoneNumberSeed(item);
      checkListExists(number.settings.optOutListName, lists, item);
      if (!numbers.insert(number.number).second) {
        item.fail(error_id::kInvalidValue, number.number + " is seeded twice");
      }
      if (number.id.empty()) number.id = "phone-" + stableHex(where + number.number);
      seed.phoneNumbers.push_back(std::move(number));
    }
  }
  if (auto pools = scope.get("pools")) {
    std::set<std::string> pooled;
    for (const auto& item : pools->items()) {
      auto pool = readPool(item);
      checkListExists(pool.settings.optOutListName, lists, item);
      for (const auto& number : pool.phoneNumbers) {
        if (!numbers.contains(number)) {
          item.fail(error_id::kInvalidValue,
                    number + " is not among this account and region's seeded phoneNumbers");
        }
        if (!pooled.insert(number).second) {
          item.fail(error_id::kInvalidValue, number + " is in two pools");
        }
      }
      for (const auto& key : pool.senderIds) {  // a sender ID may be in several pools
        const bool seeded = std::any_of(
            seed.senderIds.begin(), seed.senderIds.end(), [&](const state::SenderId& senderId) {
              return state::senderIdKey(senderId.senderId, senderId.isoCountryCode) == key;
            });
        if (!seeded) {
          item.fail(error_id::kInvalidValue,
                    key +
                        " is not among this account and region's seeded senderIds "
                        "(SenderId/IsoCountryCode)");
        }
      }
      const auto& first = pool.phoneNumbers.empty() ? pool.senderIds[0] : pool.phoneNumbers[0];
      if (pool.id.empty()) pool.id = "pool-" + stableHex(where + "pool|" + first);
      seed.pools.push_back(std::move(pool));
    }
  }
}

void applyIdentitySeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                        state::AccountState& account, double now) {
  for (const auto& numberSeed : seed.phoneNumbers) {
    removePhoneNumber(account, numberSeed.number);
    state::PhoneNumber number;
    number.id = numberSeed.id;
    number.arn = aws_names::smsVoiceArn(scope.region, scope.accountId, "phone-number", number.id);
    number.number = numberSeed.number;
    number.isoCountryCode = numberSeed.isoCountryCode;
    number.capabilities = numberSeed.capabilities;
    number.numberType = numberSeed.numberType;
    number.monthlyLeasingPrice = sms_voice_v2::monthlyLeasingPrice(numberSeed.numberType);
    number.createdTimestamp = now;
    number.settings.messageType = kDefaultMessageType;
    numberSeed.settings.applyTo(number.settings);
    account.phoneNumbers.insert_or_assign(number.id, std::move(number));
  }
  const auto idOf = [&](const std::string& e164) -> state::PhoneNumber* {
    for (auto& [id, number] : account.phoneNumbers) {
      if (number.number == e164) return &number;
    }
    return nullptr;
  };
  for (const auto& poolSeed : seed.pools) {
    if (auto old = account.pools.find(poolSeed.id); old != account.pools.end()) {
      for (const auto& id : old->second.phoneNumberIds) {
        if (auto member = account.phoneNumbers.find(id); member != account.phoneNumbers.end()) {
          member->second.poolId.clear();
        }
      }
      account.pools.erase(old);
    }
    state::Pool pool;
    pool.id = poolSeed.id;
    pool.arn = aws_names::smsVoiceArn(scope.region, scope.accountId, "pool", pool.id);
    pool.createdTimestamp = now;
    for (const auto& e164 : poolSeed.phoneNumbers) {
      auto* member = idOf(e164);
      if (member == nullptr) continue;  // checked at load time; only a concurrent release
      if (pool.phoneNumberIds.empty()) pool.settings = member->settings;  // inherits the first's
      pool.phoneNumberIds.push_back(member->id);
      member->poolId = pool.id;
    }
    for (const auto& key : poolSeed.senderIds) {
      if (account.senderIds.contains(key)) pool.senderIdKeys.push_back(key);
    }
    if (pool.phoneNumberIds.empty()) pool.settings.messageType = kDefaultMessageType;
    pool.settings.deletionProtectionEnabled = false;
    poolSeed.settings.applyTo(pool.settings);
    account.pools.insert_or_assign(pool.id, std::move(pool));
  }
}

}  // namespace smsim::scenario
