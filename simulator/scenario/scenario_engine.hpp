#pragma once
// The loaded scenarios of one server and the live state of their rules: how often each matched
// and fired, its random draws, its rate bucket, and the state of each sequence. The transport
// asks it, for each API call, whether a rule takes over (decide); the control API adds, removes
// and steers scenarios. With no rule loaded, decide costs one atomic load.
#include <atomic>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "scenario/number_states.hpp"
#include "scenario/request_facts.hpp"
#include "scenario/scenario.hpp"

namespace smsim::scenario {

// What the rule that took a call wants done with it.
struct RuleDecision {
  std::shared_ptr<const Scenario> scenario;  // keeps `rule` alive
  const Rule* rule = nullptr;
  double delayMs = 0;
  bool overRate = false;  // fired because the call went over the rule's `rate`

  std::string id() const { return scenario->name + "/" + rule->name; }
};

class ScenarioEngine {
 public:
  // `numberStateCapacity`: phone numbers whose sequence state each scenario keeps.
  explicit ScenarioEngine(std::size_t numberStateCapacity = NumberStates::kDefaultCapacity)
      : numberStateCapacity_(numberStateCapacity) {}
  ScenarioEngine(const ScenarioEngine&) = delete;
  ScenarioEngine& operator=(const ScenarioEngine&) = delete;

  // Adds a checked scenario, replacing a loaded one of the same name (keeping its place in the
  // order). Its seed is the caller's to apply.
  void add(std::shared_ptr<const Scenario> scenario);
  bool remove(const std::string& name);
  // Sets a scenario's state, or one phone number's state within it (one NumberStates::keeps());
  // false for an unknown name.
  bool setState(const std::string& name, const std::string& state,
                const std::optional<std::string>& phoneNumber);
  // Counters, random draws, rate buckets and states back to the start; returns the loaded
  // scenarios, in order, for the caller to apply their seeds again.
  std::vector<std::shared_ptr<const Scenario>> restart();

  bool hasRules() const { return ruleCount_.load(std::memory_order_relaxed) > 0; }
  // The first rule, in load order then file order, that applies to this call; `now` is the
  // simulated clock in epoch seconds (rate buckets refill by it).
  std::optional<RuleDecision> decide(const RequestFacts& call, double now);

  std::vector<std::shared_ptr<const Scenario>> scenarios() const;
  std::shared_ptr<const Scenario> find(const std::string& name) const;
  // For GET /_smsim/scenarios: each scenario with its state and rule counters.
  nlohmann::json describe() const;
  std::size_t numberStateCapacity() const { return numberStateCapacity_; }

 private:
  struct RuleRuntime {
    std::uint64_t matched = 0;  // calls that matched `match` and `state`
    std::uint64_t fired = 0;
    std::mt19937_64 random;
    double tokens = 0;
    double refilledAt = 0;
    bool bucketStarted = false;
  };
  struct LoadedScenario {
    std::shared_ptr<const Scenario> scenario;
    std::vector<RuleRuntime> rules;
    NumberStates numberStates;
    std::string state = kInitialState;
  };

  LoadedScenario freshRuntime(std::shared_ptr<const Scenario> scenario) const;
  static bool withinRate(const RateLimit& rate, RuleRuntime& runtime, double now);
  void countRules();

  const std::size_t numberStateCapacity_;
  mutable std::mutex mutex_;
  std::vector<LoadedScenario> loaded_;
  std::atomic<std::size_t> ruleCount_{0};
};

}  // namespace smsim::scenario
