#pragma once
// The transport's pre-routing step for scenarios: every API call (AWS `POST /`, Convoso `/v1/...`)
// is shown to the scenario engine, body and all, before it reaches an adapter. A rule may delay it,
// answer it (an AWS error, a Convoso code, any status, headers, body), or break its connection;
// answered and broken calls are journaled here with the rule that took them. With no rule loaded
// the step returns at once.
#include <httplib.h>

#include "server/simulator_state.hpp"

namespace smsim::server {

// Response header naming the rule ("scenario/rule") that answered or delayed a call, as
// WireMock's Matched-Stub-Id does; the journal takes it from there too.
inline constexpr const char* kRuleHeader = "x-smsim-rule";

httplib::Server::HandlerResponse applyScenarioRules(SimulatorState& state,
                                                    const httplib::Request& request,
                                                    httplib::Response& response);

// An API route's handler behind the scenario step. (cpp-httplib's own pre-routing hook runs
// before the body is read, too early for rules that match on request fields, so each API route
// is wrapped instead; the control API is never wrapped.)
inline httplib::Server::Handler withScenarioRules(SimulatorState& state,
                                                  httplib::Server::Handler handler) {
  return [&state, handler = std::move(handler)](const httplib::Request& request,
                                                httplib::Response& response) {
    if (applyScenarioRules(state, request, response) == httplib::Server::HandlerResponse::Handled) {
      return;
    }
    handler(request, response);
  };
}

}  // namespace smsim::server
