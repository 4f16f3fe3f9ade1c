// Convoso routes on the cpp-httplib server.
#include "server/convoso_routes.hpp"

#include <chrono>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "protocols/convoso/convoso_adapter.hpp"
#include "server/logging.hpp"
#include "server/scenario_rules.hpp"
#include "state/json_text.hpp"

namespace smsim::server {

namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;
constexpr const char* kConvosoApi = "convoso";

// cpp-httplib puts query parameters and then url-encoded form fields into `params` (a multimap
// that keeps insertion order among equal names), and multipart fields into `files`.
convoso::ConvosoParameters requestParameters(const httplib::Request& request) {
  std::vector<std::pair<std::string, std::string>> inOrder(request.params.begin(),
                                                           request.params.end());
  for (const auto& [name, field] : request.files) inOrder.emplace_back(name, field.content);
  return convoso::mergeParameters(inOrder);
}

void serveConvoso(SimulatorState& state, const convoso::ConvosoEndpoint& endpoint,
                  const httplib::Request& request, httplib::Response& response) {
  const auto started = std::chrono::steady_clock::now();
  const auto parameters = requestParameters(request);
  const auto config = state.convoso.config();  // this call's snapshot
  const convoso::ConvosoAdapter adapter({*config, state.convoso, state.clock});
  const auto result = adapter.handle(endpoint, parameters);
  const auto bodyText = result.bodyText();
  response.status = result.status;
  response.set_content(bodyText, convoso::kConvosoContentType);
  const double durationMs = Milliseconds(std::chrono::steady_clock::now() - started).count();

  const std::string operation(endpoint.operation);
  const std::string errorType = result.errorCode ? std::to_string(*result.errorCode) : "";
  logEvent(spdlog::level::info, "request",
           {{"method", request.method},
            {"path", request.path},
            {"operation", operation},
            {"status", result.status},
            {"error", errorType.empty() ? "-" : errorType},
            {"ms", std::round(durationMs * 1000) / 1000}});
  state.journal.record({.timestamp = state.clock.nowEpochSeconds(),
                        .api = kConvosoApi,
                        .operation = operation,
                        .method = request.method,
                        .path = request.path,
                        .status = result.status,
                        .errorType = errorType,
                        .accountId = "",
                        .region = "",
                        .requestBody = state::safeDump(convoso::parametersJson(parameters)),
                        .responseBody = bodyText,
                        .durationMs = durationMs,
                        .rule = response.get_header_value(kRuleHeader)});
}

}  // namespace

void registerConvosoRoutes(httplib::Server& http, SimulatorState& state) {
  for (const auto& endpoint : convoso::kConvosoEndpoints) {
    const auto path = std::string(convoso::kConvosoPathPrefix) + std::string(endpoint.operation);
    const auto handler = withScenarioRules(
        state, [&state, &endpoint](const httplib::Request& request, httplib::Response& response) {
          serveConvoso(state, endpoint, request, response);
        });
    http.Get(path, handler);
    http.Post(path, handler);
  }
}

}  // namespace smsim::server
