// The server: one transport (cpp-httplib with smsim's connection handling) whose every request
// takes the one request pipeline, through the binding of the API its path falls under: awsJson
// (`POST /`), SNS's query API (`/` with a form body or `?Action=`), Convoso (`/v1/...`) or the
// control API (`/_smsim/...`).
#include <httplib.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "common/http_status.hpp"
#include "common/json_text.hpp"
#include "common/logging.hpp"
#include "control/control_routes.hpp"
#include "protocols/aws_json/aws_json_adapter.hpp"
#include "protocols/aws_query/aws_query_adapter.hpp"
#include "scenario/scenario.hpp"
#include "server/bindings/aws_json_binding.hpp"
#include "server/bindings/aws_query_binding.hpp"
#include "server/bindings/control_binding.hpp"
#include "server/bindings/convoso_binding.hpp"
#include "server/bindings/sns_topic_delivery.hpp"
#include "server/http_transport.hpp"
#include "server/request_pipeline.hpp"
#include "server/scenario_files.hpp"
#include "server/simulator.hpp"
#include "server/state_file.hpp"
#include "smsim/server.hpp"

namespace smsim {

namespace {

// cpp-httplib closes keep-alive connections after 5 requests and leaves Nagle's algorithm on;
// both together cost ~44 ms a request against SDKs that reuse connections.
constexpr std::size_t kKeepAliveMaxRequests = 1'000'000;
// cpp-httplib refuses url-encoded bodies over this many bytes (a compile-time constant of the
// Debian build) with a 413 of its own.
constexpr std::size_t kFormBodyLimit = 8192;
// Every path, for every method: routing is the pipeline's.
constexpr const char* kEveryPath = ".*";

server::TransportLimits transportLimits(const ServerConfig& config) {
  server::TransportLimits limits;
  limits.framing.maxBodyBytes = config.maxBodyBytes;
  limits.maxConnections = config.maxConnections;
  limits.requestReadTimeout = config.requestReadTimeout;
  return limits;
}

// Why bind() failed, with the errno's name for searching: "Address already in use (EADDRINUSE)".
// errno is 0 when the host did not resolve (cpp-httplib drops getaddrinfo's error).
std::string bindFailureReason(int error) {
  if (error == 0) return "the host name does not resolve to an address";
  const char* name = strerrorname_np(error);
  return std::string(std::strerror(error)) + " (" + (name != nullptr ? name : "unknown") + ")";
}

server::TransportError asTransportError(server::Answer answer) {
  return {std::move(answer.contentType), std::move(answer.body), std::move(answer.headers)};
}

}  // namespace

struct Server::Impl {
  explicit Impl(ServerConfig config)
      : simulator(std::move(config)),
        control(controlContext()),
        awsJson(simulator.store, simulator.clock, simulator.defaults()),
        topicDelivery(simulator.dispatcher),
        awsQuery(simulator.store, simulator.clock, simulator.defaults(), &topicDelivery),
        signatures(simulator.config.verifySignatures, simulator.config.accessKeys),
        awsBinding(awsJson, signatures),
        snsBinding(awsQuery, signatures),
        convosoBinding(simulator.convoso, simulator.clock),
        controlBinding(controlRoutes, simulator.config.adminToken),
        pipeline({&controlBinding, &convosoBinding, &snsBinding, &awsBinding}, simulator.scenarios,
                 simulator.clock, simulator.journal),
        http(transportLimits(simulator.config),
             [this](int status, const std::string&, const std::string& target,
                    const std::string& message) {
               return asTransportError(pipeline.transportError(status, target, message));
             }) {}

  void configure();
  control::ControlContext controlContext();
  void saveState();

  server::Simulator simulator;
  control::ControlContext control;  // what the control routes work on; they keep a reference
  aws_json::AwsJsonAdapter awsJson;
  server::SnsTopicDelivery topicDelivery;  // SNS topics' http(s) subscribers, on the dispatcher
  aws_query::AwsQueryAdapter awsQuery;
  control::ControlRouter controlRoutes;
  server::SignatureGate signatures;
  server::AwsJsonBinding awsBinding;
  server::AwsQueryBinding snsBinding;
  server::ConvosoBinding convosoBinding;
  server::ControlBinding controlBinding;
  server::RequestPipeline pipeline;
  server::HttpTransport http;
  std::thread thread;
  int boundPort = 0;
  std::atomic<bool> listenEnded{false};
};

control::ControlContext Server::Impl::controlContext() {
  auto& s = simulator;
  return {s.clock,
          s.store,
          s.journal,
          s.inboundLog,
          s.dispatcher,
          s.scenarios,
          s.expectationSource(),
          [this](std::shared_ptr<const scenario::Scenario> scenario) {
            simulator.loadScenario(std::move(scenario));
          },
          [this] {
            simulator.reset();
            awsJson.reset();  // ClientTokens seen before the reset replay nothing after it
          },
          [this] { return scenario::exportState(simulator.stateSource()); },
          s.config.stateFile,
          [this] { saveState(); },
          [this] { simulator.messageEvents.emitDue(); }};
}

void Server::Impl::saveState() {
  server::writeStateFile(simulator.config.stateFile,
                         scenario::toYaml(scenario::exportState(simulator.stateSource())));
}

void Server::Impl::configure() {
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(kKeepAliveMaxRequests);
  http.set_payload_max_length(simulator.config.maxBodyBytes);
  // cpp-httplib's default sets only SO_REUSEPORT, which lets a second smsim bind a port that is
  // already in use and share its connections; SO_REUSEADDR alone makes that bind fail.
  http.set_socket_options([](socket_t socket) {
    int enabled = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &enabled, sizeof(enabled));
  });

  control::registerControlRoutes(controlRoutes, control);
  const auto serve = [this](const httplib::Request& request, httplib::Response& response) {
    pipeline.handle(request, response);
  };
  http.Get(kEveryPath, serve);
  http.Post(kEveryPath, serve);
  http.Put(kEveryPath, serve);
  http.Delete(kEveryPath, serve);
  http.Patch(kEveryPath, serve);
  http.Options(kEveryPath, serve);

  // What cpp-httplib refuses itself (a url-encoded body over its limit, a malformed request)
  // still gets an error in its API's format.
  http.set_error_handler([this](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty() || response.has_header(server::kRuleHeader)) return;
    std::string message = "No route for " + request.method + " " + request.path + ".";
    if (response.status == http_status::kPayloadTooLarge) {
      message =
          request.body.size() <= simulator.config.maxBodyBytes
              ? "Form-encoded request bodies are limited to " + std::to_string(kFormBodyLimit) +
                    " bytes; send multipart/form-data."
              : "Request body exceeds " + std::to_string(simulator.config.maxBodyBytes) + " bytes.";
    }
    const int status = response.status;
    server::writeAnswer(pipeline.transportError(status, request, message), response);
    response.status = status;
  });
  // The pipeline answers a service's exception itself; this is the last resort for one thrown
  // outside it.
  http.set_exception_handler([this](const httplib::Request& request, httplib::Response& response,
                                    std::exception_ptr error) {
    std::string what = "unknown";
    try {
      std::rethrow_exception(error);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    logEvent(spdlog::level::err, "unhandled exception",
             {{"method", request.method}, {"path", request.path}, {"what", what}});
    server::writeAnswer(pipeline.transportError(http_status::kInternalServerError, request.path,
                                                "Internal error in smsim."),
                        response);
  });
}

Server::Server(ServerConfig config) : impl_(std::make_unique<Impl>(std::move(config))) {
  // spdlog creates its registry on first use; do it here, before any serving thread logs, so two
  // threads logging their first line at once don't both build it (ThreadSanitizer saw that race
  // in an embedded server whose test had not configured logging).
  spdlog::default_logger_raw();
  impl_->configure();
  reloadScenarioFiles();
  // The saved state goes over what the scenarios seeded, applied once: a reset empties it as it
  // empties everything else.
  const auto& stateFile = impl_->simulator.config.stateFile;
  if (!stateFile.empty()) {
    if (auto saved = server::readStateFile(stateFile)) {
      saved->seed.apply(impl_->simulator.seedTarget());
    }
  }
}

void Server::reloadScenarioFiles() {
  // All read before any is applied: one broken file leaves the loaded scenarios as they were.
  for (auto& scenario : server::readScenarioPaths(impl_->simulator.config.scenarioFiles)) {
    impl_->simulator.loadScenario(std::move(scenario));
  }
}

Server::~Server() { stop(); }

void Server::start() {
  auto& impl = *impl_;
  const auto& config = impl.simulator.config;
  errno = 0;
  const int port = config.port == 0
                       ? impl.http.bind_to_any_port(config.host)
                       : (impl.http.bind_to_port(config.host, config.port) ? config.port : -1);
  if (port <= 0) {
    throw std::runtime_error("cannot listen on " + config.host + ":" + std::to_string(config.port) +
                             ": " + bindFailureReason(errno));
  }
  impl.http.raiseListenBacklog();
  impl.simulator.messageEvents.start();
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
  if (!impl_->thread.joinable()) return;
  impl_->thread.join();
  if (impl_->simulator.config.stateFile.empty()) return;
  try {
    impl_->saveState();
    logEvent(spdlog::level::info, "state saved", {{"path", impl_->simulator.config.stateFile}});
  } catch (const std::exception& error) {
    logEvent(spdlog::level::err, "state not saved", {{"what", error.what()}});
  }
}

int Server::port() const { return impl_->boundPort; }

std::string Server::baseUrl() const {
  return "http://" + impl_->simulator.config.host + ":" + std::to_string(impl_->boundPort);
}

Clock& Server::clock() { return impl_->simulator.clock; }

}  // namespace smsim
