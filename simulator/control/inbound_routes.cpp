// /_smsim/inbound (inject an SMS from a handset), /_smsim/subscriptions (where two-way payloads
// go), /_smsim/deliveries (every delivery attempt) and the certificate SNS messages are signed
// with (their SigningCertURL).
#include "common/api_paths.hpp"
#include "common/http_status.hpp"
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "control/inbound_requests.hpp"
#include "delivery/message_signer.hpp"
#include "services/inbound/inbound_service.hpp"
#include "services/sns/operations.hpp"

namespace smsim::control {

namespace {

void injectInbound(ControlContext& context, const httplib::Request& request,
                   httplib::Response& response) {
  auto reading = readInboundRequest(request.body);
  if (!reading.request) {
    replyError(response, http_status::kBadRequest, kInvalidRequest, reading.error);
    return;
  }
  try {
    const auto outcome =
        inbound::receiveInbound(context.store, context.clock, std::move(*reading.request));
    auto result = inbound::outcomeJson(outcome);
    result["deliveries"] = nlohmann::json::array();
    if (outcome.publication) {
      result["deliveries"] = context.dispatcher.publish(
          outcome.publication->channelArn, outcome.publication->payload, outcome.inboundMessageId);
      // A two-way channel that is an SNS topic of smsim also texts the topic's sms subscribers.
      sns::sendToSmsSubscribers(context.store, context.clock, outcome.publication->channelArn,
                                outcome.publication->payload);
    }
    context.inboundLog.append(result);
    replyJson(response, result);
  } catch (const inbound::UnknownDestination& error) {
    replyError(response, http_status::kNotFound, "UnknownDestination", error.what());
  }
}

void addSubscription(ControlContext& context, const httplib::Request& request,
                     httplib::Response& response) {
  auto reading = readSubscriptionRequest(request.body);
  if (!reading.request) {
    replyError(response, http_status::kBadRequest, kInvalidRequest, reading.error);
    return;
  }
  // Its messages' SigningCertURL points at this smsim, as the caller reached it.
  if (const auto host = request.get_header_value("Host"); !host.empty()) {
    reading.request->baseUrl = "http://" + host;
  }
  replyJson(response, *reading.request, http_status::kCreated);
  context.dispatcher.subscribe(std::move(*reading.request));
}

}  // namespace

void registerInboundRoutes(ControlRouter& http, ControlContext& context) {
  http.Post("/_smsim/inbound",
            [&context](const httplib::Request& request, httplib::Response& response) {
              injectInbound(context, request, response);
            });
  http.Get("/_smsim/inbound", [&context](const httplib::Request&, httplib::Response& response) {
    replyJson(response, {{"inbound", context.inboundLog.snapshot()},
                         {"evicted", context.inboundLog.evicted()}});
  });
  http.Post("/_smsim/subscriptions",
            [&context](const httplib::Request& request, httplib::Response& response) {
              addSubscription(context, request, response);
            });
  http.Get("/_smsim/subscriptions",
           [&context](const httplib::Request& request, httplib::Response& response) {
             auto subscriptions = context.dispatcher.subscriptions();
             if (const auto channelArn = queryParam(request, "channelArn")) {
               std::erase_if(subscriptions, [&](const delivery::Subscription& subscription) {
                 return subscription.channelArn != *channelArn;
               });
             }
             replyJson(response, {{"subscriptions", subscriptions}});
           })
      .accepts({"channelArn"});
  http.Delete("/_smsim/subscriptions",
              [&context](const httplib::Request& request, httplib::Response& response) {
                replyJson(response,
                          {{"removed", context.dispatcher.unsubscribe(
                                           queryParam(request, "channelArn").value_or(""))}});
              })
      .accepts({"channelArn"});
  http.Get(std::string(api_path::kSnsSigningCertificate),
           [](const httplib::Request&, httplib::Response& response) {
             response.set_content(delivery::MessageSigner::shared().certificatePem(),
                                  "application/x-pem-file");
           });
  http.Get("/_smsim/deliveries", [&context](const httplib::Request&, httplib::Response& response) {
    replyJson(response, context.dispatcher.deliveries());
  });
}

}  // namespace smsim::control
