#include "control/outcome_request.hpp"

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "common/aws_names.hpp"
#include "common/json_depth.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"
#include "services/sms_voice_v2/message_outcomes.hpp"

namespace smsim::control {

namespace {

using nlohmann::json;
using Reading = RequestReading<state::ScriptedOutcome>;

constexpr std::size_t kMaxOutcomeDepth = 8;  // an outcome nests three levels; deeper is no outcome

Reading invalid(std::string message) { return {std::nullopt, std::move(message)}; }

// The names of `object` that are not in `known`, or empty.
std::string unknownKeys(const json& object, const std::set<std::string>& known) {
  std::string unknown;
  for (const auto& [key, value] : object.items()) {
    if (!known.contains(key)) unknown += (unknown.empty() ? "" : ", ") + key;
  }
  return unknown;
}

std::string eventTypeNames() {
  std::string names;
  for (const auto& name : sms_voice_v2::emittableEventTypes()) {
    names += (names.empty() ? "" : ", ") + name;
  }
  return names;
}

// One event, or the message saying what is wrong with events[index].
std::optional<std::string> readEvent(const json& item, std::size_t index,
                                     state::OutcomeEvent& event) {
  const auto where = "events[" + std::to_string(index) + "]";
  if (!item.is_object()) return where + " must be an object with type, after and isFinal.";
  if (const auto unknown = unknownKeys(item, {"type", "after", "isFinal"}); !unknown.empty()) {
    return where + " has unknown members: " + unknown + "; it takes type, after and isFinal.";
  }
  const auto type = item.find("type");
  if (type == item.end() || !type->is_string()) return where + ".type is required, a string.";
  event.eventType = type->get<std::string>();
  if (!sms_voice_v2::findEventType(event.eventType)) {
    return where + ".type '" + event.eventType + "' is no event type; one of " + eventTypeNames() +
           ".";
  }
  if (const auto after = item.find("after"); after != item.end()) {
    if (!after->is_number() || after->get<double>() < 0 ||
        after->get<double>() > sms_voice_v2::kFinalStatusDeadlineSeconds) {
      return where + ".after is seconds after the send, from 0 to 259200 (72 hours).";
    }
    event.afterSeconds = after->get<double>();
  }
  if (const auto isFinal = item.find("isFinal"); isFinal != item.end()) {
    if (!isFinal->is_boolean()) return where + ".isFinal must be true or false.";
    event.isFinal = isFinal->get<bool>();
  }
  return std::nullopt;
}

// account and region: each optional, each checked as AWS names them.
std::optional<std::string> readScope(const json& body, state::ScriptedOutcome& outcome) {
  if (const auto account = body.find("account"); account != body.end()) {
    if (!account->is_string() || !aws_names::isAccountId(account->get<std::string>())) {
      return "account must be an account id of 12 digits.";
    }
    outcome.accountId = account->get<std::string>();
  }
  if (const auto region = body.find("region"); region != body.end()) {
    if (!region->is_string() || !aws_names::isRegionName(region->get<std::string>())) {
      return "region must be a Region name (us-east-1).";
    }
    outcome.region = region->get<std::string>();
  }
  return std::nullopt;
}

}  // namespace

Reading readOutcomeRequest(std::string_view body) {
  if (exceedsJsonDepth(body, kMaxOutcomeDepth)) return invalid("The outcome nests too deeply.");
  const auto parsed = json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) {
    return invalid("The request body must be a JSON object.");
  }
  if (const auto unknown = unknownKeys(parsed, {"destination", "account", "region", "events"});
      !unknown.empty()) {
    return invalid("Unknown members: " + unknown + "; an outcome takes destination, account, " +
                   "region and events.");
  }
  state::ScriptedOutcome outcome;
  const auto destination = parsed.find("destination");
  if (destination == parsed.end() || !destination->is_string() ||
      !sms_voice_v2::isOutcomeDestination(destination->get<std::string>())) {
    return invalid(
        "destination is required: an E.164 number (+14255550100) or a prefix ending in * "
        "(+1425*).");
  }
  outcome.destination = destination->get<std::string>();
  if (auto error = readScope(parsed, outcome)) return invalid(std::move(*error));
  const auto events = parsed.find("events");
  if (events == parsed.end() || !events->is_array() || events->empty() ||
      events->size() > kMaxOutcomeEvents) {
    return invalid("events is required: a list of 1 to " + std::to_string(kMaxOutcomeEvents) +
                   " events, each {type, after, isFinal}.");
  }
  for (std::size_t index = 0; index < events->size(); ++index) {
    state::OutcomeEvent event;
    if (auto error = readEvent((*events)[index], index, event)) return invalid(std::move(*error));
    outcome.events.push_back(std::move(event));
  }
  return {std::move(outcome), {}};
}

}  // namespace smsim::control
