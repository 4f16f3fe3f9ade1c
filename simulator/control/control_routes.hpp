#pragma once
// The control API under /_smsim/: what tests use to inspect and steer the simulator.
#include <httplib.h>

#include "control/control_context.hpp"
#include "control/control_router.hpp"

namespace smsim::control {

void registerControlRoutes(ControlRouter& http, ControlContext& context);

// Route groups, each in its own file; registerControlRoutes registers them all.
void registerOutboxRoutes(ControlRouter& http, ControlContext& context);
void registerInboundRoutes(ControlRouter& http, ControlContext& context);
void registerStateRoutes(ControlRouter& http, ControlContext& context);
void registerEventRoutes(ControlRouter& http, ControlContext& context);
void registerAccountRoutes(ControlRouter& http, ControlContext& context);
void registerConvosoRoutes(ControlRouter& http, ControlContext& context);
void registerSnsRoutes(ControlRouter& http, ControlContext& context);
// The web dashboard's files under /_smsim/ui/ (it calls the routes above, nothing else).
void registerDashboardRoutes(ControlRouter& http);

}  // namespace smsim::control
