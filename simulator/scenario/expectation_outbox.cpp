// `messages`: what smsim "sent" (the outbox), e.g. "nothing was ever texted to +1...", or "the
// STOP reply went out once".
#include "scenario/expectation.hpp"

namespace smsim::scenario {

namespace {

class MessagesExpectation : public Expectation {
 public:
  state::OutboxFilter filter;
  std::optional<std::string> region;
  std::optional<std::string> bodyContains;
  std::optional<std::string> status;
  std::optional<std::string> origin;
  CountExpectation count;

  ExpectationResult evaluate(const ExpectationSource& source) const override {
    std::uint64_t found = 0;
    for (const auto& message : source.store.outbox().list(filter)) {
      if (region && message.region != *region) continue;
      if (status && message.status != *status) continue;
      if (origin && message.origin != *origin) continue;
      if (bodyContains && message.messageBody.find(*bodyContains) == std::string::npos) continue;
      ++found;
    }
    return {count.accepts(found),
            std::to_string(found) + (found == 1 ? " message" : " messages") + " sent"};
  }
};

}  // namespace

std::shared_ptr<Expectation> readMessagesExpectation(YamlMap& item) {
  auto expectation = std::make_shared<MessagesExpectation>();
  auto fields = item.require("messages").map();
  if (auto value = fields.get("destination")) expectation->filter.destination = value->string();
  if (auto value = fields.get("origination")) expectation->filter.origination = value->string();
  if (auto value = fields.get("account")) expectation->filter.accountId = value->string();
  if (auto value = fields.get("region")) expectation->region = value->string();
  if (auto value = fields.get("bodyContains")) expectation->bodyContains = value->string();
  if (auto value = fields.get("status")) expectation->status = value->string();
  if (auto value = fields.get("origin")) expectation->origin = value->string();
  fields.rejectUnknownKeys();
  expectation->count = readCountExpectation(item);
  std::string text = "messages";
  if (expectation->filter.origination) text += " from " + *expectation->filter.origination;
  if (expectation->filter.destination) text += " to " + *expectation->filter.destination;
  if (expectation->bodyContains) text += " containing \"" + *expectation->bodyContains + "\"";
  if (expectation->origin) text += " (" + *expectation->origin + ")";
  if (expectation->status) text += " " + *expectation->status;
  expectation->name = text + " sent " + expectation->count.describe();
  return expectation;
}

}  // namespace smsim::scenario
