#include "scenario/expectation.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace smsim::scenario {

namespace {

using KindReader = std::shared_ptr<Expectation> (*)(YamlMap&);

std::shared_ptr<Expectation> readOptedOut(YamlMap& item) {
  return readOptedOutExpectation(item, true);
}
std::shared_ptr<Expectation> readNotOptedOut(YamlMap& item) {
  return readOptedOutExpectation(item, false);
}

constexpr std::array<std::pair<std::string_view, KindReader>, 7> kKinds = {{
    {"calls", readCallsExpectation},
    {"optedOut", readOptedOut},
    {"notOptedOut", readNotOptedOut},
    {"optOutList", readOptOutListExpectation},
    {"messages", readMessagesExpectation},
    {"events", readEventsExpectation},
    {"convosoRecords", readConvosoRecordsExpectation},
}};

}  // namespace

bool CountExpectation::accepts(std::uint64_t count) const {
  if (exactly) return count == *exactly;
  if (atLeast && count < *atLeast) return false;
  if (atMost && count > *atMost) return false;
  return true;
}

std::string CountExpectation::describe(const std::string& one, const std::string& many) const {
  const auto times = [&](std::uint64_t count) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
  };
  if (exactly) return times(*exactly);
  if (atLeast && atMost) return std::to_string(*atLeast) + " to " + times(*atMost);
  if (atMost) return "at most " + times(*atMost);
  return "at least " + times(atLeast.value_or(1));
}

CountExpectation readCountExpectation(YamlMap& map) {
  CountExpectation count;
  auto exactly = map.get("count");
  auto atLeast = map.get("atLeast");
  auto atMost = map.get("atMost");
  if (exactly && (atLeast || atMost)) {
    exactly->fail(error_id::kInvalidValue, "use count, or atLeast/atMost, not both");
  }
  if (exactly) count.exactly = static_cast<std::uint64_t>(exactly->integer(0, INT64_MAX));
  if (atLeast) count.atLeast = static_cast<std::uint64_t>(atLeast->integer(0, INT64_MAX));
  if (atMost) count.atMost = static_cast<std::uint64_t>(atMost->integer(0, INT64_MAX));
  if (!exactly && !atLeast && !atMost) count.atLeast = 1;
  return count;
}

std::vector<std::shared_ptr<const Expectation>> readExpectations(const YamlValue& value) {
  std::vector<std::shared_ptr<const Expectation>> expectations;
  for (const auto& item : value.items()) {
    auto map = item.map();
    std::string names;
    for (const auto& [name, reader] : kKinds) {
      names += (names.empty() ? "" : ", ") + std::string(name);
    }
    std::shared_ptr<Expectation> expectation;
    for (const auto& [name, reader] : kKinds) {
      if (!map.has(name)) continue;
      if (expectation) item.fail(error_id::kInvalidValue, "one kind of expectation per item");
      expectation = reader(map);
    }
    if (!expectation) item.fail(error_id::kMissingKey, "needs one of: " + names);
    if (auto name = map.get("name")) expectation->name = name->string();
    expectation->position = item.position();
    map.rejectUnknownKeys();
    expectations.push_back(std::move(expectation));
  }
  return expectations;
}

}  // namespace smsim::scenario
