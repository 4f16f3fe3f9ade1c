// Fuzzes the scenario loader: the input is a whole document (YAML or JSON), read as
// `POST /_smsim/scenarios`, `smsim validate` and `smsim serve --scenario` read it, and every rule
// it loads is then matched against one call (its text patterns run). A ScenarioError is the
// expected answer to a bad document; any other exception, a crash, a hang or runaway memory is
// a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "scenario/rule_matcher.hpp"
#include "scenario/scenario.hpp"

namespace {

// A call with a bit of everything a rule can look at.
smsim::scenario::RequestFacts sampleCall() {
  smsim::scenario::RequestFacts call;
  call.api = smsim::scenario::api_name::kAws;
  call.operation = "SendTextMessage";
  call.method = "POST";
  call.path = "/";
  call.accountId = "123456789012";
  call.region = "us-east-1";
  call.header = [](std::string_view) { return std::string("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"); };
  call.setFields({{"DestinationPhoneNumber", "+14155550100"}, {"MessageBody", "STOP"}});
  return call;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const auto scenario = smsim::scenario::parseScenario(text, "fuzz.yaml");
    static const auto call = sampleCall();
    for (const auto& rule : scenario.rules) smsim::scenario::matchesCall(rule.match, call);
  } catch (const smsim::scenario::ScenarioError&) {
    // A refused document: the loader's job.
  }
  return 0;
}
