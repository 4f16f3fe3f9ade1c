#pragma once
// The control API of scenarios: load (POST /_smsim/scenarios, YAML or JSON), list, delete, set a
// sequence's state, and verify end expectations (POST /_smsim/verify, JSON or JUnit XML).
#include <httplib.h>

#include "control/control_context.hpp"
#include "control/control_router.hpp"

namespace smsim::control {

void registerScenarioRoutes(ControlRouter& http, ControlContext& context);

}  // namespace smsim::control
