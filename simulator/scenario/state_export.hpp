#pragma once
// The running state written back as a scenario whose `seed` recreates it (GET
// /_smsim/state?format=scenario, --state-file): one format for seeding and for persistence. Each
// kind of resource has one small exporter function; a new resource adds its own to the list in
// state_export.cpp (or, for AWS, state_export_aws.cpp) and a seed reader that takes it back.
#include <nlohmann/json.hpp>
#include <string>

#include "delivery/webhook_dispatcher.hpp"
#include "state/convoso_store.hpp"
#include "state/store.hpp"

namespace smsim::scenario {

// What the exporters read, and nothing more.
struct StateSource {
  state::Store& store;
  state::ConvosoStore& convoso;
  delivery::WebhookDispatcher& dispatcher;
};

// The name a state scenario carries; loading it as a scenario is allowed but not needed.
inline constexpr const char* kStateScenarioName = "smsim-state";

// {"name", "description", "seed": {"aws": [...], "convoso": {...}, "subscriptions": [...],
// "outcomes": [...]}};
// sections with nothing in them are left out.
nlohmann::ordered_json exportState(const StateSource& source);

// The sections, one function each (state_export_*.cpp): each adds its key to `seed` when it has
// something to say.
void exportAwsSeed(const StateSource& source, nlohmann::ordered_json& seed);
void exportConvosoSeed(const StateSource& source, nlohmann::ordered_json& seed);
void exportSubscriptionsSeed(const StateSource& source, nlohmann::ordered_json& seed);
void exportOutcomesSeed(const StateSource& source, nlohmann::ordered_json& seed);

// The document as YAML text (block style; strings quoted where YAML would read them otherwise).
std::string toYaml(const nlohmann::ordered_json& document);

}  // namespace smsim::scenario
