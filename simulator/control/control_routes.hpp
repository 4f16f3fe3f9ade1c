#pragma once
// The control API under /_smsim/: what tests use to inspect and steer the simulator.
#include <httplib.h>

#include "server/simulator_state.hpp"

namespace smsim::control {

void registerControlRoutes(httplib::Server& http, server::SimulatorState& state);

// Route groups, each in its own file; registerControlRoutes registers them all.
void registerOutboxRoutes(httplib::Server& http, server::SimulatorState& state);
void registerInboundRoutes(httplib::Server& http, server::SimulatorState& state);

}  // namespace smsim::control
