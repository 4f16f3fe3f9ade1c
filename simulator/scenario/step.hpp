#pragma once
// A scenario's `steps`: the script `smsim run` plays against the simulator, each step one HTTP
// call through the front door (an AWS call, a Convoso call, an inbound message, a clock advance,
// or any request) with what its answer must look like.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scenario/scenario_error.hpp"
#include "scenario/text_matcher.hpp"
#include "scenario/yaml_value.hpp"

namespace smsim::scenario {

struct HttpCall {
  std::string method = "POST";
  std::string target;  // path and query string
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string contentType;
};

struct StepExpect {
  std::optional<int> status;           // when status, error and transportError are all absent: 200
  std::optional<std::string> error;    // AWS error type (x-amzn-ErrorType or __type)
  std::optional<std::string> message;  // text the error message must contain
  nlohmann::json members;              // members the error body must have (null: no check)
  nlohmann::json body;                 // members the body must have (null: no check)
  std::vector<std::pair<std::string, TextMatcher>> headers;
  bool transportError = false;  // the call must fail below HTTP (reset, closed, truncated)
};

struct Step {
  std::string name;
  SourcePosition position;
  HttpCall call;
  std::uint64_t repeat = 1;
  StepExpect expect;
};

std::vector<Step> readSteps(const YamlValue& value);

// Reads `{status, error, message, members, body, headers, transportError}`.
StepExpect readStepExpect(const YamlValue& value);

}  // namespace smsim::scenario
