// `calls`: how often the journal shows calls like these, e.g. "SendTextMessage to +1... 0 times".
#include "common/json_text.hpp"
#include "scenario/expectation.hpp"
#include "scenario/request_facts.hpp"
#include "scenario/rule_matcher.hpp"
#include "scenario/rule_reader.hpp"

namespace smsim::scenario {

namespace {

class CallsExpectation : public Expectation {
 public:
  RuleMatch match;
  std::optional<int> status;
  std::optional<std::string> error;
  std::optional<std::string> rule;
  CountExpectation count;

  ExpectationResult evaluate(const ExpectationSource& source) const override {
    std::uint64_t found = 0;
    for (const auto& entry : source.journal.list({})) {
      if (status && entry.status != *status) continue;
      if (error && entry.errorType != *error) continue;
      if (rule && entry.rule != *rule && !entry.rule.ends_with("/" + *rule)) continue;
      RequestFacts facts;
      facts.api = entry.api;
      facts.operation = entry.operation;
      facts.method = entry.method;
      facts.path = entry.path;
      facts.accountId = entry.accountId;
      facts.region = entry.region;
      // Read from the text with a depth check: a journaled body may nest half a million levels.
      facts.setFields(fieldsOfJsonBody(entry.requestBody));
      if (matchesCall(match, facts)) ++found;
    }
    return {count.accepts(found),
            "called " + std::to_string(found) + (found == 1 ? " time" : " times")};
  }
};

std::string describe(const CallsExpectation& calls) {
  std::string text;
  if (calls.match.operations.empty()) {
    text = calls.match.api ? *calls.match.api + " calls" : "calls";
  } else {
    for (const auto& operation : calls.match.operations) {
      text += (text.empty() ? "" : " or ") + operation;
    }
  }
  if (!calls.match.request.is_null()) text += " with " + safeDump(calls.match.request);
  if (calls.error) text += " failing with " + *calls.error;
  if (calls.status) text += " answered " + std::to_string(*calls.status);
  if (calls.rule) text += " through rule " + *calls.rule;
  return text + " called " + calls.count.describe();
}

}  // namespace

std::shared_ptr<Expectation> readCallsExpectation(YamlMap& item) {
  auto expectation = std::make_shared<CallsExpectation>();
  auto filter = item.require("calls").map();
  readCallMatch(filter, expectation->match, /*withHeaders=*/false);
  if (auto status = filter.get("status")) {
    expectation->status = static_cast<int>(status->integer(0, 599));
  }
  if (auto error = filter.get("error")) expectation->error = error->string();
  if (auto rule = filter.get("rule")) expectation->rule = rule->string();
  filter.rejectUnknownKeys();
  expectation->count = readCountExpectation(item);
  expectation->name = describe(*expectation);
  return expectation;
}

}  // namespace smsim::scenario
