// Reads `seed.aws` and applies it: opt-out lists, with ranges expanded straight into the sorted
// list; phone numbers and pools are seed_aws_identities.cpp's.
#include "scenario/seed_aws.hpp"

#include <algorithm>

#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "model/validator.hpp"
#include "services/common/ids.hpp"

namespace smsim::scenario {

namespace {

// Epoch seconds up to the year 9999, past anything a clock 100 years ahead can stamp.

// Opted-out numbers are held as PutOptedOutNumber holds them: E.164 with the '+', of a possible
// length, so a seeded number is the one the API and a send look up.
std::string notAPhoneNumber(const std::string& number) {
  return "'" + number + "' is not a phone number in E.164 form (e.g. +14155550100)";
}

std::string readPhoneNumber(const YamlValue& value) {
  auto number = value.string();
  if (!isPossibleE164(number)) value.fail(error_id::kInvalidValue, notAPhoneNumber(number));
  return number;
}

// Checks a name the way the API would check it in CreateOptOutList.
std::string readOptOutListName(const YamlValue& value) {
  auto name = value.string();
  if (auto failure = model::validateInput("CreateOptOutList", {{"OptOutListName", name}})) {
    value.fail(error_id::kInvalidValue,
               "'" + name + "' is not a valid opt-out list name (1 to 64 of A-Z a-z 0-9 _ -)");
  }
  return name;
}

NumberRangeSeed readRange(YamlMap& map, bool endUserOptedOut) {
  const auto fromValue = map.require("from");
  const auto from = readPhoneNumber(fromValue);
  NumberRangeSeed range;
  range.numbers = NumberRange::startingAt(
      from, static_cast<std::uint64_t>(map.require("count").integer(1, kMaxSeedRangeCount)));
  range.endUserOptedOut = endUserOptedOut;
  if (!range.numbers.staysWithinWidth()) {
    fromValue.fail(error_id::kInvalidValue, "the range from " + from + " runs past " +
                                                std::to_string(range.numbers.digits) + " digits");
  }
  return range;
}

OptOutListSeed readOptOutList(const YamlValue& value) {
  auto map = value.map();
  OptOutListSeed list;
  list.name = readOptOutListName(map.require("name"));
  const bool listEndUserOptedOut =
      map.get("endUserOptedOut") ? map.get("endUserOptedOut")->boolean() : false;
  if (auto numbers = map.get("numbers")) {
    if (!numbers->isSequence()) numbers->items();  // fails with the position
    // Plain strings are read straight from the nodes: a big list must not cost a YamlValue each.
    std::size_t index = 0;
    for (const auto& node : numbers->node()) {
      if (node.IsScalar()) {
        const auto& number = node.Scalar();
        if (!isPossibleE164(number)) {
          YamlValue(node, numbers->path() + "[" + std::to_string(index) + "]", numbers->file())
              .fail(error_id::kInvalidValue, notAPhoneNumber(number));
        }
        list.numbers.push_back({number, listEndUserOptedOut, {}});
      } else {
        YamlValue item(node, numbers->path() + "[" + std::to_string(index) + "]", numbers->file());
        auto entry = item.map();
        const bool endUserOptedOut = entry.get("endUserOptedOut")
                                         ? entry.get("endUserOptedOut")->boolean()
                                         : listEndUserOptedOut;
        if (entry.exactlyOneOf({"number", "from"}) == "number") {
          OptedOutNumberSeed seed{readPhoneNumber(entry.require("number")), endUserOptedOut, {}};
          if (auto at = entry.get("optedOutTimestamp")) {
            seed.optedOutTimestamp = at->number(0, kLatestSeedTimestamp);
          }
          list.numbers.push_back(std::move(seed));
        } else {
          list.ranges.push_back(readRange(entry, endUserOptedOut));
          if (auto at = entry.get("optedOutTimestamp")) {
            list.ranges.back().optedOutTimestamp = at->number(0, kLatestSeedTimestamp);
          }
        }
        entry.rejectUnknownKeys();
      }
      ++index;
    }
  }
  map.rejectUnknownKeys();
  // Later entries for the same number win, as they would if put one after the other.
  std::stable_sort(list.numbers.begin(), list.numbers.end(),
                   [](const auto& a, const auto& b) { return a.number < b.number; });
  std::vector<OptedOutNumberSeed> unique;
  unique.reserve(list.numbers.size());
  for (auto& entry : list.numbers) {
    if (!unique.empty() && unique.back().number == entry.number) {
      unique.back() = std::move(entry);
    } else {
      unique.push_back(std::move(entry));
    }
  }
  list.numbers = std::move(unique);
  return list;
}

// "+14155550100" (VERIFIED) or {number, id, verificationCode} (PENDING with that code sent).
VerifiedDestinationSeed readVerifiedDestination(const YamlValue& value) {
  if (!value.isMap()) return {readPhoneNumber(value), std::nullopt, std::nullopt};
  auto map = value.map();
  VerifiedDestinationSeed seed{readPhoneNumber(map.require("number")), std::nullopt, std::nullopt};
  if (auto id = map.get("id")) {
    seed.id = id->string();
    if (!seed.id->starts_with("verifieddestinationnumber-") ||
        model::validateInput("DeleteVerifiedDestinationNumber",
                             {{"VerifiedDestinationNumberId", *seed.id}})) {
      id->fail(error_id::kInvalidValue, "'" + *seed.id + "' is not a verified destination id");
    }
  }
  if (auto code = map.get("verificationCode")) {
    seed.verificationCode = code->string();
    if (model::validateInput(
            "VerifyDestinationNumber",
            {{"VerifiedDestinationNumberId", "x"}, {"VerificationCode", *seed.verificationCode}})) {
      code->fail(error_id::kInvalidValue, "a verification code is 1 to 20 of A-Z a-z 0-9");
    }
  }
  map.rejectUnknownKeys();
  return seed;
}

AwsScopeSeed readScope(const YamlValue& value) {
  auto map = value.map();
  AwsScopeSeed scope;
  if (auto account = map.get("account")) {
    scope.accountId = account->string();
    if (!aws_names::isAccountId(*scope.accountId)) {
      account->fail(error_id::kInvalidValue, "an account id is 12 digits");
    }
  }
  if (auto region = map.get("region")) {
    scope.region = region->string();
    if (!aws_names::isRegionName(*scope.region)) {
      region->fail(error_id::kInvalidValue, "'" + *scope.region + "' is not a region name");
    }
  }
  if (auto lists = map.get("optOutLists")) {
    for (const auto& item : lists->items()) scope.optOutLists.push_back(readOptOutList(item));
  }
  if (auto tier = map.get("accountTier")) {
    const auto name = tier->string();
    if (name != "sandbox" && name != "production") {
      tier->fail(error_id::kInvalidValue, "accountTier is sandbox or production");
    }
    scope.accountTier = name == "sandbox" ? AccountTier::Sandbox : AccountTier::Production;
  }
  if (auto numbers = map.get("verifiedDestinationNumbers")) {
    for (const auto& item : numbers->items()) {
      scope.verifiedDestinationNumbers.push_back(readVerifiedDestination(item));
    }
    if (scope.verifiedDestinationNumbers.size() > 10) {
      numbers->fail(error_id::kInvalidValue, "an account has at most 10 verified destinations");
    }
  }
  readSenderIdSeeds(map, scope);  // before the pools that may hold them
  readIdentitySeeds(map, scope);
  readSpendLimitSeeds(map, scope);
  readProtectConfigurationSeeds(map, scope);
  readConfigurationSetSeeds(map, scope);
  readSnsSeed(map, scope);
  map.rejectUnknownKeys();
  return scope;
}

// A seeded number replaces one of the same number; it is VERIFIED unless it carries a code.
void applyVerifiedDestinationSeeds(const std::vector<VerifiedDestinationSeed>& seeds,
                                   const state::AccountScope& scope, state::AccountState& account,
                                   double now) {
  for (const auto& seed : seeds) {
    auto& existing = account.verifiedDestinationNumbers;
    const auto& destination = seed.number;
    auto it = std::find_if(existing.begin(), existing.end(), [&](const auto& entry) {
      return entry.second.destinationPhoneNumber == destination;
    });
    if (it != existing.end() && seed.id && it->first != *seed.id) {
      existing.erase(it);
      it = existing.end();
    }
    if (it == existing.end()) {
      state::VerifiedDestinationNumber number;
      number.id = seed.id.value_or("verifieddestinationnumber-" + services::newCompactId());
      number.arn = aws_names::smsVoiceArn(scope.region, scope.accountId,
                                          "verified-destination-number", number.id);
      number.destinationPhoneNumber = destination;
      number.createdTimestamp = now;
      it = existing.emplace(number.id, std::move(number)).first;
    }
    auto& number = it->second;
    number.status = seed.verificationCode ? state::verification_status::kPending
                                          : state::verification_status::kVerified;
    number.verificationCode = seed.verificationCode;
    number.codeSentTimestamp = now;
  }
}

template <typename NumberAt, typename EntryAt>
void insertSorted(std::map<std::string, state::OptedOutEntry>& numbers, std::uint64_t count,
                  NumberAt numberAt, EntryAt entryAt) {
  if (count == 0) return;
  auto first = numberAt(0);
  auto hint = numbers.lower_bound(first);
  hint = std::next(numbers.insert_or_assign(hint, std::move(first), entryAt(0)));
  for (std::uint64_t i = 1; i < count; ++i) {
    hint = std::next(numbers.insert_or_assign(hint, numberAt(i), entryAt(i)));
  }
}

}  // namespace

std::uint64_t OptOutListSeed::size() const {
  std::uint64_t total = numbers.size();
  for (const auto& range : ranges) total += range.numbers.count;
  return total;
}

void applyOptOutListSeed(const OptOutListSeed& seed, const state::AccountScope& scope,
                         state::AccountState& account, double now) {
  auto [it, created] = account.optOutLists.try_emplace(seed.name);
  auto& list = it->second;
  if (created) {
    list.name = seed.name;
    list.arn = state::optOutListArn(scope, seed.name);
    list.createdTimestamp = now;
  }
  insertSorted(
      list.numbers, seed.numbers.size(), [&](std::uint64_t i) { return seed.numbers[i].number; },
      [&](std::uint64_t i) {
        return state::OptedOutEntry{seed.numbers[i].optedOutTimestamp.value_or(now),
                                    seed.numbers[i].endUserOptedOut};
      });
  for (const auto& range : seed.ranges) {
    const state::OptedOutEntry entry{range.optedOutTimestamp.value_or(now), range.endUserOptedOut};
    insertSorted(
        list.numbers, range.numbers.count,
        [&](std::uint64_t i) { return range.numbers.numberAt(i); },
        [&](std::uint64_t) { return entry; });
  }
}

void AwsSeed::apply(const SeedTarget& target) const {
  const double now = target.clock.nowEpochSeconds();
  for (const auto& seed : scopes_) {
    const state::AccountScope scope{seed.accountId.value_or(target.defaults.accountId),
                                    seed.region.value_or(target.defaults.region)};
    target.store.withAccount(scope, [&](state::AccountState& account) {
      for (const auto& list : seed.optOutLists) applyOptOutListSeed(list, scope, account, now);
      applySenderIdSeeds(seed, scope, account, now);
      applyIdentitySeeds(seed, scope, account, now);
      applyProtectConfigurationSeeds(seed, scope, account, now);
      applyConfigurationSetSeeds(seed, scope, account, now);
      for (const auto& [name, value] : seed.snsSmsAttributes) {
        account.sns.smsAttributes.insert_or_assign(name, value);
      }
      if (seed.accountTier) account.tier = *seed.accountTier;
      applySpendLimitSeeds(seed, account, now);
      applyVerifiedDestinationSeeds(seed.verifiedDestinationNumbers, scope, account, now);
    });
  }
}

nlohmann::json AwsSeed::summary() const {
  std::uint64_t lists = 0;
  std::uint64_t numbers = 0;
  std::uint64_t phoneNumbers = 0;
  std::uint64_t pools = 0;
  std::uint64_t configurationSets = 0;
  for (const auto& scope : scopes_) {
    configurationSets += scope.configurationSets.size();
    lists += scope.optOutLists.size();
    for (const auto& list : scope.optOutLists) numbers += list.size();
    phoneNumbers += scope.phoneNumbers.size();
    pools += scope.pools.size();
  }
  return {{"scopes", scopes_.size()},
          {"optOutLists", lists},
          {"optedOutNumbers", numbers},
          {"phoneNumbers", phoneNumbers},
          {"pools", pools},
          {"configurationSets", configurationSets}};
}

std::shared_ptr<const SeedPart> readAwsSeed(const YamlValue& value) {
  std::vector<AwsScopeSeed> scopes;
  if (value.isMap()) {
    scopes.push_back(readScope(value));
  } else {
    for (const auto& item : value.items()) scopes.push_back(readScope(item));
  }
  return std::make_shared<AwsSeed>(std::move(scopes));
}

}  // namespace smsim::scenario
