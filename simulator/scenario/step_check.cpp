#include "scenario/step_check.hpp"

#include <nlohmann/json.hpp>

#include "common/json_depth.hpp"
#include "common/json_text.hpp"
#include "common/text.hpp"
#include "scenario/json_subset.hpp"
#include "scenario/request_facts.hpp"

namespace smsim::scenario {

namespace {

constexpr int kOk = 200;
constexpr int kFirstErrorStatus = 400;

nlohmann::json parsedBody(const StepAnswer& answer) {
  // Compared and described recursively below, so never deeper than a request's fields may be.
  if (exceedsJsonDepth(answer.body, kMaxFieldsDepth)) return nlohmann::json();
  auto parsed = nlohmann::json::parse(answer.body, nullptr, /*allow_exceptions=*/false);
  return parsed.is_discarded() ? nlohmann::json() : parsed;
}

// The AWS error type as botocore reads it: x-amzn-ErrorType up to ':', else __type after '#'.
std::string awsErrorType(const StepAnswer& answer, const nlohmann::json& body) {
  if (auto header = answer.header("x-amzn-ErrorType")) return header->substr(0, header->find(':'));
  if (body.is_object() && body.contains("__type") && body["__type"].is_string()) {
    auto type = body["__type"].get<std::string>();
    return type.substr(type.find('#') == std::string::npos ? 0 : type.find('#') + 1);
  }
  return "";
}

std::string errorMessage(const nlohmann::json& body) {
  if (!body.is_object()) return "";
  for (const char* key : {"message", "Message", "text"}) {
    if (body.contains(key) && body[key].is_string()) return body[key].get<std::string>();
  }
  return "";
}

}  // namespace

std::optional<std::string> StepAnswer::header(const std::string& name) const {
  for (const auto& [key, value] : headers) {
    if (equalsIgnoringCase(key, name)) return value;
  }
  return std::nullopt;
}

std::string describeAnswer(const StepAnswer& answer) {
  if (answer.transportError) return "transport error (" + *answer.transportError + ")";
  auto text = std::to_string(answer.status);
  const auto type = awsErrorType(answer, parsedBody(answer));
  if (!type.empty()) text += " " + type;
  return text;
}

std::optional<std::string> stepMismatch(const StepExpect& expect, const StepAnswer& answer) {
  if (answer.transportError) {
    if (expect.transportError) return std::nullopt;
    return "expected an HTTP answer, got a transport error (" + *answer.transportError + ")";
  }
  if (expect.transportError) {
    return "expected a transport error, got " + describeAnswer(answer);
  }
  const auto body = parsedBody(answer);
  if (expect.status && answer.status != *expect.status) {
    return "expected status " + std::to_string(*expect.status) + ", got " + describeAnswer(answer);
  }
  if (!expect.status && !expect.error && answer.status != kOk) {
    return "expected status 200, got " + describeAnswer(answer) + ": " + answer.body.substr(0, 300);
  }
  if (expect.error) {
    const auto type = awsErrorType(answer, body);
    if (answer.status < kFirstErrorStatus || type != *expect.error) {
      return "expected " + *expect.error + ", got " + describeAnswer(answer);
    }
  }
  if (expect.message && errorMessage(body).find(*expect.message) == std::string::npos) {
    return "expected a message containing \"" + *expect.message + "\", got \"" +
           errorMessage(body) + "\"";
  }
  if (!expect.members.is_null()) {
    if (auto mismatch = jsonSubsetMismatch(body, expect.members))
      return "error members: " + *mismatch;
  }
  if (!expect.body.is_null()) {
    if (expect.body.is_string()) {
      if (answer.body != expect.body.get<std::string>()) {
        return "expected the body " + safeDump(expect.body) + ", got " +
               safeDump(answer.body.substr(0, 300));
      }
    } else if (auto mismatch = jsonSubsetMismatch(body, expect.body)) {
      return "body: " + *mismatch;
    }
  }
  for (const auto& [name, matcher] : expect.headers) {
    const auto value = answer.header(name);
    if (!matcher.matches(value)) {
      return "expected header " + name + " " + matcher.describe() + ", got " +
             (value ? "\"" + *value + "\"" : std::string("none"));
    }
  }
  return std::nullopt;
}

}  // namespace smsim::scenario
