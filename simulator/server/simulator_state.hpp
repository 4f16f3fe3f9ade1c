#pragma once
// What lives as long as a server: its configuration, clock, state store and journal. The
// transport, the protocol adapters and the control API all work on this one object.
#include "delivery/webhook_dispatcher.hpp"
#include "scenario/scenario_engine.hpp"
#include "smsim/clock.hpp"
#include "smsim/config.hpp"
#include "state/bounded_log.hpp"
#include "state/convoso_store.hpp"
#include "state/journal.hpp"
#include "state/store.hpp"

namespace smsim::server {

struct SimulatorState {
  explicit SimulatorState(ServerConfig serverConfig)
      : config(std::move(serverConfig)),
        store(clock, config.outboxCapacity),
        journal(config.journalCapacity, config.journalMaxBytes) {}

  // Back to the start state: empty store, empty journal, clock back to real time.
  void reset() {
    store.reset();
    convoso.reset();
    dispatcher.reset();
    inboundLog.clear();
    journal.clear();
    clock.resetOffset();
    scenarios.restart(*this);  // loaded scenarios' seeds again, their rules from the start
  }

  ServerConfig config;
  Clock clock;
  state::Store store;
  state::ConvosoStore convoso{config.convoso};
  state::Journal journal;
  delivery::WebhookDispatcher dispatcher{clock, config.delivery};
  state::BoundedLog<nlohmann::json> inboundLog{config.inboundLogCapacity};  // POST /_smsim/inbound
  scenario::ScenarioEngine scenarios{config.scenarioNumberStates};
};

}  // namespace smsim::server
