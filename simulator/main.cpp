// The smsim executable: parses the command line and wires it to the embeddable server.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/completion.hpp"
#include "cli/scenario_commands.hpp"
#include "cli/serve_command.hpp"
#include "smsim/server.hpp"

namespace {

// A usage error (no command, an unknown flag, a bad value) exits 2, as getopt tools do.
constexpr int kUsageError = 2;

// One line that says what is wrong and where the help is.
int usageError(const CLI::App& app, const CLI::ParseError& error) {
  std::string command = app.get_name();
  for (const auto* subcommand : app.get_subcommands()) command += " " + subcommand->get_name();
  std::cerr << app.get_name() << ": " << error.what() << " (see `" << command << " --help`)\n";
  return kUsageError;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"smsim: a simulator of SMS opt-out APIs (AWS End User Messaging SMS, Convoso)",
               "smsim"};
  app.set_version_flag("--version", std::string("smsim ") + smsim::version());
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  smsim serve --port 4580                 serve on http://127.0.0.1:4580\n"
      "  smsim serve --port 0 --scenario FILE    a free port, with a scenario loaded\n"
      "  smsim run scenarios/*.yaml --junit out.xml\n"
      "  smsim serve --help                      every serve option and its SMSIM_* variable\n"
      "  source <(smsim completion bash)         tab completion in bash");

  smsim::cli::ServeOptions serveOptions;
  auto* serveCommand = smsim::cli::addServeCommand(app, serveOptions);
  smsim::cli::ScenarioCommands scenarioCommands;
  smsim::cli::addScenarioCommands(app, scenarioCommands);
  smsim::cli::CompletionCommand completion;
  smsim::cli::addCompletionCommand(app, completion);

  try {
    app.parse(argc, argv);
    if (*serveCommand) smsim::cli::applyConfigFile(*serveCommand, serveOptions.configFile);
  } catch (const CLI::ParseError& error) {
    // --help and --version are "errors" that exit 0 after printing.
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(error);
    return usageError(app, error);
  }
  if (*serveCommand) return smsim::cli::serve(serveOptions);
  if (*completion.command) {
    std::cout << smsim::cli::bashCompletion(app);
    return 0;
  }
  if (auto exitCode = smsim::cli::runScenarioCommands(scenarioCommands)) return *exitCode;
  return 0;
}
