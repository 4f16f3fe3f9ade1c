#pragma once
// The transport side of the Convoso API: GET and POST routes for each `/v1/...` endpoint, which
// hand the merged parameters to the Convoso adapter, then journal (`api: "convoso"`) and log the
// call like AWS calls.
#include <httplib.h>

#include "server/simulator_state.hpp"

namespace smsim::server {

void registerConvosoRoutes(httplib::Server& http, SimulatorState& state);

}  // namespace smsim::server
