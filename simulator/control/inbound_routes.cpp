// /_smsim/inbound (inject an SMS from a handset), /_smsim/subscriptions (where two-way payloads
// go) and /_smsim/deliveries (every delivery attempt).
#include <regex>

#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "services/inbound/inbound_service.hpp"

namespace smsim::control {

namespace {

constexpr std::size_t kMaxMessageBodyCharacters = 1600;

bool isE164(const nlohmann::json& value) {
  static const std::regex pattern(R"(\+[1-9][0-9]{1,18})");
  return value.is_string() && std::regex_match(value.get_ref<const std::string&>(), pattern);
}

std::size_t codePoints(const std::string& text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The inbound message, or nullopt after replying 400 with what is wrong.
std::optional<inbound::InboundMessage> readInboundMessage(const nlohmann::json& body,
                                                          httplib::Response& response) {
  for (const char* field : {"originationNumber", "destinationNumber"}) {
    if (!body.contains(field) || !isE164(body[field])) {
      replyError(response, 400, "InvalidRequest",
                 std::string(field) + " must be an E.164 phone number such as +14155550100.");
      return std::nullopt;
    }
  }
  const auto messageBody = body.find("messageBody");
  if (messageBody == body.end() || !messageBody->is_string() ||
      messageBody->get_ref<const std::string&>().empty() ||
      codePoints(*messageBody) > kMaxMessageBodyCharacters) {
    replyError(response, 400, "InvalidRequest",
               "messageBody must be a string of 1 to 1600 characters.");
    return std::nullopt;
  }
  inbound::InboundMessage message{body["originationNumber"], body["destinationNumber"],
                                  *messageBody, std::nullopt};
  if (body.contains("accountId") || body.contains("region")) {
    if (!body.value("accountId", nlohmann::json()).is_string() ||
        !body.value("region", nlohmann::json()).is_string()) {
      replyError(response, 400, "InvalidRequest", "accountId and region go together, as strings.");
      return std::nullopt;
    }
    message.scope = state::AccountScope{body["accountId"], body["region"]};
  }
  return message;
}

void injectInbound(server::SimulatorState& state, const httplib::Request& request,
                   httplib::Response& response) {
  auto body = readJsonObject(request, response);
  if (!body) return;
  auto message = readInboundMessage(*body, response);
  if (!message) return;
  try {
    const auto outcome = inbound::receiveInbound(state.store, state.clock, std::move(*message));
    auto result = inbound::outcomeJson(outcome);
    result["deliveries"] = nlohmann::json::array();
    if (outcome.publication) {
      result["deliveries"] = state.dispatcher.publish(
          outcome.publication->channelArn, outcome.publication->payload, outcome.inboundMessageId);
    }
    state.inboundLog.append(result);
    replyJson(response, result);
  } catch (const inbound::UnknownDestination& error) {
    replyError(response, 404, "UnknownDestination", error.what());
  }
}

void addSubscription(server::SimulatorState& state, const httplib::Request& request,
                     httplib::Response& response) {
  auto body = readJsonObject(request, response);
  if (!body) return;
  delivery::Subscription subscription;
  subscription.channelArn = body->value("channelArn", "");
  subscription.endpoint = body->value("endpoint", "");
  subscription.format = body->value("format", delivery::format::kSnsHttp);
  if (subscription.channelArn.empty()) {
    replyError(response, 400, "InvalidRequest", "channelArn must be the two-way channel's ARN.");
  } else if (!subscription.endpoint.starts_with("http://") &&
             !subscription.endpoint.starts_with("https://")) {
    replyError(response, 400, "InvalidRequest", "endpoint must be an http:// or https:// URL.");
  } else if (!delivery::isKnownFormat(subscription.format)) {
    replyError(response, 400, "InvalidRequest", "format must be sns-http, lambda-sns or raw.");
  } else {
    state.dispatcher.subscribe(subscription);
    replyJson(response, subscription, 201);
  }
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
    replyJson(response, {{"deliveries", state.dispatcher.deliveries()}});
  });
}

}  // namespace smsim::control
