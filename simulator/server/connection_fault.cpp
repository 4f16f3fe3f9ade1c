#include "server/connection_fault.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <charconv>
#include <filesystem>
#include <optional>
#include <string>

namespace smsim::server {

namespace {

struct Endpoint {
  std::string host;
  int port = -1;
};

std::optional<Endpoint> endpointOf(const sockaddr_storage& address, socklen_t length) {
  char host[NI_MAXHOST];
  char service[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host, sizeof host, service,
                  sizeof service, NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
    return std::nullopt;
  }
  return Endpoint{host, std::atoi(service)};
}

bool sameEndpoint(const std::optional<Endpoint>& endpoint, const std::string& host, int port) {
  return endpoint && endpoint->port == port && endpoint->host == host;
}

// The descriptor of the connection whose local and remote ends are the request's.
std::optional<int> findSocket(const httplib::Request& request) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    const auto name = entry.path().filename().string();
    int fd = -1;
    if (std::from_chars(name.data(), name.data() + name.size(), fd).ec != std::errc()) continue;
    sockaddr_storage peer{};
    socklen_t peerLength = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peerLength) != 0) continue;
    if (!sameEndpoint(endpointOf(peer, peerLength), request.remote_addr, request.remote_port)) {
      continue;
    }
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) != 0) continue;
    if (!sameEndpoint(endpointOf(local, localLength), request.local_addr, request.local_port)) {
      continue;
    }
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
