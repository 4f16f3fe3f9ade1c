#pragma once
// `smsim serve`: its options (each also from an SMSIM_* environment variable and from a
// `--config` file; a flag beats the environment, which beats the file, which beats the default)
// and the serving loop (SIGINT/SIGTERM stop; SIGHUP, or with --watch a change, reloads the
// scenario files).
#include <CLI/CLI.hpp>
#include <string>

#include "smsim/config.hpp"

namespace smsim::cli {

struct ServeOptions {
  ServerConfig config;
  std::string logLevel = "info";
  std::string logFormat = "text";
  std::string configFile;
  bool watchScenarios = false;  // reload the --scenario files when they change
};

CLI::App* addServeCommand(CLI::App& app, ServeOptions& options);

// Fills options not set by a flag or the environment from `--config`'s file. Throws
// CLI::ParseError (a usage error) for an unreadable file or an unknown or invalid key.
void applyConfigFile(CLI::App& serve, const std::string& path);

// The variable that sets `--long-name`: SMSIM_LONG_NAME.
std::string environmentName(const std::string& longName);

// Serves until SIGINT or SIGTERM; the process's exit code.
int serve(const ServeOptions& options);

}  // namespace smsim::cli
