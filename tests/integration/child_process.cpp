#include "child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace smsim::integration {

namespace {

constexpr int kSignalExitBase = 128;

void closeIfOpen(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

// Waits until `fd` is readable or the deadline passes; true when readable (or at EOF).
bool waitReadable(int fd, std::chrono::steady_clock::time_point deadline) {
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd entry{fd, POLLIN, 0};
    const int ready = ::poll(&entry, 1, static_cast<int>(left.count()));
    if (ready > 0) return true;
    if (ready < 0 && errno != EINTR) return false;
  }
}

}  // namespace

ChildProcess::ChildProcess(const std::vector<std::string>& arguments) {
  std::array<int, 2> out{-1, -1};
  std::array<int, 2> err{-1, -1};
  if (::pipe2(out.data(), O_CLOEXEC) != 0 || ::pipe2(err.data(), O_CLOEXEC) != 0) {
    throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
  // The test process may block signals in its threads; the child must start with none blocked.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);

  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  const int spawned = ::posix_spawn(&pid_, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  ::close(out[1]);
  ::close(err[1]);
  stdoutFd_ = out[0];
  stderrFd_ = err[0];
  if (spawned != 0) {
    closeIfOpen(stdoutFd_);
    closeIfOpen(stderrFd_);
    throw std::runtime_error("cannot start " + arguments[0] + ": " + std::strerror(spawned));
  }
  // glibc 2.36 declares pidfd_open without C linkage, so call the system call directly.
  pidFd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
}

ChildProcess::~ChildProcess() {
  if (!exitCode_ && pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
  closeIfOpen(pidFd_);
  closeIfOpen(stdoutFd_);
  closeIfOpen(stderrFd_);
}

std::optional<std::string> ChildProcess::readStdoutLine(std::chrono::seconds deadline) {
  const auto until = std::chrono::steady_clock::now() + deadline;
  while (true) {
    const auto newline = stdoutBuffer_.find('\n');
    if (newline != std::string::npos) {
      auto line = stdoutBuffer_.substr(0, newline);
      stdoutBuffer_.erase(0, newline + 1);
      return line;
    }
    if (!waitReadable(stdoutFd_, until)) return std::nullopt;
    std::array<char, 4096> chunk{};
    const auto got = ::read(stdoutFd_, chunk.data(), chunk.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return std::nullopt;
    stdoutBuffer_.append(chunk.data(), static_cast<std::size_t>(got));
  }
}

void ChildProcess::signal(int signalNumber) const { ::kill(pid_, signalNumber); }

std::optional<int> ChildProcess::waitForExit(std::chrono::seconds deadline) {
  if (exitCode_) return exitCode_;
  if (pidFd_ >= 0 && !waitReadable(pidFd_, std::chrono::steady_clock::now() + deadline)) {
    return std::nullopt;
  }
  int status = 0;
  if (::waitpid(pid_, &status, 0) != pid_) return std::nullopt;
  exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : kSignalExitBase + WTERMSIG(status);
  return exitCode_;
}

std::string ChildProcess::drain(int fd) {
  std::string text;
  std::array<char, 4096> chunk{};
  while (true) {
    const auto got = ::read(fd, chunk.data(), chunk.size());
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    text.append(chunk.data(), static_cast<std::size_t>(got));
  }
  return text;
}

std::string ChildProcess::remainingStdout() {
  auto text = std::move(stdoutBuffer_);
  stdoutBuffer_.clear();
  return text + drain(stdoutFd_);
}

std::string ChildProcess::stderrText() { return drain(stderrFd_); }

}  // namespace smsim::integration
