#include "scenario/seed.hpp"

#include <array>
#include <string_view>
#include <utility>

#include "model/validator.hpp"

namespace smsim::scenario {

namespace {

using SectionReader = std::shared_ptr<const SeedPart> (*)(const YamlValue&);

constexpr std::array<std::pair<std::string_view, SectionReader>, 4> kSeedSections = {{
    {"aws", readAwsSeed},
    {"convoso", readConvosoSeed},
    {"subscriptions", readSubscriptionsSeed},
    {"outcomes", readOutcomesSeed},
}};

}  // namespace

void failOnModel(const YamlValue& at, const std::string& operation, const nlohmann::json& input) {
  if (auto failure = model::validateInput(operation, input)) {
    at.fail(error_id::kInvalidValue, failure->message);
  }
}

Seed readSeed(const YamlValue& value) {
  Seed seed;
  auto map = value.map();
  for (const auto& [name, reader] : kSeedSections) {
    if (auto section = map.get(name)) seed.parts.push_back(reader(*section));
  }
  map.rejectUnknownKeys();
  return seed;
}

}  // namespace smsim::scenario
