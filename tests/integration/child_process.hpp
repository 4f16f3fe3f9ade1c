#pragma once
// A child process with its stdout and stderr on pipes, for tests that run the `smsim` executable.
// Every wait has a deadline, so a child that misbehaves fails the test instead of hanging it.
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace smsim::integration {

class ChildProcess {
 public:
  // Starts `arguments[0]` (a path) with the rest as its arguments. Throws std::runtime_error.
  explicit ChildProcess(const std::vector<std::string>& arguments);
  ~ChildProcess();  // kills and reaps a child that is still running
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // The next line of stdout without its newline; nullopt at end of output or after `deadline`.
  std::optional<std::string> readStdoutLine(std::chrono::seconds deadline);
  void signal(int signalNumber) const;
  // The exit code, or 128 + signal number when killed; nullopt if it did not end by `deadline`.
  std::optional<int> waitForExit(std::chrono::seconds deadline);
  // Everything the child wrote to stdout (after the lines already read) and stderr; call after
  // waitForExit.
  std::string remainingStdout();
  std::string stderrText();

 private:
  static std::string drain(int fd);

  pid_t pid_ = -1;
  int pidFd_ = -1;
  int stdoutFd_ = -1;
  int stderrFd_ = -1;
  std::string stdoutBuffer_;
  std::optional<int> exitCode_;
};

}  // namespace smsim::integration
