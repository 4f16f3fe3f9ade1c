#pragma once
// What the control API works on, and nothing more: the stores it reads and clears, the clock it
// moves, the dispatcher and scenario engine it steers, and the two things only the server can do
// (load a scenario with its seed, reset everything). The server builds it from what it owns.
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "delivery/webhook_dispatcher.hpp"
#include "scenario/expectation_source.hpp"
#include "scenario/scenario.hpp"
#include "scenario/scenario_engine.hpp"
#include "smsim/clock.hpp"
#include "state/bounded_log.hpp"
#include "state/journal.hpp"
#include "state/store.hpp"

namespace smsim::control {

struct ControlContext {
  Clock& clock;
  state::Store& store;
  state::Journal& journal;
  state::BoundedLog<nlohmann::json>& inboundLog;  // what POST /_smsim/inbound did
  delivery::WebhookDispatcher& dispatcher;
  scenario::ScenarioEngine& scenarios;
  scenario::ExpectationSource expectations;
  // Adds (or replaces) a checked scenario and applies its seed.
  std::function<void(std::shared_ptr<const scenario::Scenario>)> loadScenario;
  // Everything back to the start state, loaded scenarios' seeds applied again.
  std::function<void()> reset;
  // The state as a scenario whose seed recreates it (scenario/state_export.hpp).
  std::function<nlohmann::ordered_json()> exportState;
  // --state-file's path (empty: none) and writing the state there now (throws on I/O failure).
  std::string stateFile;
  std::function<void()> saveState;
  // Sends the delivery events the simulated clock has made due (MessageEventPump::emitDue).
  std::function<void()> emitDueEvents;
};

}  // namespace smsim::control
