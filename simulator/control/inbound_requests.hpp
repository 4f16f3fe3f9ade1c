#pragma once
// The bodies of POST /_smsim/inbound and POST /_smsim/subscriptions, read from JSON text into
// typed requests with every member type-checked. No HTTP here, so the fuzz target and unit tests
// call the same readers as the routes.
#include <optional>
#include <string>
#include <string_view>

#include "delivery/subscription.hpp"
#include "services/inbound/inbound_service.hpp"

namespace smsim::control {

// A request read from its body, or the message of the 400 that says what is wrong.
template <typename Request>
struct RequestReading {
  std::optional<Request> request;
  std::string error;
};

// An empty body reads as {}, as the other control calls do.
RequestReading<inbound::InboundMessage> readInboundRequest(std::string_view body);
// The endpoint is parsed and checked here (scheme, host, port, path) and kept parsed.
RequestReading<delivery::Subscription> readSubscriptionRequest(std::string_view body);

}  // namespace smsim::control
