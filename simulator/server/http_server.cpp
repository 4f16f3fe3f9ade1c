// The server: one transport (cpp-httplib with smsim's connection handling) that routes `POST /`
// to the awsJson adapter, `/v1/...` to Convoso and `/_smsim/...` to the control API, and
// journals and logs every API call.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <thread>

#include "control/control_routes.hpp"
#include "protocols/aws_json/aws_json_adapter.hpp"
#include "scenario/scenario.hpp"
#include "server/convoso_routes.hpp"
#include "common/http_status.hpp"
#include "server/http_transport.hpp"
#include "server/logging.hpp"
#include "server/scenario_rules.hpp"
#include "server/simulator_state.hpp"
#include "services/common/ids.hpp"
#include "smsim/server.hpp"
#include "state/json_text.hpp"

namespace smsim {

namespace {

using Milliseconds = std::chrono::duration<double, std::milli>;

// cpp-httplib closes keep-alive connections after 5 requests and leaves Nagle's algorithm on;
// both together cost ~44 ms a request against SDKs that reuse connections.
constexpr std::size_t kKeepAliveMaxRequests = 1'000'000;

void logRequest(const httplib::Request& request, const std::string& operation, int status,
                const std::string& errorType, double durationMs) {
  if (!spdlog::should_log(spdlog::level::info)) return;  // ~8% of a request's instructions
  server::logEvent(spdlog::level::info, "request",
                   {{"method", request.method},
                    {"path", request.path},
                    {"operation", operation},
                    {"status", status},
                    {"error", errorType.empty() ? "-" : errorType},
                    {"ms", std::round(durationMs * 1000) / 1000}});
}

constexpr std::string_view kConvosoPrefix = "/v1/";
constexpr std::string_view kControlPrefix = "/_smsim/";
// cpp-httplib refuses url-encoded bodies over this many bytes (a compile-time constant of the
// Debian build) with a 413 of its own.
constexpr std::size_t kFormBodyLimit = 8192;

server::TransportLimits transportLimits(const ServerConfig& config) {
  server::TransportLimits limits;
  limits.framing.maxBodyBytes = config.maxBodyBytes;
  limits.maxConnections = config.maxConnections;
  limits.requestReadTimeout = config.requestReadTimeout;
  return limits;
}

// An error smsim answers before any API sees the request, in the format of the API whose path
// it falls under: AWS's `__type` JSON, Convoso's `success: false`, or the control API's error.
server::TransportError renderTransportError(int status, const std::string& target,
                                            const std::string& message) {
  const std::string_view path(target);
  if (path.starts_with(kConvosoPrefix)) {
    return {"application/json",
            state::safeDump(nlohmann::json({{"success", false}, {"text", message}})),
            {}};
  }
  if (path.starts_with(kControlPrefix)) {
    return {
        "application/json",
        state::safeDump(nlohmann::json(
            {{"error", status == http_status::kNotFound ? "NotFound" : "InvalidRequest"},
             {"message", message}})),
        {}};
  }
  const std::string type =
      status == http_status::kPayloadTooLarge ? "RequestEntityTooLargeException"
      : status == http_status::kBadRequest || status == http_status::kNotFound
          ? "UnknownOperationException"
          : "ValidationException";
  return {aws_json::kContentType,
          state::safeDump(aws_json::errorBody(type, message)),
          {{"x-amzn-ErrorType", type}, {"x-amzn-RequestId", services::newUuid()}}};
}

}  // namespace

struct Server::Impl {
  explicit Impl(ServerConfig config)
      : state(std::move(config)),
        awsJson(state.store, state.clock,
                {state.config.defaultAccountId, state.config.defaultRegion}),
        http(transportLimits(state.config),
             [](int status, const std::string&, const std::string& target,
                const std::string& message) {
               return renderTransportError(status, target, message);
             }) {}

  void configure();
  void serveAwsJson(const httplib::Request& request, httplib::Response& response);

  server::SimulatorState state;
  aws_json::AwsJsonAdapter awsJson;
  server::HttpTransport http;
  std::thread thread;
  int boundPort = 0;
  std::atomic<bool> listenEnded{false};
};

void Server::Impl::configure() {
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(kKeepAliveMaxRequests);
  http.set_payload_max_length(state.config.maxBodyBytes);
  // cpp-httplib's default sets only SO_REUSEPORT, which lets a second smsim bind a port that is
  // already in use and share its connections; SO_REUSEADDR alone makes that bind fail.
  http.set_socket_options([](socket_t socket) {
    int enabled = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &enabled, sizeof(enabled));
  });

  http.Post("/", server::withScenarioRules(
                     state, [this](const httplib::Request& request, httplib::Response& response) {
                       serveAwsJson(request, response);
                     }));
  control::registerControlRoutes(http, state);
  server::registerConvosoRoutes(http, state);

  // Anything no route answered (or cpp-httplib refused) still gets an error in its API's format.
  http.set_error_handler([this](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty() || response.has_header(server::kRuleHeader)) return;
    std::string message = "No route for " + request.method + " " + request.path + ".";
    if (response.status == http_status::kPayloadTooLarge) {
      message =
          request.body.size() <= state.config.maxBodyBytes
              ? "Form-encoded request bodies are limited to " + std::to_string(kFormBodyLimit) +
                    " bytes; send multipart/form-data."
              : "Request body exceeds " + std::to_string(state.config.maxBodyBytes) + " bytes.";
    }
    auto error = renderTransportError(response.status, request.path, message);
    for (const auto& [name, value] : error.headers) response.set_header(name, value);
    response.set_content(error.body, error.contentType);
  });
  http.set_exception_handler([](const httplib::Request& request, httplib::Response& response,
                                std::exception_ptr error) {
    std::string what = "unknown";
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    server::logEvent(spdlog::level::err, "unhandled exception",
                     {{"method", request.method}, {"path", request.path}, {"what", what}});
    response.status = 500;
    response.set_content(
        state::safeDump(aws_json::errorBody("InternalServerException", "Internal error in smsim.")),
        aws_json::kContentType);
  });
}

void Server::Impl::serveAwsJson(const httplib::Request& request, httplib::Response& response) {
  const auto started = std::chrono::steady_clock::now();
  auto result = awsJson.handle({request.get_header_value("X-Amz-Target"),
                                request.get_header_value("Content-Type"),
                                request.get_header_value("Authorization"), request.body});
  response.status = result.status;
  response.set_header("x-amzn-RequestId", result.requestId);
  if (!result.errorType.empty()) response.set_header("x-amzn-ErrorType", result.errorType);
  response.set_content(result.body, aws_json::kContentType);
  const double durationMs = Milliseconds(std::chrono::steady_clock::now() - started).count();

  logRequest(request, result.operation, result.status, result.errorType, durationMs);
  state.journal.record({.timestamp = state.clock.nowEpochSeconds(),
                        .api = "aws",
                        .operation = result.operation,
                        .method = request.method,
                        .path = request.path,
                        .status = result.status,
                        .errorType = result.errorType,
                        .accountId = result.scope.accountId,
                        .region = result.scope.region,
                        .requestBody = request.body,
                        .responseBody = std::move(result.body),
                        .durationMs = durationMs,
                        .rule = response.get_header_value(server::kRuleHeader)});
}

Server::Server(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {
  // spdlog creates its registry on first use; do it here, before any serving thread logs, so two
  // threads logging their first line at once don't both build it (ThreadSanitizer saw that race
  // in an embedded server whose test had not configured logging).
  spdlog::default_logger_raw();
  impl_->configure();
  for (const auto& file : impl_->state.config.scenarioFiles) {
    impl_->state.scenarios.add(
        std::make_shared<const scenario::Scenario>(scenario::loadScenarioFile(file)), impl_->state);
  }
}

Server::~Server() { stop(); }

void Server::start() {
  auto& impl = *impl_;
  const auto& config = impl.state.config;
  const int port = config.port == 0
                       ? impl.http.bind_to_any_port(config.host)
                       : (impl.http.bind_to_port(config.host, config.port) ? config.port : -1);
  if (port <= 0) {
    throw std::runtime_error("cannot listen on " + config.host + ":" + std::to_string(config.port));
  }
  impl.http.raiseListenBacklog();
  impl.boundPort = port;
  impl.listenEnded = false;
  impl.thread = std::thread([&impl] {
    impl.http.listen_after_bind();
    impl.listenEnded = true;
  });
  // stop() only takes effect once the accept loop runs, so don't return before it does.
  while (!impl.http.is_running() && !impl.listenEnded) {
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

void Server::stop() {
  impl_->http.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

int Server::port() const { return impl_->boundPort; }

std::string Server::baseUrl() const {
  return "http://" + impl_->state.config.host + ":" + std::to_string(impl_->boundPort);
}

Clock& Server::clock() { return impl_->state.clock; }

}  // namespace smsim
