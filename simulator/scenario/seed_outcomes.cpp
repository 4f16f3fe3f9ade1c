// The `seed.outcomes` section: what happens to messages sent to a destination (an E.164 number,
// or a prefix ending in `*`), from any account or one `account` and `region`, as the delivery
// events their configuration set's destinations receive and when, on the simulated clock.
// Checked when the file loads: an event type AWS doesn't emit is an error at its line.
#include "common/aws_names.hpp"
#include "scenario/seed.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"
#include "services/sms_voice_v2/message_outcomes.hpp"
#include "state/message_events.hpp"

namespace smsim::scenario {

namespace {

class OutcomesSeed : public SeedPart {
 public:
  std::vector<state::ScriptedOutcome> outcomes;

  void apply(const SeedTarget& target) const override {
    for (const auto& outcome : outcomes) target.store.messageEvents().addOutcome(outcome);
  }
  nlohmann::json summary() const override { return {{"outcomes", outcomes.size()}}; }
};

std::string readDestination(const YamlValue& value) {
  auto destination = value.string();
  if (!sms_voice_v2::isOutcomeDestination(destination)) {
    value.fail(error_id::kInvalidValue,
               "a destination is an E.164 number (+14255550100) or a prefix ending in * (+1425*)");
  }
  return destination;
}

state::OutcomeEvent readEvent(const YamlValue& value) {
  auto map = value.map();
  state::OutcomeEvent event;
  const auto type = map.require("type");
  event.eventType = type.string();
  if (!sms_voice_v2::findEventType(event.eventType)) {
    type.fail(
        error_id::kInvalidValue,
        "unknown event type '" + event.eventType + "'; an outcome's events are one of " + [] {
          std::string names;
          for (const auto& name : sms_voice_v2::emittableEventTypes()) {
            names += names.empty() ? name : ", " + name;
          }
          return names;
        }());
  }
  if (auto after = map.get("after"))
    event.afterSeconds = after->number(0, sms_voice_v2::kFinalStatusDeadlineSeconds);
  if (auto isFinal = map.get("isFinal")) event.isFinal = isFinal->boolean();
  map.rejectUnknownKeys();
  return event;
}

}  // namespace

std::shared_ptr<const SeedPart> readOutcomesSeed(const YamlValue& value) {
  auto seed = std::make_shared<OutcomesSeed>();
  for (const auto& item : value.items()) {
    auto map = item.map();
    state::ScriptedOutcome outcome;
    outcome.destination = readDestination(map.require("destination"));
    if (auto account = map.get("account")) {
      outcome.accountId = account->string();
      if (!aws_names::isAccountId(outcome.accountId)) {
        account->fail(error_id::kInvalidValue, "an account id is 12 digits");
      }
    }
    if (auto region = map.get("region")) {
      outcome.region = region->string();
      if (!aws_names::isRegionName(outcome.region)) {
        region->fail(error_id::kInvalidValue, "'" + outcome.region + "' is not a region name");
      }
    }
    const auto events = map.require("events");
    for (const auto& event : events.items()) outcome.events.push_back(readEvent(event));
    if (outcome.events.empty()) events.fail(error_id::kInvalidValue, "an outcome needs events");
    map.rejectUnknownKeys();
    seed->outcomes.push_back(std::move(outcome));
  }
  return seed;
}

}  // namespace smsim::scenario
