#pragma once
// The body of PUT /_smsim/outcomes: a scripted delivery outcome in the form `seed.outcomes` takes
// (destination, optional account and region, events with type, after and isFinal), read from
// JSON text with every member checked. No HTTP here, so the fuzz target and the unit tests call
// the same reader as the route.
#include <cstddef>
#include <string_view>

#include "control/inbound_requests.hpp"
#include "state/message_events.hpp"

namespace smsim::control {

// More events than any delivery has; a longer list is refused rather than kept.
inline constexpr std::size_t kMaxOutcomeEvents = 50;

RequestReading<state::ScriptedOutcome> readOutcomeRequest(std::string_view body);

}  // namespace smsim::control
