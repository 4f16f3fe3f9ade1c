// Reads `steps`: each kind of step becomes one HTTP call to the simulator's front door.
#include <set>

#include "common/api_paths.hpp"
#include "common/json_text.hpp"
#include "scenario/rule_reader.hpp"
#include "scenario/step.hpp"

namespace smsim::scenario {

namespace {

constexpr std::int64_t kMaxRepeat = 100'000;
constexpr double kMaxAdvanceSeconds = 100.0 * 365 * 24 * 3600;
constexpr const char* kAwsContentType = "application/x-amz-json-1.0";
constexpr const char* kFormContentType = "application/x-www-form-urlencoded";
constexpr const char* kJsonContentType = "application/json";
// In an Authorization credential, a region smsim does not read as one, so its default applies.
constexpr const char* kNoRegion = "_";
constexpr const char* kNoAccount = "AKIDSMSIMSCENARIO";

std::string percentEncode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '_' || c == '.' || c == '~') {
      encoded.push_back(static_cast<char>(c));
    } else {
      encoded.push_back('%');
      encoded.push_back(kHex[c >> 4]);
      encoded.push_back(kHex[c & 15]);
    }
  }
  return encoded;
}

std::vector<std::pair<std::string, std::string>> readStringMap(const YamlValue& value) {
  std::vector<std::pair<std::string, std::string>> pairs;
  auto map = value.map();
  for (auto& [name, text] : map.entries()) pairs.emplace_back(name, text.string());
  return pairs;
}

HttpCall readAwsCall(const YamlValue& value, std::string& summary) {
  auto map = value.map();
  const auto operation = map.require("operation").string();
  summary = "aws " + operation;
  HttpCall call;
  call.target = "/";
  call.contentType = kAwsContentType;
  call.headers.emplace_back("X-Amz-Target", std::string(api_path::kAwsTargetPrefix) + operation);
  auto account = map.get("account");
  auto region = map.get("region");
  if (account || region) {
    call.headers.emplace_back(
        "Authorization",
        "AWS4-HMAC-SHA256 Credential=" + (account ? account->string() : std::string(kNoAccount)) +
            "/20240101/" + (region ? region->string() : std::string(kNoRegion)) +
            "/sms-voice/aws4_request, SignedHeaders=host;x-amz-target, "
            "Signature=0");
  }
  if (auto headers = map.get("headers")) {
    for (auto& header : readStringMap(*headers)) call.headers.push_back(std::move(header));
  }
  auto input = map.get("input");
  auto rawBody = map.get("rawBody");
  if (input && rawBody) value.fail(error_id::kInvalidValue, "use input or rawBody, not both");
  if (rawBody) {
    call.body = rawBody->string();
  } else {
    const auto json = input ? input->json() : nlohmann::json::object();
    if (!json.is_object()) input->fail(error_id::kInvalidValue, "expected a mapping");
    call.body = safeDump(json);
  }
  map.rejectUnknownKeys();
  return call;
}

HttpCall readConvosoCall(const YamlValue& value, std::string& summary) {
  auto map = value.map();
  const auto pathValue = map.require("path");
  auto path = pathValue.string();
  if (!path.starts_with("/"))
    path = std::string(api_path::kConvosoPrefix) + path;  // "sms-opt-out/insert"
  summary = "convoso " + path;
  HttpCall call;
  if (auto method = map.get("method")) {
    call.method = method->string();
    if (call.method != "GET" && call.method != "POST") {
      method->fail(error_id::kInvalidValue, "Convoso calls are GET or POST");
    }
  }
  std::string encoded;
  if (auto params = map.get("params")) {
    for (const auto& [name, text] : readStringMap(*params)) {
      encoded += (encoded.empty() ? "" : "&") + percentEncode(name) + "=" + percentEncode(text);
    }
  }
  if (call.method == "GET") {
    call.target = encoded.empty() ? path : path + "?" + encoded;
  } else {
    call.target = path;
    call.body = encoded;
    call.contentType = kFormContentType;
  }
  map.rejectUnknownKeys();
  return call;
}

// A member for a step's summary, whatever its type: the inbound body is checked by the server
// that receives it, not here (json::value would throw on a member that is not a string).
std::string summaryText(const nlohmann::json& message, const char* key, const char* fallback) {
  const auto found = message.find(key);
  if (found == message.end()) return fallback;
  return found->is_string() ? found->get<std::string>() : safeDump(*found);
}

HttpCall readInboundCall(const YamlValue& value, std::string& summary) {
  const auto message = value.json();
  if (!message.is_object()) value.fail(error_id::kInvalidValue, "expected a mapping");
  summary = "inbound " + summaryText(message, "messageBody", "") + " from " +
            summaryText(message, "originationNumber", "?");
  return {"POST", "/_smsim/inbound", {}, safeDump(message), kJsonContentType};
}

HttpCall readClockAdvance(const YamlValue& value, std::string& summary) {
  double seconds = 0;
  if (value.isScalar()) {
    seconds = value.number(0, kMaxAdvanceSeconds);
  } else {
    auto map = value.map();
    constexpr std::pair<const char*, double> kUnits[] = {
        {"seconds", 1}, {"minutes", 60}, {"hours", 3600}, {"days", 86400}};
    bool any = false;
    for (const auto& [unit, factor] : kUnits) {
      if (auto amount = map.get(unit)) {
        seconds += amount->number(0, kMaxAdvanceSeconds / factor) * factor;
        any = true;
      }
    }
    map.rejectUnknownKeys();
    if (!any) value.fail(error_id::kMissingKey, "needs seconds, minutes, hours or days");
    if (seconds > kMaxAdvanceSeconds) value.fail(error_id::kInvalidValue, "more than 100 years");
  }
  summary = "advance the clock " + std::to_string(static_cast<long long>(seconds)) + " s";
  return {"POST", "/_smsim/clock", {}, safeDump({{"advanceSeconds", seconds}}), kJsonContentType};
}

HttpCall readHttpCall(const YamlValue& value, std::string& summary) {
  auto map = value.map();
  HttpCall call;
  call.method = map.get("method") ? map.get("method")->string() : "GET";
  call.target = map.require("path").string();
  if (auto headers = map.get("headers")) call.headers = readStringMap(*headers);
  if (auto body = map.get("body")) {
    const auto json = body->json();
    call.body = json.is_string() ? json.get<std::string>() : safeDump(json);
    call.contentType = json.is_string() ? "text/plain" : kJsonContentType;
  }
  map.rejectUnknownKeys();
  summary = call.method + " " + call.target;
  return call;
}

Step readStep(const YamlValue& value) {
  auto map = value.map();
  Step step;
  step.position = value.position();
  std::string summary;
  const auto kind = map.exactlyOneOf({"aws", "convoso", "inbound", "advanceClock", "http"});
  const auto body = map.require(kind);
  if (kind == "aws") step.call = readAwsCall(body, summary);
  if (kind == "convoso") step.call = readConvosoCall(body, summary);
  if (kind == "inbound") step.call = readInboundCall(body, summary);
  if (kind == "advanceClock") step.call = readClockAdvance(body, summary);
  if (kind == "http") step.call = readHttpCall(body, summary);
  step.name = map.get("name") ? map.get("name")->string() : summary;
  if (auto repeat = map.get("repeat")) {
    step.repeat = static_cast<std::uint64_t>(repeat->integer(1, kMaxRepeat));
  }
  if (auto expect = map.get("expect")) step.expect = readStepExpect(*expect);
  map.rejectUnknownKeys();
  return step;
}

}  // namespace

StepExpect readStepExpect(const YamlValue& value) {
  auto map = value.map();
  StepExpect expect;
  if (auto status = map.get("status")) expect.status = static_cast<int>(status->integer(100, 599));
  if (auto error = map.get("error")) expect.error = error->string();
  if (auto message = map.get("message")) expect.message = message->string();
  if (auto members = map.get("members")) {
    expect.members = members->json();
    if (!expect.members.is_object()) members->fail(error_id::kInvalidValue, "expected a mapping");
  }
  if (auto body = map.get("body")) expect.body = body->json();
  if (auto headers = map.get("headers")) {
    auto headerMap = headers->map();
    for (auto& [name, matcher] : headerMap.entries()) {
      expect.headers.emplace_back(name, readTextMatcher(matcher));
    }
  }
  if (auto transportError = map.get("transportError")) {
    expect.transportError = transportError->boolean();
    if (expect.transportError && (expect.status || expect.error || !expect.body.is_null())) {
      transportError->fail(error_id::kInvalidValue,
                           "a call that fails below HTTP has no status, error or body to check");
    }
  }
  map.rejectUnknownKeys();
  return expect;
}

std::vector<Step> readSteps(const YamlValue& value) {
  std::vector<Step> steps;
  for (const auto& item : value.items()) steps.push_back(readStep(item));
  return steps;
}

}  // namespace smsim::scenario
