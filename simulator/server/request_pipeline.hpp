#pragma once
// The one path every request takes: pick the API's binding (by path, or by the request where two
// APIs share a path), read the request once into a call, let scenario rules decide on that call,
// serve it through its binding (or write the rule's answer through it), then log and journal it
// once. Durations cover everything from
// the first step, injected delays included.
#include <httplib.h>

#include <optional>
#include <string>
#include <vector>

#include "scenario/scenario_engine.hpp"
#include "server/api_binding.hpp"
#include "smsim/clock.hpp"
#include "state/journal.hpp"

namespace smsim::server {

// Response header naming the rule ("scenario/rule") that answered or delayed a call, as
// WireMock's Matched-Stub-Id does.
inline constexpr const char* kRuleHeader = "x-smsim-rule";

class RequestPipeline {
 public:
  // `bindings` in the order they are asked; the last owns whatever the others don't.
  RequestPipeline(std::vector<const ApiBinding*> bindings, scenario::ScenarioEngine& scenarios,
                  const Clock& clock, state::Journal& journal)
      : bindings_(std::move(bindings)), scenarios_(scenarios), clock_(clock), journal_(journal) {}

  void handle(const httplib::Request& request, httplib::Response& response) const;

  // An error answered before any binding read the request (a body too large, a bad request
  // line), in the format of the API the path falls under.
  Answer transportError(int status, const std::string& path, const std::string& message) const;
  // The same once the request's headers are known: in the format of the API that claims it.
  Answer transportError(int status, const httplib::Request& request,
                        const std::string& message) const;

 private:
  // What the scenario rule that took a call did with it.
  struct RuleEffect {
    std::string ruleId;                        // empty: no rule took the call
    std::optional<CallOutcome> answered;       // the rule answered (or broke) the call itself
    std::optional<scenario::FaultKind> fault;  // to apply once the call is journaled
  };

  const ApiBinding& bindingFor(std::string_view path) const;
  const ApiBinding& bindingFor(const httplib::Request& request) const;
  // `binding`'s error with a fresh request id, the API's call headers included.
  Answer errorOf(const ApiBinding& binding, int status, const std::string& message) const;
  // Serves the call, turning an unexpected exception into the API's own 500.
  CallOutcome serveGuarded(const ApiBinding& binding, ApiCall& call,
                           httplib::Response& response) const;
  // Asks the scenario rules about the call; sleeps a rule's delay, writes a rule's answer.
  RuleEffect applyRules(const ApiBinding& binding, const ApiCall& call,
                        const httplib::Request& request, httplib::Response& response) const;
  void record(const ApiCall& call, const httplib::Request& request, CallOutcome outcome,
              const std::string& ruleId, double durationMs) const;

  std::vector<const ApiBinding*> bindings_;
  scenario::ScenarioEngine& scenarios_;
  const Clock& clock_;
  state::Journal& journal_;
};

}  // namespace smsim::server
