#pragma once
// Does a step's answer look like its `expect` says? Kept apart from the HTTP client so the
// comparison has its own unit tests.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scenario/step.hpp"

namespace smsim::scenario {

// One answer as the step runner saw it; `transportError` set when no HTTP response came back.
struct StepAnswer {
  std::optional<std::string> transportError;
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  std::optional<std::string> header(const std::string& name) const;  // case-insensitive
};

// nullopt when the answer meets the expectation, else what differs.
std::optional<std::string> stepMismatch(const StepExpect& expect, const StepAnswer& answer);
// "200", "400 ThrottlingException", "transport error: ..."
std::string describeAnswer(const StepAnswer& answer);

}  // namespace smsim::scenario
