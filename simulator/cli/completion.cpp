#include "cli/completion.hpp"

namespace smsim::cli {

namespace {

// "--a --b": every long option of `command`, --help included.
std::string longOptions(const CLI::App& command) {
  std::string words;
  for (const auto* option : command.get_options()) {
    for (const auto& name : option->get_lnames()) words += (words.empty() ? "--" : " --") + name;
  }
  return words;
}

}  // namespace

void addCompletionCommand(CLI::App& app, CompletionCommand& completion) {
  completion.command = app.add_subcommand(
      "completion", "Print a shell completion script: source <(smsim completion bash)");
  completion.command->add_option("shell", completion.shell, "The shell")
      ->capture_default_str()
      ->check(CLI::IsMember({"bash"}));
}

std::string bashCompletion(const CLI::App& app) {
  std::string commands = longOptions(app);
  std::string cases;
  for (const auto* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    commands += " " + command->get_name();
    cases += "    " + command->get_name() + ") words=\"" + longOptions(*command) + "\" ;;\n";
  }
  return "# bash completion for smsim (smsim completion bash)\n"
         "_smsim() {\n"
         "  local cur=${COMP_WORDS[COMP_CWORD]} words\n"
         "  if ((COMP_CWORD == 1)); then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \"" +
         commands +
         "\" -- \"$cur\")\n"
         "    return\n"
         "  fi\n"
         "  case ${COMP_WORDS[1]} in\n" +
         cases +
         "    *) words=\"\" ;;\n"
         "  esac\n"
         "  if [[ $cur == -* ]]; then\n"
         "    mapfile -t COMPREPLY < <(compgen -W \"$words\" -- \"$cur\")\n"
         "  else\n"
         "    mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
         "  fi\n"
         "}\n"
         "complete -o filenames -F _smsim smsim\n";
}

}  // namespace smsim::cli
