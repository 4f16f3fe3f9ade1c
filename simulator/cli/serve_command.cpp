#include "cli/serve_command.hpp"

#include <cctype>
#include <csignal>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/convoso_options.hpp"
#include "common/aws_names.hpp"
#include "common/logging.hpp"
#include "smsim/server.hpp"

namespace smsim::cli {

namespace {

constexpr const char* kLogLevels[] = {"trace", "debug", "info", "warn", "error", "critical", "off"};

// An option whose --help shows its default.
template <typename Value>
CLI::Option* addWithDefault(CLI::App& serve, const std::string& name, Value& value,
                            const std::string& description) {
  return serve.add_option(name, value, description)->capture_default_str();
}

void addServerOptions(CLI::App& serve, ServerConfig& config) {
  addWithDefault(serve, "--host", config.host, "Address to listen on");
  addWithDefault(serve, "--port", config.port, "Port to listen on; 0 picks a free port")
      ->check(CLI::Range(0, 65535));
  addWithDefault(serve, "--account-id", config.defaultAccountId,
                 "Account of requests whose credentials name none")
      ->check([](const std::string& value) {
        return aws_names::isAccountId(value) ? std::string() : std::string("must be 12 digits");
      });
  addWithDefault(serve, "--region", config.defaultRegion,
                 "Region of requests whose credentials name none");
  serve
      .add_option_function<std::string>(
          "--account-tier",
          [&config](const std::string& tier) {
            config.accountTier = tier == "sandbox" ? AccountTier::Sandbox : AccountTier::Production;
          },
          "Tier of every account on first use: in the sandbox, sends reach only verified "
          "destination numbers")
      ->check(CLI::IsMember({"sandbox", "production"}))
      ->default_str("production");
  addWithDefault(serve, "--journal-capacity", config.journalCapacity,
                 "Requests kept in the journal; older ones are dropped");
  addWithDefault(
      serve, "--journal-max-bytes", config.journalMaxBytes,
      "Bytes of request and response bodies kept in the journal; older calls are dropped");
  addWithDefault(serve, "--max-connections", config.maxConnections,
                 "Connections served at once (a thread each); beyond it new connections wait "
                 "and idle keep-alive connections are closed")
      ->check(CLI::Range(std::size_t{1}, std::size_t{65536}));
  serve
      .add_option_function<double>(
          "--request-timeout",
          [&config](double seconds) {
            config.requestReadTimeout =
                std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
          },
          "Seconds a request may take to arrive whole once it has begun (slow clients are "
          "dropped) [10]")
      ->check(CLI::Range(0.1, 3600.0));
  addWithDefault(serve, "--outbox-capacity", config.outboxCapacity,
                 "Messages kept in the outbox; older ones are dropped");
  addWithDefault(serve, "--scenario-number-states", config.scenarioNumberStates,
                 "Phone numbers whose sequence state each scenario keeps; the least recently "
                 "used beyond it start over")
      ->check(CLI::PositiveNumber);
  addWithDefault(serve, "--inbound-log-capacity", config.inboundLogCapacity,
                 "Inbound messages kept for GET /_smsim/inbound; older ones are evicted");
  addWithDefault(serve, "--delivery-history-capacity", config.delivery.historyCapacity,
                 "Webhook deliveries kept for GET /_smsim/deliveries; older ones are evicted");
  addWithDefault(serve, "--delivery-queue-capacity", config.delivery.queueCapacity,
                 "Deliveries waiting for one webhook endpoint; beyond this new ones are DROPPED")
      ->check(CLI::PositiveNumber);
  addConvosoOptions(serve, config.convoso);
  serve
      .add_option("--scenario", config.scenarioFiles,
                  "Scenario file (YAML or JSON) or directory of them to load at start; "
                  "repeatable. SIGHUP loads them again")
      ->check(CLI::ExistingPath)
      ->delimiter(',');
  serve.add_option("--state-file", config.stateFile,
                   "Load the state from this scenario file at start (if it exists); write it "
                   "there atomically on shutdown and on POST /_smsim/state/save");
  serve.add_option("--admin-token", config.adminToken,
                   "Require `Authorization: Bearer TOKEN` on every /_smsim route but "
                   "GET /_smsim/health and the dashboard's static files (prefer SMSIM_ADMIN_TOKEN: "
                   "a flag shows in `ps`)");
  serve.add_flag("--verify-signatures", config.verifySignatures,
                 "Check the SigV4 signature of every AWS request (SMS Voice v2, SNS) against the "
                 "--access-key secrets and the wall clock; refusals are AWS's own errors");
  serve
      .add_option_function<std::vector<std::string>>(
          "--access-key",
          [&config](const std::vector<std::string>& keys) {
            for (const auto& key : keys) {
              const auto colon = key.find(':');
              config.accessKeys.insert_or_assign(key.substr(0, colon), key.substr(colon + 1));
            }
          },
          "An access key --verify-signatures accepts, ID:SECRET; repeatable (SMSIM_ACCESS_KEYS: "
          "comma-separated). A 12-digit ID also names the account, as without verification")
      ->check([](const std::string& key) {
        const auto colon = key.find(':');
        return colon == std::string::npos || colon == 0 || colon + 1 == key.size()
                   ? std::string("must be ACCESS_KEY_ID:SECRET_ACCESS_KEY")
                   : std::string();
      })
      ->delimiter(',');
}

// Every option but --help and --config also reads SMSIM_<NAME> (CLI11 prefers a flag to it).
void addEnvironmentNames(CLI::App& serve) {
  for (auto* option : serve.get_options()) {
    const auto& names = option->get_lnames();
    if (names.empty() || names.front() == "help" || names.front() == "config") continue;
    option->envname(environmentName(names.front()));
  }
}

constexpr timespec kWatchInterval{0, 500'000'000};

// The --scenario files' modification times, to tell when --watch should reload them.
class ScenarioWatch {
 public:
  explicit ScenarioWatch(std::vector<std::string> paths) : paths_(std::move(paths)) { changed(); }

  // True when a file changed, appeared or went since the last call.
  bool changed() {
    auto now = stamps();
    const bool different = now != stamps_;
    stamps_ = std::move(now);
    return different;
  }

 private:
  std::vector<std::filesystem::file_time_type> stamps() const {
    std::vector<std::filesystem::file_time_type> times;
    for (const auto& path : paths_) {
      std::error_code error;
      const auto files = std::filesystem::is_directory(path, error)
                             ? std::filesystem::directory_iterator(path, error)
                             : std::filesystem::directory_iterator();
      times.push_back(std::filesystem::last_write_time(path, error));
      for (const auto& entry : files) times.push_back(entry.last_write_time(error));
    }
    return times;
  }

  std::vector<std::string> paths_;
  std::vector<std::filesystem::file_time_type> stamps_;
};

int nextSignal(const sigset_t& signals) {
  int received = 0;
  return sigwait(&signals, &received) == 0 ? received : -1;
}

void logScenarioReload(Server& server, std::size_t files) {
  try {
    server.reloadScenarioFiles();
    logEvent(spdlog::level::info, "scenarios reloaded", {{"paths", files}});
  } catch (const std::exception& error) {
    logEvent(spdlog::level::err, "scenario reload failed; the loaded scenarios stay",
             {{"reason", error.what()}});
  }
}

}  // namespace

void applyConfigFile(CLI::App& serve, const std::string& path) {
  if (path.empty()) return;
  for (const auto& item : CLI::ConfigTOML().from_file(path)) {
    if (item.name == "++" || item.name == "--") continue;  // CLI11's section markers
    const bool inServe = item.parents.empty() || item.parents == std::vector<std::string>{"serve"};
    auto* option = serve.get_option_no_throw("--" + item.name);
    if (!inServe || option == nullptr || item.name == "config" || item.name == "help") {
      throw CLI::ValidationError("--config",
                                 path + ": no serve option is called '" + item.fullname() + "'");
    }
    if (option->count() > 0) continue;  // set by a flag or an SMSIM_* variable
    for (const auto& input : item.inputs) option->add_result(input);
    option->run_callback();
  }
}

std::string environmentName(const std::string& longName) {
  std::string name = "SMSIM_";
  for (const char c : longName) {
    name += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return name;
}

CLI::App* addServeCommand(CLI::App& app, ServeOptions& options) {
  auto* serve = app.add_subcommand("serve", "Start the simulator");
  addServerOptions(*serve, options.config);
  addWithDefault(*serve, "--log-level", options.logLevel, "Log level")
      ->check(
          CLI::IsMember(std::vector<std::string>(std::begin(kLogLevels), std::end(kLogLevels))));
  addWithDefault(*serve, "--log-format", options.logFormat, "Log line format")
      ->check(CLI::IsMember({"text", "json"}));
  serve->add_flag("--watch", options.watchScenarios,
                  "Reload the --scenario files when one changes (checked every half second)");
  serve
      ->add_option("--config", options.configFile,
                   "A TOML or INI file of options (`port = 4580`, `scenario = [\"a.yaml\"]`, "
                   "top-level or under [serve]); flags and SMSIM_* variables win over it")
      ->check(CLI::ExistingFile)
      ->envname("SMSIM_CONFIG");
  addEnvironmentNames(*serve);
  // Plural, as the variable holds a comma-separated list of them.
  serve->get_option("--access-key")->envname("SMSIM_ACCESS_KEYS");
  serve->footer(
      "Every option can also come from an environment variable, SMSIM_ and the option's name "
      "(SMSIM_PORT=4580,\nSMSIM_SCENARIO=a.yaml,b.yaml). A flag wins over the variable.\n\n"
      "Examples:\n"
      "  smsim serve --port 4580\n"
      "  smsim serve --port 0 --scenario scenarios/throttling-rate.yaml --log-format json\n"
      "  SMSIM_PORT=4580 SMSIM_LOG_LEVEL=warn smsim serve");
  return serve;
}

int serve(const ServeOptions& options) {
  configureLogging(spdlog::level::from_str(options.logLevel),
                   options.logFormat == "json" ? LogFormat::Json : LogFormat::Text);

  // Signals are taken by sigwait below, so block them before any server thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  for (const int number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&signals, number);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  if (options.config.verifySignatures && options.config.accessKeys.empty()) {
    std::cerr << "smsim: --verify-signatures needs at least one --access-key ID:SECRET (see "
                 "`smsim serve --help`)\n";
    return 2;
  }
  std::unique_ptr<Server> server;
  try {
    server = std::make_unique<Server>(options.config);  // loads --scenario files: may throw
    server->start();
  } catch (const std::exception& error) {
    std::cerr << "smsim: " << error.what() << "\n";
    return 1;
  }
  std::cout << "smsim listening on " << server->baseUrl() << std::endl;

  ScenarioWatch watch(options.config.scenarioFiles);
  int received = 0;
  while (true) {
    // -1: --watch's interval passed with no signal.
    received = options.watchScenarios ? sigtimedwait(&signals, nullptr, &kWatchInterval)
                                      : nextSignal(signals);
    if (received == SIGINT || received == SIGTERM) break;
    if (received == SIGHUP || (options.watchScenarios && watch.changed())) {
      logScenarioReload(*server, options.config.scenarioFiles.size());
    }
  }
  logEvent(spdlog::level::info, "stopping", {{"signal", received}});
  server->stop();
  return 0;
}

}  // namespace smsim::cli
