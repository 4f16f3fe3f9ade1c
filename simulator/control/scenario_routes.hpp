#pragma once
// The control API of scenarios: load (POST /_smsim/scenarios, YAML or JSON), list, delete, set a
// sequence's state, and verify end expectations (POST /_smsim/verify, JSON or JUnit XML).
#include <httplib.h>

#include "server/simulator_state.hpp"

namespace smsim::control {

void registerScenarioRoutes(httplib::Server& http, server::SimulatorState& state);

}  // namespace smsim::control
