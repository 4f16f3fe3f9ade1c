#include "scenario/scenario_engine.hpp"

#include <algorithm>

#include "scenario/rule_matcher.hpp"

namespace smsim::scenario {

namespace {

// Spreads one scenario seed over its rules so that each rule draws its own repeatable sequence.
constexpr std::uint64_t kSeedSpread = 0x9E3779B97F4A7C15ull;

}  // namespace

ScenarioEngine::LoadedScenario ScenarioEngine::freshRuntime(
    std::shared_ptr<const Scenario> scenario) const {
  LoadedScenario loaded;
  loaded.numberStates = NumberStates(numberStateCapacity_);
  loaded.rules.resize(scenario->rules.size());
  for (std::size_t i = 0; i < loaded.rules.size(); ++i) {
    const auto& rule = scenario->rules[i];
    std::uint64_t seed = 0;
    if (rule.randomSeed) {
      seed = *rule.randomSeed;
    } else if (scenario->randomSeed) {
      seed = *scenario->randomSeed + kSeedSpread * (i + 1);
    } else {
      seed = (static_cast<std::uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}();
    }
    loaded.rules[i].random.seed(seed);
  }
  loaded.scenario = std::move(scenario);
  return loaded;
}

void ScenarioEngine::countRules() {
  std::size_t count = 0;
  for (const auto& loaded : loaded_) count += loaded.scenario->rules.size();
  ruleCount_.store(count, std::memory_order_relaxed);
}

void ScenarioEngine::add(std::shared_ptr<const Scenario> scenario) {
  std::lock_guard lock(mutex_);
  auto runtime = freshRuntime(scenario);
  auto same = std::find_if(loaded_.begin(), loaded_.end(), [&](const LoadedScenario& loaded) {
    return loaded.scenario->name == scenario->name;
  });
  if (same != loaded_.end()) {
    *same = std::move(runtime);
  } else {
    loaded_.push_back(std::move(runtime));
  }
  countRules();
}

bool ScenarioEngine::remove(const std::string& name) {
  std::lock_guard lock(mutex_);
  const auto removed = std::erase_if(
      loaded_, [&](const LoadedScenario& loaded) { return loaded.scenario->name == name; });
  countRules();
  return removed > 0;
}

bool ScenarioEngine::setState(const std::string& name, const std::string& state,
                              const std::optional<std::string>& phoneNumber) {
  std::lock_guard lock(mutex_);
  for (auto& loaded : loaded_) {
    if (loaded.scenario->name != name) continue;
    if (phoneNumber) {
      loaded.numberStates.set(*phoneNumber, state);
    } else {
      loaded.state = state;
    }
    return true;
  }
  return false;
}

std::vector<std::shared_ptr<const Scenario>> ScenarioEngine::restart() {
  std::vector<std::shared_ptr<const Scenario>> restarted;
  std::lock_guard lock(mutex_);
  for (auto& loaded : loaded_) {
    loaded = freshRuntime(loaded.scenario);
    restarted.push_back(loaded.scenario);
  }
  return restarted;
}

bool ScenarioEngine::withinRate(const RateLimit& rate, RuleRuntime& runtime, double now) {
  const auto capacity = static_cast<double>(rate.limit);
  if (!runtime.bucketStarted) {
    runtime.bucketStarted = true;
    runtime.tokens = capacity;
    runtime.refilledAt = now;
  }
  if (now > runtime.refilledAt) {
    runtime.tokens = std::min(
        capacity, runtime.tokens + (now - runtime.refilledAt) * capacity / rate.windowSeconds);
    runtime.refilledAt = now;
  }
  if (runtime.tokens >= 1) {
    runtime.tokens -= 1;
    return true;
  }
  return false;
}

std::optional<RuleDecision> ScenarioEngine::decide(const RequestFacts& call, double now) {
  if (!hasRules()) return std::nullopt;
  std::lock_guard lock(mutex_);
  for (auto& loaded : loaded_) {
    const auto& rules = loaded.scenario->rules;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const auto& rule = rules[i];
      auto& runtime = loaded.rules[i];
      if (!matchesCall(rule.match, call)) continue;

      std::string* state = &loaded.state;
      if (rule.stateScope == StateScope::PhoneNumber && (rule.state || rule.nextState)) {
        const auto number = call.phoneNumber();
        // A per-number sequence says nothing about calls without a number (or with no real one).
        if (!number || !NumberStates::keeps(*number)) continue;
        state = &loaded.numberStates.at(*number);
      }
      if (rule.state && *state != *rule.state) continue;

      const auto matched = ++runtime.matched;
      const auto after = rule.after.value_or(0);
      if (matched <= after) continue;
      if (rule.every && (matched - after) % *rule.every != 0) continue;
      if (rule.times && runtime.fired >= *rule.times) continue;
      if (rule.rate && withinRate(*rule.rate, runtime, now)) continue;
      if (rule.probability &&
          std::uniform_real_distribution<double>(0, 1)(runtime.random) >= *rule.probability) {
        continue;
      }

      ++runtime.fired;
      if (rule.nextState) *state = *rule.nextState;
      RuleDecision decision;
      decision.scenario = loaded.scenario;
      decision.rule = &rule;
      decision.overRate = rule.rate.has_value();
      if (rule.delay) decision.delayMs = sampleDelayMs(*rule.delay, runtime.random);
      return decision;
    }
  }
  return std::nullopt;
}

std::vector<std::shared_ptr<const Scenario>> ScenarioEngine::scenarios() const {
  std::lock_guard lock(mutex_);
  std::vector<std::shared_ptr<const Scenario>> all;
  for (const auto& loaded : loaded_) all.push_back(loaded.scenario);
  return all;
}

std::shared_ptr<const Scenario> ScenarioEngine::find(const std::string& name) const {
  std::lock_guard lock(mutex_);
  for (const auto& loaded : loaded_) {
    if (loaded.scenario->name == name) return loaded.scenario;
  }
  return nullptr;
}

nlohmann::json ScenarioEngine::describe() const {
  std::lock_guard lock(mutex_);
  auto all = nlohmann::json::array();
  for (const auto& loaded : loaded_) {
    const auto& scenario = *loaded.scenario;
    auto rules = nlohmann::json::array();
    for (std::size_t i = 0; i < scenario.rules.size(); ++i) {
      rules.push_back({{"name", scenario.rules[i].name},
                       {"matched", loaded.rules[i].matched},
                       {"fired", loaded.rules[i].fired}});
    }
    auto seed = nlohmann::json::array();
    for (const auto& part : scenario.seed.parts) seed.push_back(part->summary());
    all.push_back({{"name", scenario.name},
                   {"description", scenario.description},
                   {"file", scenario.file},
                   {"state", loaded.state},
                   {"phoneNumberStates", loaded.numberStates.json()},
                   {"phoneNumberStatesEvicted", loaded.numberStates.evicted()},
                   {"seed", seed},
                   {"rules", rules},
                   {"steps", scenario.steps.size()},
                   {"expectations", scenario.expectations.size()}});
  }
  return all;
}

}  // namespace smsim::scenario
