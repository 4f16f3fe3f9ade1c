#pragma once
// A scenario's `seed`: the state the world starts in. Each emulated API contributes its own
// section (`aws`, `convoso`, `subscriptions`, `outcomes`), read and checked when the file loads and
// applied to the running state afterwards, on load and again on every `POST /_smsim/reset`.
// Applying a checked seed can't fail, so a broken file never leaves half a seed behind.
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "scenario/seed_target.hpp"
#include "scenario/yaml_value.hpp"

namespace smsim::scenario {

class SeedPart {
 public:
  virtual ~SeedPart() = default;
  virtual void apply(const SeedTarget& target) const = 0;
  // A few words for GET /_smsim/scenarios, e.g. {"optOutLists": 2, "optedOutNumbers": 1000000}.
  virtual nlohmann::json summary() const = 0;
};

struct Seed {
  std::vector<std::shared_ptr<const SeedPart>> parts;  // aws, convoso, subscriptions, outcomes

  void apply(const SeedTarget& target) const {
    for (const auto& part : parts) part->apply(target);
  }
};

// The latest timestamp a seed may give (epoch seconds): the end of the year 9999.
inline constexpr double kLatestSeedTimestamp = 253402300799;

// The most numbers one `{from, count}` range may seed.
inline constexpr std::int64_t kMaxSeedRangeCount = 10'000'000;

// Fails at `at` when `input` breaks the service model's constraints for `operation`.
void failOnModel(const YamlValue& at, const std::string& operation, const nlohmann::json& input);

// Reads the `seed` mapping; each key names a section.
Seed readSeed(const YamlValue& value);

// The section readers, one per emulated API (seed_*.cpp).
std::shared_ptr<const SeedPart> readAwsSeed(const YamlValue& value);
std::shared_ptr<const SeedPart> readConvosoSeed(const YamlValue& value);
std::shared_ptr<const SeedPart> readSubscriptionsSeed(const YamlValue& value);
std::shared_ptr<const SeedPart> readOutcomesSeed(const YamlValue& value);

}  // namespace smsim::scenario
