#include "server/connection_fault.hpp"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <optional>
#include <string>

#include "server/connection_io.hpp"

namespace smsim::server {

namespace {

bool sameEndpoint(const SocketEndpoint& endpoint, const std::string& address, int port) {
  return !endpoint.address.empty() && endpoint.address == address && endpoint.port == port;
}

// The descriptor of the connection whose local and remote ends are the request's.
std::optional<int> findSocket(const httplib::Request& request) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    const auto name = entry.path().filename().string();
    int fd = -1;
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc()) continue;
    if (!sameEndpoint(peerEndpoint(fd), request.remote_addr, request.remote_port)) continue;
    if (!sameEndpoint(localEndpoint(fd), request.local_addr, request.local_port)) continue;
    return fd;
  }
  return std::nullopt;
}

bool replaceWithDevNull(int fd) {
  const int devNull = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (devNull < 0) return false;
  const bool replaced = dup2(devNull, fd) == fd;
  close(devNull);
  return replaced;
}

}  // namespace

bool resetConnection(const httplib::Request& request) {
  const auto fd = findSocket(request);
  if (!fd) return false;
  const linger abortive{1, 0};  // close() then sends RST instead of FIN
  setsockopt(*fd, SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive);
  return replaceWithDevNull(*fd);
}

bool closeConnection(const httplib::Request& request) {
  const auto fd = findSocket(request);
  if (!fd) return false;
  shutdown(*fd, SHUT_RDWR);
  return replaceWithDevNull(*fd);
}

}  // namespace smsim::server
