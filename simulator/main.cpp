// The smsim executable: parses the command line and wires it to the embeddable server.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/convoso_options.hpp"
#include "cli/scenario_commands.hpp"
#include "common/aws_names.hpp"
#include "common/logging.hpp"
#include "smsim/server.hpp"

namespace {

int serve(const smsim::ServerConfig& config, const std::string& logLevel,
          const std::string& logFormat) {
  smsim::configureLogging(spdlog::level::from_str(logLevel),
                          logFormat == "json" ? smsim::LogFormat::Json : smsim::LogFormat::Text);

  // Signals are taken by sigwait below, so block them before any server thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::unique_ptr<smsim::Server> server;
  try {
    server = std::make_unique<smsim::Server>(config);  // loads --scenario files: may throw
    server->start();
  } catch (const std::exception& error) {
    std::cerr << "smsim: " << error.what() << "\n";
    return 1;
  }
  std::cout << "smsim listening on " << server->baseUrl() << std::endl;

  int received = 0;
  sigwait(&signals, &received);
  smsim::logEvent(spdlog::level::info, "stopping", {{"signal", received}});
  server->stop();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"smsim: a simulator of SMS opt-out APIs (AWS End User Messaging SMS, Convoso)"};
  app.set_version_flag("--version", std::string("smsim ") + smsim::version());
  app.require_subcommand(1);

  smsim::ServerConfig config;
  std::string logLevel = "info";
  std::string logFormat = "text";
  auto* serveCommand = app.add_subcommand("serve", "Start the simulator");
  serveCommand->add_option("--host", config.host, "Address to listen on")->capture_default_str();
  serveCommand->add_option("--port", config.port, "Port to listen on; 0 picks a free port")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serveCommand
      ->add_option("--account-id", config.defaultAccountId,
                   "Account of requests whose credentials name none")
      ->capture_default_str()
      ->check([](const std::string& value) {
        return smsim::aws_names::isAccountId(value) ? std::string()
                                                    : std::string("must be 12 digits");
      });
  serveCommand
      ->add_option("--region", config.defaultRegion,
                   "Region of requests whose credentials name none")
      ->capture_default_str();
  serveCommand->add_option("--log-level", logLevel, "Log level")
      ->capture_default_str()
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));
  serveCommand->add_option("--log-format", logFormat, "Log line format")
      ->capture_default_str()
      ->check(CLI::IsMember({"text", "json"}));
  serveCommand
      ->add_option("--journal-capacity", config.journalCapacity,
                   "Requests kept in the journal; older ones are dropped")
      ->capture_default_str();
  serveCommand
      ->add_option("--journal-max-bytes", config.journalMaxBytes,
                   "Bytes of request and response bodies kept in the journal; older calls are "
                   "dropped")
      ->capture_default_str();
  serveCommand
      ->add_option("--max-connections", config.maxConnections,
                   "Connections served at once (a thread each); beyond it new connections wait "
                   "and idle keep-alive connections are closed")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{65536}));
  serveCommand
      ->add_option_function<double>(
          "--request-timeout",
          [&config](double seconds) {
            config.requestReadTimeout =
                std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
          },
          "Seconds a request may take to arrive whole once it has begun (slow clients are "
          "dropped) [10]")
      ->check(CLI::Range(0.1, 3600.0));
  serveCommand
      ->add_option("--outbox-capacity", config.outboxCapacity,
                   "Messages kept in the outbox; older ones are dropped")
      ->capture_default_str();
  serveCommand
      ->add_option("--scenario-number-states", config.scenarioNumberStates,
                   "Phone numbers whose sequence state each scenario keeps; the least recently "
                   "used beyond it start over")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  serveCommand
      ->add_option("--inbound-log-capacity", config.inboundLogCapacity,
                   "Inbound messages kept for GET /_smsim/inbound; older ones are evicted")
      ->capture_default_str();
  serveCommand
      ->add_option("--delivery-history-capacity", config.delivery.historyCapacity,
                   "Webhook deliveries kept for GET /_smsim/deliveries; older ones are evicted")
      ->capture_default_str();
  serveCommand
      ->add_option("--delivery-queue-capacity", config.delivery.queueCapacity,
                   "Deliveries waiting for one webhook endpoint; beyond this new ones are DROPPED")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  smsim::cli::addConvosoOptions(*serveCommand, config.convoso);
  serveCommand
      ->add_option("--scenario", config.scenarioFiles,
                   "Scenario file to load at start (YAML or JSON); repeatable")
      ->check(CLI::ExistingFile);
  smsim::cli::ScenarioCommands scenarioCommands;
  smsim::cli::addScenarioCommands(app, scenarioCommands);

  CLI11_PARSE(app, argc, argv);
  if (*serveCommand) return serve(config, logLevel, logFormat);
  if (auto exitCode = smsim::cli::runScenarioCommands(scenarioCommands)) return *exitCode;
  return 0;
}
