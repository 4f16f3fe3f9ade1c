// GET /_smsim/events (the delivery events smsim emitted, filtered),
// GET /_smsim/log-groups/events (a CloudWatch Logs event destination's log group, read as
// CloudWatch Logs' GetLogEvents answers), both after emitting what the simulated clock made due;
// and /_smsim/outcomes, the scripted outcomes of sends (what `seed.outcomes` seeds) read and
// changed at run time.
#include <cmath>
#include <cstdint>

#include "common/http_status.hpp"
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "control/outcome_request.hpp"
#include "control/whole_number.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"
#include "services/sms_voice_v2/message_outcomes.hpp"

namespace smsim::control {

namespace {

nlohmann::json eventJson(const state::MessageEvent& event) {
  return {{"sequence", event.sequence},
          {"messageId", event.messageId},
          {"destination", event.destinationNumber},
          {"eventType", event.eventType},
          {"account", event.accountId},
          {"region", event.region},
          {"configurationSetName", event.configurationSetName},
          {"deliveries", event.deliveries},
          {"record", event.record}};
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
  // Pages as GET /_smsim/requests pages: `since` an event's `sequence` (or a page's `next`),
  // `limit` at most that many, so a poller reads only what is new.
  if (const auto since = queryParam(request, "since")) {
    const auto sequence = wholeNumber<std::uint64_t>(*since, 0, UINT64_MAX);
    if (!sequence) {
      replyError(response, http_status::kBadRequest, kInvalidRequest,
                 "since must be an event's sequence number (or a page's next).");
      return;
    }
    filter.afterSequence = *sequence;
  }
  if (const auto limit = queryParam(request, "limit")) {
    const auto most = wholeNumber<std::size_t>(*limit, 1, SIZE_MAX);
    if (!most) {
      replyError(response, http_status::kBadRequest, kInvalidRequest,
                 "limit must be a whole number of at least 1.");
      return;
    }
    filter.limit = *most;
  }
  context.emitDueEvents();
  auto& events = context.store.messageEvents();
  const auto emitted = events.emitted(filter);
  auto list = nlohmann::json::array();
  for (const auto& event : emitted) list.push_back(eventJson(event));
  nlohmann::json answer = {{"events", std::move(list)},
                           {"pending", events.pending()},
                           {"evicted", events.evicted()},
                           {"refused", events.refused()},
                           {"oldestSequence", events.oldestSequence()}};
  if (!emitted.empty() && emitted.size() == filter.limit) answer["next"] = emitted.back().sequence;
  replyJson(response, answer);
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

void listOutcomes(ControlContext& context, httplib::Response& response) {
  replyJson(response, {{"outcomes", context.store.messageEvents().outcomes()},
                       {"capacity", state::MessageEvents::kOutcomeCapacity}});
}

void putOutcome(ControlContext& context, const httplib::Request& request,
                httplib::Response& response) {
  auto reading = readOutcomeRequest(request.body);
  if (!reading.request) {
    replyError(response, http_status::kBadRequest, kInvalidRequest, reading.error);
    return;
  }
  if (!context.store.messageEvents().addOutcome(*reading.request)) {
    replyError(response, http_status::kConflict, "OutcomeLimitExceeded",
               "smsim keeps at most " + std::to_string(state::MessageEvents::kOutcomeCapacity) +
                   " scripted outcomes; DELETE /_smsim/outcomes some first.");
    return;
  }
  replyJson(response, nlohmann::json(*reading.request));
}

// With destination (and the account and region it was scripted for): that outcome; without
// any: every outcome, scenario-seeded ones too (a reset seeds those again).
void deleteOutcomes(ControlContext& context, const httplib::Request& request,
                    httplib::Response& response) {
  auto& events = context.store.messageEvents();
  state::ScriptedOutcome scope;
  scope.destination = phoneNumberParam(request, "destination").value_or("");
  scope.accountId = queryParam(request, "account").value_or("");
  scope.region = queryParam(request, "region").value_or("");
  if (scope.destination.empty()) {
    if (!scope.accountId.empty() || !scope.region.empty()) {
      replyError(response, http_status::kBadRequest, kInvalidRequest,
                 "account and region name the outcome of a destination: pass destination too.");
      return;
    }
    const auto removed = events.outcomes().size();
    events.clearOutcomes();
    replyJson(response, {{"removed", removed}});
    return;
  }
  if (!sms_voice_v2::isOutcomeDestination(scope.destination)) {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "destination is an E.164 number (+14255550100) or a prefix ending in * (+1425*).");
    return;
  }
  if (!events.removeOutcome(scope)) {
    replyError(response, http_status::kNotFound, "OutcomeNotFound",
               "No outcome is scripted for " + scope.destination +
                   (scope.accountId.empty() ? "" : " from account " + scope.accountId) +
                   (scope.region.empty() ? "" : " in " + scope.region) + ".");
    return;
  }
  replyJson(response, {{"removed", 1}});
}

}  // namespace

void registerEventRoutes(ControlRouter& http, ControlContext& context) {
  http.Get("/_smsim/events",
           [&context](const httplib::Request& request, httplib::Response& response) {
             listEvents(context, request, response);
           })
      .accepts(
          {"messageId", "destination", "type", "account", "region", "target", "since", "limit"});
  http.Get("/_smsim/log-groups/events",
           [&context](const httplib::Request& request, httplib::Response& response) {
             readLogGroup(context, request, response);
           })
      .accepts({"logGroupArn"});
  http.Get("/_smsim/outcomes", [&context](const httplib::Request&, httplib::Response& response) {
    listOutcomes(context, response);
  });
  http.Put("/_smsim/outcomes",
           [&context](const httplib::Request& request, httplib::Response& response) {
             putOutcome(context, request, response);
           });
  http.Delete("/_smsim/outcomes",
              [&context](const httplib::Request& request, httplib::Response& response) {
                deleteOutcomes(context, request, response);
              })
      .accepts({"destination", "account", "region"});
}

}  // namespace smsim::control
