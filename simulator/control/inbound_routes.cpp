// /_smsim/inbound (inject an SMS from a handset), /_smsim/subscriptions (where two-way payloads
// go) and /_smsim/deliveries (every delivery attempt).
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "control/inbound_requests.hpp"
#include "services/inbound/inbound_service.hpp"

namespace smsim::control {

namespace {

constexpr int kStatusCreated = 201;
constexpr int kStatusBadRequest = 400;
constexpr int kStatusNotFound = 404;
constexpr const char* kInvalidRequest = "InvalidRequest";

void injectInbound(server::SimulatorState& state, const httplib::Request& request,
                   httplib::Response& response) {
  auto reading = readInboundRequest(request.body);
  if (!reading.request) {
    replyError(response, kStatusBadRequest, kInvalidRequest, reading.error);
    return;
  }
  try {
    const auto outcome =
        inbound::receiveInbound(state.store, state.clock, std::move(*reading.request));
    auto result = inbound::outcomeJson(outcome);
    result["deliveries"] = nlohmann::json::array();
    if (outcome.publication) {
      result["deliveries"] = state.dispatcher.publish(
          outcome.publication->channelArn, outcome.publication->payload, outcome.inboundMessageId);
    }
    state.inboundLog.append(result);
    replyJson(response, result);
  } catch (const inbound::UnknownDestination& error) {
    replyError(response, kStatusNotFound, "UnknownDestination", error.what());
  }
}

void addSubscription(server::SimulatorState& state, const httplib::Request& request,
                     httplib::Response& response) {
  auto reading = readSubscriptionRequest(request.body);
  if (!reading.request) {
    replyError(response, kStatusBadRequest, kInvalidRequest, reading.error);
    return;
  }
  replyJson(response, *reading.request, kStatusCreated);
  state.dispatcher.subscribe(std::move(*reading.request));
}

}  // namespace

void registerInboundRoutes(httplib::Server& http, server::SimulatorState& state) {
  http.Post("/_smsim/inbound",
            [&state](const httplib::Request& request, httplib::Response& response) {
              injectInbound(state, request, response);
            });
  http.Get("/_smsim/inbound", [&state](const httplib::Request&, httplib::Response& response) {
    replyJson(response,
              {{"inbound", state.inboundLog.snapshot()}, {"evicted", state.inboundLog.evicted()}});
  });
  http.Post("/_smsim/subscriptions",
            [&state](const httplib::Request& request, httplib::Response& response) {
              addSubscription(state, request, response);
            });
  http.Get("/_smsim/subscriptions", [&state](const httplib::Request&, httplib::Response& response) {
    replyJson(response, {{"subscriptions", state.dispatcher.subscriptions()}});
  });
  http.Delete("/_smsim/subscriptions", [&state](const httplib::Request& request,
                                                httplib::Response& response) {
    replyJson(response, {{"removed", state.dispatcher.unsubscribe(
                                         queryParam(request, "channelArn").value_or(""))}});
  });
  http.Get("/_smsim/deliveries", [&state](const httplib::Request&, httplib::Response& response) {
    replyJson(response, state.dispatcher.deliveries());
  });
}

}  // namespace smsim::control
