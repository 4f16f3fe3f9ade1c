// Small measuring tools for bench/bench.py that wrk can't do:
//   bench_client startup PORT PATH COMMAND [ARG...]
//       Starts COMMAND (output discarded) and polls 127.0.0.1:PORT with GET PATH until it answers
//       200; prints "startup_ms=<ms> rss_kb=<VmRSS> hwm_kb=<VmHWM>" taken at that moment, then
//       stops COMMAND with SIGTERM.
//   bench_client requests PORT COUNT TARGET BODY
//       Sends COUNT awsJson1.0 requests (X-Amz-Target: TARGET, or a GET of TARGET when it starts
//       with '/') over one keep-alive connection and fails unless every one answers 200: a fixed
//       amount of work for callgrind.
#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

namespace {

constexpr auto kPollInterval = std::chrono::microseconds(100);
constexpr auto kStartupDeadline = std::chrono::seconds(120);

// One GET over a fresh connection; true on a 200.
bool answers200(int port, const std::string& path) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bool ok = false;
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
    const std::string request =
        "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if (write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
      char buffer[64] = {};
      std::size_t received = 0;
      while (received < 12) {
        const auto n = read(fd, buffer + received, sizeof buffer - 1 - received);
        if (n <= 0) break;
        received += static_cast<std::size_t>(n);
      }
      ok = std::strncmp(buffer, "HTTP/1.1 200", 12) == 0;
    }
  }
  close(fd);
  return ok;
}

long statusField(pid_t pid, const std::string& field) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0)
      return std::strtol(line.c_str() + field.size() + 1, nullptr, 10);
  }
  return -1;
}

int startup(int port, const std::string& path, char** command) {
  const auto started = std::chrono::steady_clock::now();
  const pid_t child = fork();
  if (child == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    execvp(command[0], command);
    _exit(127);
  }
  bool up = false;
  while (!(up = answers200(port, path))) {
    if (std::chrono::steady_clock::now() - started > kStartupDeadline) break;
    int status = 0;
    if (waitpid(child, &status, WNOHANG) == child) break;
    std::this_thread::sleep_for(kPollInterval);
  }
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  const long rss = statusField(child, "VmRSS");
  const long hwm = statusField(child, "VmHWM");
  kill(child, SIGTERM);
  waitpid(child, nullptr, 0);
  if (!up) {
    std::fprintf(stderr, "bench_client: %s never answered 200 on port %d\n", command[0], port);
    return 1;
  }
  std::printf("startup_ms=%.2f rss_kb=%ld hwm_kb=%ld\n", ms, rss, hwm);
  return 0;
}

int requests(int port, long count, const std::string& target, const std::string& body) {
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_read_timeout(std::chrono::seconds(60));
  const httplib::Headers headers = {{"X-Amz-Target", "PinpointSMSVoiceV2." + target}};
  for (long i = 0; i < count; ++i) {
    auto result = target.starts_with("/")
                      ? client.Get(target)
                      : client.Post("/", headers, body, "application/x-amz-json-1.0");
    if (!result || result->status != 200) {
      std::fprintf(stderr, "bench_client: request %ld failed: %s\n", i,
                   result ? (std::to_string(result->status) + " " + result->body).c_str()
                          : httplib::to_string(result.error()).c_str());
      return 1;
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "startup" && argc >= 5) return startup(std::atoi(argv[2]), argv[3], argv + 4);
  if (mode == "requests" && argc == 6) {
    return requests(std::atoi(argv[2]), std::atol(argv[3]), argv[4], argv[5]);
  }
  std::fprintf(stderr,
               "usage: bench_client startup PORT PATH COMMAND [ARG...]\n"
               "       bench_client requests PORT COUNT TARGET BODY\n");
  return 2;
}
