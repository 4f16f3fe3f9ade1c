#include "server/connection_io.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>

namespace smsim::server {

namespace {

using std::chrono::steady_clock;

constexpr std::size_t kReadChunk = 64 * 1024;
constexpr auto kWriteReadiness = std::chrono::seconds(5);
// Clients write a whole body before they read the answer: a refused upload is read and dropped
// for a while, so the client sees the 413 instead of a reset.
constexpr auto kDrainTime = std::chrono::seconds(5);
constexpr std::size_t kMaxDrainedBytes = 64 * 1024 * 1024;

int millisecondsUntil(steady_clock::time_point deadline) {
  const auto left =
      std::chrono::duration_cast<std::chrono::milliseconds>(deadline - steady_clock::now());
  return static_cast<int>(std::clamp<long long>(left.count(), 0, 60'000));
}

SocketEndpoint endpointOf(const sockaddr_storage& address, socklen_t length) {
  std::array<char, NI_MAXHOST> host{};
  std::array<char, NI_MAXSERV> service{};
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&address), length, host.data(), host.size(),
                  service.data(), service.size(), NI_NUMERICHOST | NI_NUMERICSERV) != 0) {
    return {};
  }
  return {host.data(), std::atoi(service.data())};
}

}  // namespace

WaitResult waitReadable(int socket, steady_clock::time_point deadline, int stopInterrupt,
                        int idleInterrupt) {
  std::array<pollfd, 3> watched{
      {{socket, POLLIN, 0}, {stopInterrupt, POLLIN, 0}, {idleInterrupt, POLLIN, 0}}};
  while (true) {
    const int ready = poll(watched.data(), watched.size(), millisecondsUntil(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) return WaitResult::Interrupted;
    if (watched[0].revents != 0) return WaitResult::Readable;  // bytes, or the peer's close
    if (watched[1].revents != 0 || watched[2].revents != 0) return WaitResult::Interrupted;
    if (steady_clock::now() >= deadline) return WaitResult::TimedOut;
  }
}

bool readAvailable(int socket, std::string& buffer) {
  // Received into scratch space and appended: growing `buffer` by a chunk first would zero-fill
  // the chunk on every read, half of a small request's instructions.
  thread_local std::array<char, kReadChunk> chunk;
  ssize_t received;
  do {
    received = recv(socket, chunk.data(), chunk.size(), 0);
  } while (received < 0 && errno == EINTR);
  if (received <= 0) return false;
  buffer.append(chunk.data(), static_cast<std::size_t>(received));
  return true;
}

bool sendAll(int socket, std::string_view data) {
  while (!data.empty()) {
    const ssize_t sent = send(socket, data.data(), data.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;  // SO_SNDTIMEO (set by cpp-httplib on accept) bounds the wait
    data.remove_prefix(static_cast<std::size_t>(sent));
  }
  return true;
}

void closeAfterDraining(int socket) {
  shutdown(socket, SHUT_WR);
  const auto deadline = steady_clock::now() + kDrainTime;
  std::array<char, 16 * 1024> discard{};
  std::size_t drained = 0;
  while (drained < kMaxDrainedBytes && waitReadable(socket, deadline, -1) == WaitResult::Readable) {
    const ssize_t received = recv(socket, discard.data(), discard.size(), 0);
    if (received <= 0) break;
    drained += static_cast<std::size_t>(received);
  }
}

bool FramedRequestStream::is_writable() const {
  pollfd watched{socket_, POLLOUT, 0};
  const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(kWriteReadiness);
  return poll(&watched, 1, static_cast<int>(timeout.count())) > 0 &&
         (watched.revents & POLLOUT) != 0;
}

ssize_t FramedRequestStream::read(char* destination, size_t size) {
  const std::size_t count = std::min(size, request_.size());
  std::copy_n(request_.data(), count, destination);
  request_.remove_prefix(count);
  return static_cast<ssize_t>(count);
}

ssize_t FramedRequestStream::write(const char* data, size_t size) {
  return sendAll(socket_, {data, size}) ? static_cast<ssize_t>(size) : -1;
}

void FramedRequestStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = remoteAddress_;
  port = remotePort_;
}

void FramedRequestStream::get_local_ip_and_port(std::string& ip, int& port) const {
  ip = localAddress_;
  port = localPort_;
}

SocketEndpoint peerEndpoint(int socket) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getpeername(socket, reinterpret_cast<sockaddr*>(&address), &length) != 0) return {};
  return endpointOf(address, length);
}

SocketEndpoint localEndpoint(int socket) {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getsockname(socket, reinterpret_cast<sockaddr*>(&address), &length) != 0) return {};
  return endpointOf(address, length);
}

}  // namespace smsim::server
