#include "scenario/seed.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace smsim::scenario {

namespace {

using SectionReader = std::shared_ptr<const SeedPart> (*)(const YamlValue&);

constexpr std::array<std::pair<std::string_view, SectionReader>, 4> kSections = {{
    {"aws", readAwsSeed},
    {"convoso", readConvosoSeed},
    {"subscriptions", readSubscriptionsSeed},
    {"outcomes", readOutcomesSeed},
}};

}  // namespace

Seed readSeed(const YamlValue& value) {
  Seed seed;
  auto map = value.map();
  for (const auto& [name, reader] : kSections) {
    if (auto section = map.get(name)) seed.parts.push_back(reader(*section));
  }
  map.rejectUnknownKeys();
  return seed;
}

}  // namespace smsim::scenario
