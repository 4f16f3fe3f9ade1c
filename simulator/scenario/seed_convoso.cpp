// The `seed.convoso` section: the Convoso account's configuration (the same keys as
// ConvosoConfig's JSON form, merged over the server's) and the records of its SMS opt-out and
// DNC lists, with the API's own field names, one by one or as a compact range of numbers.
#include "common/number_range.hpp"
#include "common/text.hpp"
#include "scenario/seed.hpp"
#include "services/convoso/campaigns.hpp"
#include "services/convoso/insert_date.hpp"
#include "smsim/convoso_config.hpp"

namespace smsim::scenario {

namespace {

constexpr std::size_t kMaxPhoneNumberDigits = 15;

struct ConvosoRecordSeed {
  std::string phoneCode;
  NumberRange phoneNumbers;  // one number, or a `from`/`count` range of them
  long long campaignId = 0;
  std::string reason;
  std::string purpose;
  std::optional<std::int64_t> insertedAt;  // absent: when the seed is applied
};

// `insert_date` as the API writes it, `YYYY-MM-DD HH:MM:SS` (UTC), back into epoch seconds.
std::int64_t readInsertDate(const YamlValue& value) {
  const auto text = value.string();
  const auto day = text.size() == 19 && text[10] == ' ' && text[13] == ':' && text[16] == ':'
                       ? convoso::dayRange(std::string_view(text).substr(0, 10))
                       : std::nullopt;
  const auto part = [&](std::size_t at) { return text.substr(at, 2); };
  const auto isPart = [&](std::size_t at, int max) {
    return isAsciiDigits(part(at)) && std::stoi(part(at)) <= max;
  };
  if (!day || !isPart(11, 23) || !isPart(14, 59) || !isPart(17, 59)) {
    value.fail(error_id::kInvalidValue, "insert_date is YYYY-MM-DD HH:MM:SS (UTC)");
  }
  return day->first + std::stoi(part(11)) * 3600 + std::stoi(part(14)) * 60 + std::stoi(part(17));
}

std::string readDigits(const YamlValue& value, std::size_t maxDigits) {
  auto text = value.string();
  if (!isAsciiDigits(text) || text.size() > maxDigits) {
    value.fail(error_id::kInvalidValue, "expected up to " + std::to_string(maxDigits) + " digits");
  }
  return text;
}

ConvosoRecordSeed readRecord(const YamlValue& value, const ConvosoConfig* config,
                             state::ConvosoList list) {
  auto map = value.map();
  ConvosoRecordSeed record;
  record.phoneCode = map.get("phone_code") ? readDigits(*map.get("phone_code"), 4) : "1";
  const auto kind = map.exactlyOneOf({"phone_number", "from"});
  const auto number = map.require(kind);
  const auto first = readDigits(number, kMaxPhoneNumberDigits);
  std::uint64_t count = 1;
  if (kind == "from") {
    count = static_cast<std::uint64_t>(map.require("count").integer(1, kMaxSeedRangeCount));
  }
  record.phoneNumbers = NumberRange::startingAt(first, count);
  if (!record.phoneNumbers.staysWithinWidth()) {
    number.fail(error_id::kInvalidValue,
                "the range runs past " + std::to_string(first.size()) + " digits");
  }
  if (auto campaign = map.get("campaign_id")) {
    record.campaignId = campaign->integer(-1, INT64_MAX);
    if (config != nullptr && !convoso::findCampaign(*config, list, record.campaignId)) {
      campaign->fail(error_id::kInvalidValue,
                     "campaign " + std::to_string(record.campaignId) +
                         " is neither 0, -1 nor one of this seed's config.campaigns");
    }
  }
  if (auto reason = map.get("reason")) record.reason = reason->string();
  if (auto purpose = map.get("purpose")) record.purpose = purpose->string();
  if (auto date = map.get("insert_date")) record.insertedAt = readInsertDate(*date);
  map.rejectUnknownKeys();
  return record;
}

class ConvosoSeed : public SeedPart {
 public:
  std::optional<nlohmann::json> config;  // merged over the server's configuration
  std::vector<ConvosoRecordSeed> smsOptOuts;
  std::vector<ConvosoRecordSeed> dnc;

  void apply(const SeedTarget& target) const override {
    if (config) target.convoso.changeConfig([&](ConvosoConfig& live) { from_json(*config, live); });
    const auto now = static_cast<std::int64_t>(target.clock.nowEpochSeconds());
    applyRecords(target, state::ConvosoList::SmsOptOut, smsOptOuts, now);
    applyRecords(target, state::ConvosoList::Dnc, dnc, now);
  }

  nlohmann::json summary() const override {
    const auto count = [](const std::vector<ConvosoRecordSeed>& records) {
      std::uint64_t total = 0;
      for (const auto& record : records) total += record.phoneNumbers.count;
      return total;
    };
    return {{"convosoConfig", config.has_value()},
            {"smsOptOuts", count(smsOptOuts)},
            {"dnc", count(dnc)}};
  }

 private:
  static void applyRecords(const SeedTarget& target, state::ConvosoList list,
                           const std::vector<ConvosoRecordSeed>& records, std::int64_t now) {
    if (records.empty()) return;
    const auto config = target.convoso.config();
    target.convoso.withList(list, [&](state::ConvosoRecordList& entries) {
      for (const auto& seed : records) {
        const auto campaign = convoso::findCampaign(*config, list, seed.campaignId);
        state::ConvosoRecord record;
        record.phoneCode = seed.phoneCode;
        record.campaignId = seed.campaignId;
        record.campaignName = campaign ? campaign->name : "";
        record.reason = seed.reason;
        record.purpose = seed.purpose;
        record.insertedAt = seed.insertedAt.value_or(now);
        for (std::uint64_t i = 0; i < seed.phoneNumbers.count; ++i) {
          record.phoneNumber = seed.phoneNumbers.numberAt(i);
          // A seeded entry that is already on the list stays as it is (no duplicates).
          if (entries.findExact(record.phoneCode, record.phoneNumber, record.campaignId)) continue;
          entries.insert(record);
        }
      }
    });
  }
};

}  // namespace

std::shared_ptr<const SeedPart> readConvosoSeed(const YamlValue& value) {
  auto map = value.map();
  auto seed = std::make_shared<ConvosoSeed>();
  ConvosoConfig checked;
  if (auto config = map.get("config")) {
    seed->config = config->json();
    try {
      from_json(*seed->config, checked);
    } catch (const std::exception& error) {
      config->fail(error_id::kInvalidValue, error.what());
    }
  }
  // With its own campaigns, the seed's records must name one of them (or 0 / -1).
  const ConvosoConfig* campaigns =
      seed->config && seed->config->contains("campaigns") ? &checked : nullptr;
  if (auto records = map.get("smsOptOuts")) {
    for (const auto& item : records->items()) {
      seed->smsOptOuts.push_back(readRecord(item, campaigns, state::ConvosoList::SmsOptOut));
    }
  }
  if (auto records = map.get("dnc")) {
    for (const auto& item : records->items()) {
      seed->dnc.push_back(readRecord(item, campaigns, state::ConvosoList::Dnc));
    }
  }
  map.rejectUnknownKeys();
  return seed;
}

}  // namespace smsim::scenario
