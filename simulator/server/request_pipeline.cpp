#include "server/request_pipeline.hpp"

#include <chrono>
#include <cmath>
#include <thread>

#include "common/http_status.hpp"
#include "common/json_text.hpp"
#include "common/logging.hpp"
#include "common/text.hpp"
#include "server/connection_fault.hpp"
#include "services/common/ids.hpp"

namespace smsim::server {

namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;
constexpr int kNoAnswer = 0;  // journaled status of a call whose connection broke unanswered
constexpr const char* kTextContentType = "text/plain";

double millisecondsSince(std::chrono::steady_clock::time_point started) {
  return Milliseconds(std::chrono::steady_clock::now() - started).count();
}

scenario::RequestFacts factsOf(const ApiCall& call, const httplib::Request& request) {
  scenario::RequestFacts facts;
  facts.api = call.api;
  facts.operation = call.operation;
  facts.method = request.method;
  facts.path = request.path;
  facts.accountId = call.scope.accountId;
  facts.region = call.scope.region;
  facts.header = [&request](std::string_view name) -> std::optional<std::string> {
    const std::string key(name);
    if (!request.has_header(key)) return std::nullopt;
    return request.get_header_value(key);
  };
  facts.setFieldsLoader([&call] { return call.fields(); });
  return facts;
}

// What a rule's `respond` (or its exceeded `rate`) answers, in the binding's format.
Answer ruleAnswer(const std::vector<const ApiBinding*>& bindings, const ApiBinding& binding,
                  const scenario::RuleDecision& decision) {
  const auto& rule = *decision.rule;
  if (!rule.respond) return binding.throttled(rule.rate->windowSeconds);
  const auto& respond = *rule.respond;
  Answer answer;
  answer.contentType = binding.contentType();
  // An error of the call's own API first; a rule may also answer with another API's error.
  std::optional<Answer> error = binding.ruleError(respond, decision.id());
  for (const auto* other : bindings) {
    if (!error) error = other->ruleError(respond, decision.id());
  }
  if (error) {
    answer = std::move(*error);
  } else if (respond.body) {
    if (respond.body->is_string()) {
      answer.body = respond.body->get<std::string>();
      answer.contentType = kTextContentType;
    } else if (!respond.body->is_null()) {
      answer.body = safeDump(*respond.body);
    }
  }
  if (respond.status) answer.status = *respond.status;
  for (const auto& header : respond.headers) {
    if (equalsIgnoringCase(header.first, "Content-Type")) {
      answer.contentType = header.second;
    } else {
      answer.headers.push_back(header);
    }
  }
  return answer;
}

// A fault's effect on the wire.
void applyFault(scenario::FaultKind fault, const ApiBinding& binding,
                const httplib::Request& request, httplib::Response& response) {
  switch (fault) {
    case scenario::FaultKind::ConnectionReset:
      if (resetConnection(request)) return;
      break;
    case scenario::FaultKind::EmptyResponse:
      if (closeConnection(request)) return;
      break;
    case scenario::FaultKind::MalformedResponse:
      response.status = http_status::kOk;
      response.set_content(binding.partialBody(), binding.contentType());
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
  const auto partial = binding.partialBody();
  response.status = http_status::kOk;
  response.set_content_provider(partial.size() * 2, binding.contentType(),
                                [partial](std::size_t, std::size_t, httplib::DataSink& sink) {
                                  sink.write(partial.data(), partial.size());
                                  return false;
                                });
}

// A value that is absent is null (JSON logs) or `-` (text logs), never an empty or made-up string.
nlohmann::ordered_json orNull(const std::string& value) {
  return value.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(value);
}

// One log line per call, control calls included.
void logCall(const ApiCall& call, const httplib::Request& request, const CallOutcome& outcome,
             const std::string& ruleId, double durationMs) {
  if (!spdlog::should_log(spdlog::level::info)) return;  // ~8% of a request's instructions
  nlohmann::ordered_json fields = {{"method", request.method},
                                   {"path", request.path},
                                   {"operation", call.operation},
                                   {"status", outcome.status},
                                   {"error", orNull(outcome.errorType)},
                                   {"requestId", orNull(call.requestId)},
                                   {"account", orNull(call.scope.accountId)},
                                   {"region", orNull(call.scope.region)}};
  if (!ruleId.empty()) fields["rule"] = ruleId;
  fields["ms"] = std::round(durationMs * 1000) / 1000;
  logEvent(spdlog::level::info, "request", fields);
}

// Headers every answer of the API carries, whoever wrote the answer.
void addCallHeaders(const ApiBinding& binding, const std::string& requestId, Answer& answer) {
  for (auto& header : binding.callHeaders(requestId)) answer.headers.push_back(std::move(header));
}

}  // namespace

void writeAnswer(const Answer& answer, httplib::Response& response) {
  response.status = answer.status;
  for (const auto& [name, value] : answer.headers) response.set_header(name, value);
  response.set_content(answer.body, answer.contentType);
}

const ApiBinding& RequestPipeline::bindingFor(std::string_view path) const {
  for (const auto* binding : bindings_) {
    if (binding->owns(path)) return *binding;
  }
  return *bindings_.back();
}

const ApiBinding& RequestPipeline::bindingFor(const httplib::Request& request) const {
  for (const auto* binding : bindings_) {
    if (binding->claims(request)) return *binding;
  }
  return *bindings_.back();
}

Answer RequestPipeline::transportError(int status, const std::string& path,
                                       const std::string& message) const {
  return errorOf(bindingFor(path), status, message);
}

Answer RequestPipeline::transportError(int status, const httplib::Request& request,
                                       const std::string& message) const {
  return errorOf(bindingFor(request), status, message);
}

Answer RequestPipeline::errorOf(const ApiBinding& binding, int status,
                                const std::string& message) const {
  const auto requestId = services::newUuid();
  auto answer = binding.error(status, message, requestId);
  addCallHeaders(binding, requestId, answer);
  return answer;
}

void RequestPipeline::handle(const httplib::Request& request, httplib::Response& response) const {
  const auto started = std::chrono::steady_clock::now();
  const auto& binding = bindingFor(request);
  const auto call = binding.parse(request);
  if (!call) {
    writeAnswer(errorOf(binding, http_status::kNotFound,
                        "No route for " + request.method + " " + request.path + "."),
                response);
    return;
  }
  if (!binding.journaled()) {  // control calls: logged, not journaled
    const auto outcome = serveGuarded(binding, *call, response);
    logCall(*call, request, outcome, "", millisecondsSince(started));
    return;
  }
  auto effect = applyRules(binding, *call, request, response);
  auto outcome =
      effect.answered ? std::move(*effect.answered) : serveGuarded(binding, *call, response);
  record(*call, request, std::move(outcome), effect.ruleId, millisecondsSince(started));
  // After the journal has it: a client may read the journal the moment its connection breaks.
  if (effect.fault) applyFault(*effect.fault, binding, request, response);
}

CallOutcome RequestPipeline::serveGuarded(const ApiBinding& binding, ApiCall& call,
                                          httplib::Response& response) const {
  try {
    return call.serve(response);
  } catch (const std::exception& error) {
    logEvent(spdlog::level::err, "unhandled exception",
             {{"requestId", call.requestId},
              {"api", call.api},
              {"operation", call.operation},
              {"what", error.what()}});
  } catch (...) {
    logEvent(spdlog::level::err, "unhandled exception",
             {{"requestId", call.requestId},
              {"api", call.api},
              {"operation", call.operation},
              {"what", "unknown"}});
  }
  response = httplib::Response();
  auto answer =
      binding.error(http_status::kInternalServerError, "Internal error in smsim.", call.requestId);
  addCallHeaders(binding, call.requestId, answer);
  writeAnswer(answer, response);
  return {answer.status, answer.errorType, answer.body};
}

RequestPipeline::RuleEffect RequestPipeline::applyRules(const ApiBinding& binding,
                                                        const ApiCall& call,
                                                        const httplib::Request& request,
                                                        httplib::Response& response) const {
  RuleEffect effect;
  if (!scenarios_.hasRules()) return effect;
  const auto decision = scenarios_.decide(factsOf(call, request), clock_.nowEpochSeconds());
  if (!decision) return effect;
  effect.ruleId = decision->id();
  response.set_header(kRuleHeader, effect.ruleId);
  if (decision->delayMs > 0) std::this_thread::sleep_for(Milliseconds(decision->delayMs));
  const auto& rule = *decision->rule;
  if (rule.fault) {
    const bool dropsConnection = *rule.fault == scenario::FaultKind::ConnectionReset ||
                                 *rule.fault == scenario::FaultKind::EmptyResponse;
    effect.answered = CallOutcome{dropsConnection ? kNoAnswer : http_status::kOk,
                                  scenario::faultName(*rule.fault), ""};
    effect.fault = rule.fault;
    return effect;
  }
  if (!rule.respond && !decision->overRate) return effect;  // delayed, or a sequence moved on
  auto answer = ruleAnswer(bindings_, binding, *decision);
  addCallHeaders(binding, call.requestId, answer);
  writeAnswer(answer, response);
  effect.answered = CallOutcome{answer.status, std::move(answer.errorType), std::move(answer.body)};
  return effect;
}

void RequestPipeline::record(const ApiCall& call, const httplib::Request& request,
                             CallOutcome outcome, const std::string& ruleId,
                             double durationMs) const {
  logCall(call, request, outcome, ruleId, durationMs);
  journal_.record({.timestamp = clock_.nowEpochSeconds(),
                   .api = call.api,
                   .operation = call.operation,
                   .method = request.method,
                   .path = request.path,
                   .status = outcome.status,
                   .errorType = std::move(outcome.errorType),
                   .accountId = call.scope.accountId,
                   .region = call.scope.region,
                   .requestBody = call.journaledRequest(),
                   .responseBody = std::move(outcome.responseBody),
                   .durationMs = durationMs,
                   .rule = ruleId,
                   .requestId = call.requestId});
}

}  // namespace smsim::server
