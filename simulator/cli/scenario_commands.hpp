#pragma once
// `smsim run FILE...` and `smsim validate FILE...`. Header-only because only the executable links
// CLI11; the work is done by cli/suite_runner.
#include <CLI/CLI.hpp>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/suite_runner.hpp"
#include "common/logging.hpp"

namespace smsim::cli {

struct ScenarioCommands {
  CLI::App* run = nullptr;
  CLI::App* validate = nullptr;
  std::vector<std::string> runFiles;
  std::vector<std::string> validateFiles;
  std::string junitPath;
  std::string logLevel = "warn";
};

inline void addScenarioCommands(CLI::App& app, ScenarioCommands& commands) {
  commands.run = app.add_subcommand(
      "run", "Play scenario files, each against its own in-process smsim, and report");
  commands.run->add_option("files", commands.runFiles, "Scenario files (YAML or JSON)")
      ->required()
      ->check(CLI::ExistingFile);
  commands.run->add_option("--junit", commands.junitPath, "Also write the results as JUnit XML");
  commands.run->add_option("--log-level", commands.logLevel, "Log level of the simulators")
      ->capture_default_str()
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "critical", "off"}));

  commands.validate = app.add_subcommand("validate", "Only check scenario files");
  commands.validate->add_option("files", commands.validateFiles, "Scenario files (YAML or JSON)")
      ->required();
}

// The exit code of the chosen command, or nullopt when neither was chosen.
inline std::optional<int> runScenarioCommands(const ScenarioCommands& commands) {
  if (commands.run != nullptr && commands.run->parsed()) {
    configureLogging(spdlog::level::from_str(commands.logLevel), LogFormat::Text);
    scenario::SuiteOptions options;
    if (!commands.junitPath.empty()) options.junitPath = commands.junitPath;
    return scenario::runSuite(commands.runFiles, options, std::cout);
  }
  if (commands.validate != nullptr && commands.validate->parsed()) {
    return scenario::validateFiles(commands.validateFiles, std::cout);
  }
  return std::nullopt;
}

}  // namespace smsim::cli
