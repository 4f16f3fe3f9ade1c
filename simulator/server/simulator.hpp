#pragma once
// What lives as long as a server: its configuration, clock, stores, journal, webhook dispatcher
// and scenario engine. The server owns it and hands each layer only the narrow view it needs:
// seeds a SeedTarget, expectations an ExpectationSource, the control API a ControlContext.
#include <memory>
#include <nlohmann/json.hpp>

#include "delivery/message_event_pump.hpp"
#include "delivery/webhook_dispatcher.hpp"
#include "scenario/expectation_source.hpp"
#include "scenario/scenario.hpp"
#include "scenario/scenario_engine.hpp"
#include "scenario/seed_target.hpp"
#include "scenario/state_export.hpp"
#include "smsim/clock.hpp"
#include "smsim/config.hpp"
#include "state/bounded_log.hpp"
#include "state/convoso_store.hpp"
#include "state/journal.hpp"
#include "state/store.hpp"

namespace smsim::server {

struct Simulator {
  explicit Simulator(ServerConfig serverConfig)
      : config(std::move(serverConfig)),
        store(clock, config.outboxCapacity, config.accountTier),
        journal(config.journalCapacity, config.journalMaxBytes) {}

  state::AccountScope defaults() const { return {config.defaultAccountId, config.defaultRegion}; }
  scenario::SeedTarget seedTarget() { return {defaults(), clock, store, convoso, dispatcher}; }
  scenario::ExpectationSource expectationSource() { return {defaults(), store, convoso, journal}; }
  scenario::StateSource stateSource() { return {store, convoso, dispatcher}; }

  // Adds (or replaces) a checked scenario and applies its seed.
  void loadScenario(std::shared_ptr<const scenario::Scenario> scenario) {
    scenarios.add(scenario);
    scenario->seed.apply(seedTarget());
  }

  // Back to the start state: empty stores and journal, clock back to real time, loaded
  // scenarios' rules from the start and their seeds applied again.
  void reset() {
    store.reset();
    convoso.reset();
    dispatcher.reset();
    inboundLog.clear();
    journal.clear();
    clock.resetOffset();
    const auto target = seedTarget();
    for (const auto& scenario : scenarios.restart()) scenario->seed.apply(target);
  }

  ServerConfig config;
  Clock clock;
  state::Store store;
  state::ConvosoStore convoso{config.convoso};
  state::Journal journal;
  delivery::WebhookDispatcher dispatcher{clock, config.delivery};
  // Declared after the store and dispatcher it uses, so it stops (its ticker) before they go.
  delivery::MessageEventPump messageEvents{clock, store, dispatcher};
  state::BoundedLog<nlohmann::json> inboundLog{config.inboundLogCapacity};  // POST /_smsim/inbound
  scenario::ScenarioEngine scenarios{config.scenarioNumberStates};
};

}  // namespace smsim::server
