// `events`: the delivery events smsim emitted (GET /_smsim/events), e.g. "the message to +1...
// ended TEXT_BLOCKED" or "the Firehose stream received 2 records".
#include "scenario/expectation.hpp"
#include "services/sms_voice_v2/message_event_types.hpp"

namespace smsim::scenario {

namespace {

class EventsExpectation : public Expectation {
 public:
  state::MessageEventFilter filter;
  std::optional<bool> isFinal;
  CountExpectation count;

  ExpectationResult evaluate(const ExpectationSource& source) const override {
    std::uint64_t found = 0;
    for (const auto& event : source.store.messageEvents().emitted(filter)) {
      if (isFinal && event.record.value("isFinal", false) != *isFinal) continue;
      ++found;
    }
    return {count.accepts(found),
            std::to_string(found) + (found == 1 ? " event" : " events") + " emitted"};
  }
};

}  // namespace

std::shared_ptr<Expectation> readEventsExpectation(YamlMap& item) {
  auto expectation = std::make_shared<EventsExpectation>();
  auto fields = item.require("events").map();
  auto& filter = expectation->filter;
  if (auto value = fields.get("messageId")) filter.messageId = value->string();
  if (auto value = fields.get("destination")) filter.destination = value->string();
  if (auto value = fields.get("type")) {
    filter.eventType = value->string();
    if (!sms_voice_v2::findEventType(*filter.eventType)) {
      value->fail(error_id::kInvalidValue, "unknown event type '" + *filter.eventType + "'");
    }
  }
  if (auto value = fields.get("account")) filter.accountId = value->string();
  if (auto value = fields.get("region")) filter.region = value->string();
  if (auto value = fields.get("target")) filter.targetArn = value->string();
  if (auto value = fields.get("isFinal")) expectation->isFinal = value->boolean();
  fields.rejectUnknownKeys();
  expectation->count = readCountExpectation(item);
  std::string text = "events";
  if (filter.eventType) text = *filter.eventType + " events";
  if (filter.destination) text += " for " + *filter.destination;
  if (filter.targetArn) text += " delivered to " + *filter.targetArn;
  expectation->name = text + " emitted " + expectation->count.describe();
  return expectation;
}

}  // namespace smsim::scenario
