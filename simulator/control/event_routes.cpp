// GET /_smsim/events (the delivery events smsim emitted, filtered) and
// GET /_smsim/log-groups/events (a CloudWatch Logs event destination's log group, read as
// CloudWatch Logs' GetLogEvents answers). Both first emit what the simulated clock made due.
#include <cmath>

#include "common/http_status.hpp"
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"

namespace smsim::control {

namespace {

nlohmann::json eventJson(const state::MessageEvent& event) {
  return {{"messageId", event.messageId},   {"destination", event.destinationNumber},
          {"eventType", event.eventType},   {"account", event.accountId},
          {"region", event.region},         {"configurationSetName", event.configurationSetName},
          {"deliveries", event.deliveries}, {"record", event.record}};
}

void listEvents(ControlContext& context, const httplib::Request& request,
                httplib::Response& response) {
  state::MessageEventFilter filter;
  filter.messageId = queryParam(request, "messageId");
  filter.destination = phoneNumberParam(request, "destination");
  filter.eventType = queryParam(request, "type");
  filter.accountId = queryParam(request, "account");
  filter.region = queryParam(request, "region");
  filter.targetArn = queryParam(request, "target");
  if (filter.eventType && !sms_voice_v2::findEventType(*filter.eventType)) {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "type must be one of " + joinedNames(sms_voice_v2::emittableEventTypes()) + ".");
    return;
  }
  context.emitDueEvents();
  auto& events = context.store.messageEvents();
  auto list = nlohmann::json::array();
  for (const auto& event : events.emitted(filter)) list.push_back(eventJson(event));
  replyJson(response, {{"events", std::move(list)},
                       {"pending", events.pending()},
                       {"evicted", events.evicted()},
                       {"refused", events.refused()}});
}

void readLogGroup(ControlContext& context, const httplib::Request& request,
                  httplib::Response& response) {
  const auto logGroupArn = queryParam(request, "logGroupArn");
  if (!logGroupArn || logGroupArn->empty()) {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "logGroupArn is required: the LogGroupArn of a CloudWatch Logs event destination.");
    return;
  }
  context.emitDueEvents();
  state::MessageEventFilter filter;
  filter.targetArn = logGroupArn;
  auto events = nlohmann::json::array();
  for (const auto& event : context.store.messageEvents().emitted(filter)) {
    const auto timestamp = event.record.value("eventTimestamp", 0LL);
    events.push_back({{"timestamp", timestamp},
                      {"message", event.record.dump()},
                      {"ingestionTime", std::llround(event.dueEpochSeconds * 1000)}});
  }
  replyJson(response, {{"logGroupArn", *logGroupArn}, {"events", std::move(events)}});
}

}  // namespace

void registerEventRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/events",
           [&context](const httplib::Request& request, httplib::Response& response) {
             listEvents(context, request, response);
           })
      .accepts({"messageId", "destination", "type", "account", "region", "target"});
  http.Get("/_smsim/log-groups/events",
           [&context](const httplib::Request& request, httplib::Response& response) {
             readLogGroup(context, request, response);
           })
      .accepts({"logGroupArn"});
}

}  // namespace smsim::control
