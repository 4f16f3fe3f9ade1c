#include "server/scenario_rules.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <thread>

#include "protocols/aws_json/aws_json_adapter.hpp"
#include "protocols/aws_json/credential_scope.hpp"
#include "scenario/json_text.hpp"
#include "scenario/request_facts.hpp"
#include "server/connection_fault.hpp"
#include "server/logging.hpp"
#include "services/common/ids.hpp"
#include "services/convoso/convoso_error.hpp"
#include "state/journal.hpp"

namespace smsim::server {

namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;
using HandlerResponse = httplib::Server::HandlerResponse;

constexpr std::string_view kAwsTargetPrefix = "PinpointSMSVoiceV2.";
constexpr std::string_view kConvosoPathPrefix = "/v1/";
constexpr const char* kConvosoContentType = "application/json";
constexpr const char* kTextContentType = "text/plain";
constexpr int kOk = 200;
constexpr int kNoAnswer = 0;  // journaled status of a call whose connection broke unanswered
constexpr int kTooManyRequests = 429;
constexpr int kInternalServerError = 500;
constexpr int kServiceUnavailable = 503;
constexpr const char* kThrottling = "ThrottlingException";
constexpr const char* kServiceUnavailableType = "ServiceUnavailableException";
constexpr const char* kInternalServerType = "InternalServerException";

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::optional<scenario::RequestFacts> callFacts(const SimulatorState& state,
                                                const httplib::Request& request) {
  scenario::RequestFacts facts;
  if (request.path == "/" && request.method == "POST") {
    facts.api = scenario::api_name::kAws;
    auto target = request.get_header_value("X-Amz-Target");
    facts.operation =
        target.starts_with(kAwsTargetPrefix) ? target.substr(kAwsTargetPrefix.size()) : target;
    const auto scope = aws_json::scopeFromAuthorization(
        request.get_header_value("Authorization"),
        {state.config.defaultAccountId, state.config.defaultRegion});
    facts.accountId = scope.accountId;
    facts.region = scope.region;
    facts.setFieldsLoader([&request] { return scenario::fieldsOfJsonBody(request.body); });
  } else if (request.path.starts_with(kConvosoPathPrefix)) {
    facts.api = scenario::api_name::kConvoso;
    facts.operation = request.path.substr(kConvosoPathPrefix.size());
    facts.setFieldsLoader([&request] {
      auto fields = nlohmann::json::object();
      for (const auto& [name, value] : request.params) {
        if (!fields.contains(name)) fields[name] = value;
      }
      return fields;
    });
  } else {
    return std::nullopt;
  }
  facts.method = request.method;
  facts.path = request.path;
  facts.header = [&request](std::string_view name) -> std::optional<std::string> {
    const std::string key(name);
    if (!request.has_header(key)) return std::nullopt;
    return request.get_header_value(key);
  };
  return facts;
}

int awsErrorStatus(const std::string& type) {
  if (type == kServiceUnavailableType) return kServiceUnavailable;
  if (type == kInternalServerType) return kInternalServerError;
  return aws_json::statusForError(type);
}

std::string defaultAwsMessage(const std::string& type, const std::string& ruleId) {
  if (type == kThrottling) return "Rate exceeded";
  return "Injected by smsim scenario rule " + ruleId + ".";
}

std::string defaultConvosoText(int code) {
  namespace codes = convoso::error_code;
  for (const auto& known :
       {codes::kMissingPhoneCode, codes::kMissingCampaignId, codes::kMissingPhoneNumber,
        codes::kPhoneNumberNotFound, codes::kUnknownCampaignId, codes::kInvalidCampaignId,
        codes::kInvalidPhoneNumber, codes::kPhoneNumberExists, codes::kInvalidCountryCode,
        codes::kInvalidId, codes::kInvalidPurpose, codes::kInvalidReason, codes::kCombinationExists,
        codes::kPurposeRequired, codes::kInvalidOffset, codes::kInvalidAuthToken}) {
    if (known.code == code) return std::string(known.text);
  }
  return "Error " + std::to_string(code);
}

// What a rule answers, before it is written: status, headers and body.
struct Answer {
  int status = kOk;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string contentType;
  std::string errorType;
  nlohmann::json bodyJson;  // what `body` is written from
};

Answer answerFor(const scenario::RuleDecision& decision, const scenario::RequestFacts& call) {
  const auto& rule = *decision.rule;
  const bool aws = call.api == scenario::api_name::kAws;
  Answer answer;
  answer.contentType = aws ? aws_json::kContentType : kConvosoContentType;
  if (aws) answer.headers.emplace_back("x-amzn-RequestId", services::newUuid());

  scenario::RuleResponse response;
  if (rule.respond) {
    response = *rule.respond;
  } else if (aws) {  // over `rate`: throttled as AWS throttles
    response.awsError = scenario::AwsErrorResponse{kThrottling, "", nlohmann::json::object()};
  } else {
    response.status = kTooManyRequests;
    response.headers.emplace_back(
        "Retry-After", std::to_string(static_cast<long long>(std::ceil(rule.rate->windowSeconds))));
    response.body = nlohmann::json{{"success", false}, {"text", "Too Many Requests"}};
  }

  if (response.awsError) {
    const auto& error = *response.awsError;
    answer.status = response.status.value_or(awsErrorStatus(error.type));
    answer.errorType = error.type;
    answer.bodyJson = aws_json::errorBody(
        error.type,
        error.message.empty() ? defaultAwsMessage(error.type, decision.id()) : error.message,
        error.members);
    answer.headers.emplace_back("x-amzn-ErrorType", error.type);
  } else if (response.convosoError) {
    const auto& error = *response.convosoError;
    answer.status = response.status.value_or(kOk);
    answer.errorType = std::to_string(error.code);
    answer.bodyJson = {{"success", false},
                       {"code", error.code},
                       {"text", error.text.empty() ? defaultConvosoText(error.code) : error.text}};
  } else if (response.body) {
    answer.status = response.status.value_or(kOk);
    answer.bodyJson = *response.body;
    if (response.body->is_string()) answer.contentType = kTextContentType;
  } else {
    answer.status = response.status.value_or(kOk);
  }
  answer.body =
      answer.bodyJson.is_string()
          ? answer.bodyJson.get<std::string>()
          : (answer.bodyJson.is_null() ? std::string() : scenario::dumpJson(answer.bodyJson));
  for (const auto& header : response.headers) {
    if (equalsIgnoringCase(header.first, "Content-Type")) {
      answer.contentType = header.second;
    } else {
      answer.headers.push_back(header);
    }
  }
  return answer;
}

// A fault's effect on the wire.
void applyFault(scenario::FaultKind fault, const scenario::RequestFacts& call,
                const httplib::Request& request, httplib::Response& response) {
  const bool aws = call.api == scenario::api_name::kAws;
  const std::string contentType = aws ? aws_json::kContentType : kConvosoContentType;
  // What a valid answer could have started like, cut short.
  const std::string partial = aws ? R"({"OptOutListArn":"arn:aws:sms-voice:)"
                                  : R"({"success":true,"data":{"entries":[{"id":")";
  switch (fault) {
    case scenario::FaultKind::ConnectionReset:
      if (resetConnection(request)) return;
      break;
    case scenario::FaultKind::EmptyResponse:
      if (closeConnection(request)) return;
      break;
    case scenario::FaultKind::MalformedResponse:
      response.status = kOk;
      response.set_content(partial, contentType);
      return;
    case scenario::FaultKind::TruncatedResponse:
      break;
  }
  if (fault != scenario::FaultKind::TruncatedResponse) {
    logEvent(spdlog::level::warn, "connection not found; answering a truncated response instead",
             {{"fault", scenario::faultName(fault)}, {"path", request.path}});
  }
  // Truncated (and the fallback when the socket could not be found): the headers promise twice
  // the body that is sent, then the connection closes.
  response.status = kOk;
  response.set_content_provider(partial.size() * 2, contentType,
                                [partial](std::size_t, std::size_t, httplib::DataSink& sink) {
                                  sink.write(partial.data(), partial.size());
                                  return false;
                                });
}

}  // namespace

HandlerResponse applyScenarioRules(SimulatorState& state, const httplib::Request& request,
                                   httplib::Response& response) {
  if (!state.scenarios.hasRules()) return HandlerResponse::Unhandled;
  const auto started = std::chrono::steady_clock::now();
  auto call = callFacts(state, request);
  if (!call) return HandlerResponse::Unhandled;
  const auto decision = state.scenarios.decide(*call, state.clock.nowEpochSeconds());
  if (!decision) return HandlerResponse::Unhandled;

  const auto ruleId = decision->id();
  response.set_header(kRuleHeader, ruleId);
  if (decision->delayMs > 0) {
    std::this_thread::sleep_for(Milliseconds(decision->delayMs));
  }
  const auto& rule = *decision->rule;
  if (!rule.fault && !rule.respond && !decision->overRate) {
    return HandlerResponse::Unhandled;  // delayed, or moved a sequence on: served as usual
  }

  state::JournalEntry entry{.timestamp = state.clock.nowEpochSeconds(),
                            .api = call->api,
                            .operation = call->operation,
                            .method = request.method,
                            .path = request.path,
                            .status = 0,
                            .errorType = "",
                            .accountId = call->accountId,
                            .region = call->region,
                            .requestBody = call->api == scenario::api_name::kAws
                                               ? request.body
                                               : scenario::dumpJson(call->fields()),
                            .responseBody = "",
                            .durationMs = 0,
                            .rule = ruleId};
  if (rule.fault) {
    const bool dropsConnection = *rule.fault == scenario::FaultKind::ConnectionReset ||
                                 *rule.fault == scenario::FaultKind::EmptyResponse;
    entry.status = dropsConnection ? kNoAnswer : kOk;
    entry.errorType = scenario::faultName(*rule.fault);
  } else {
    auto answer = answerFor(*decision, *call);
    response.status = answer.status;
    for (const auto& [name, value] : answer.headers) response.set_header(name, value);
    response.set_content(answer.body, answer.contentType);
    entry.status = answer.status;
    entry.errorType = std::move(answer.errorType);
    entry.responseBody = std::move(answer.body);
  }
  entry.durationMs = Milliseconds(std::chrono::steady_clock::now() - started).count();
  logEvent(spdlog::level::info, "request",
           {{"method", request.method},
            {"path", request.path},
            {"operation", entry.operation},
            {"status", entry.status},
            {"error", entry.errorType.empty() ? "-" : entry.errorType},
            {"rule", ruleId},
            {"ms", std::round(entry.durationMs * 1000) / 1000}});
  // Journaled before the fault: a client may read the journal the moment its connection breaks.
  state.journal.record(std::move(entry));
  if (rule.fault) applyFault(*rule.fault, *call, request, response);
  return HandlerResponse::Handled;
}

}  // namespace smsim::server
