#pragma once
// `smsim completion bash`: a bash completion script written from the command line's own
// definition (subcommands and their options), so it can't fall behind a new flag.
//   source <(smsim completion bash)    or save it under /etc/bash_completion.d/smsim
#include <CLI/CLI.hpp>
#include <string>

namespace smsim::cli {

struct CompletionCommand {
  CLI::App* command = nullptr;
  std::string shell = "bash";
};

void addCompletionCommand(CLI::App& app, CompletionCommand& completion);

// The script for `app` as it is defined when called.
std::string bashCompletion(const CLI::App& app);

}  // namespace smsim::cli
