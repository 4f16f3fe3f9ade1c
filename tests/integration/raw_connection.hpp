#pragma once
// A plain TCP connection to a test server, for what an HTTP client library won't send: pipelined
// requests, a byte at a time, malformed framing, invalid bytes in the method or path. Every read
// has a deadline, so a server that misbehaves fails the test instead of hanging it.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>

namespace smsim::integration {

class RawConnection {
 public:
  explicit RawConnection(int port) : socket_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (socket_ < 0 ||
        ::connect(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
    }
  }
  ~RawConnection() {
    if (socket_ >= 0) ::close(socket_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool send(std::string_view bytes) const {
    while (!bytes.empty()) {
      const auto sent = ::send(socket_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      if (sent <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
  }

  // Everything received until `responses` complete HTTP responses (Content-Length framed) have
  // arrived, the peer closes, or the deadline passes.
  std::string receive(int responses, std::chrono::milliseconds deadline) {
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (completeResponses() < responses) {
      if (!readSome(end)) break;
    }
    return received_;
  }

  // True when the server closed the connection before the deadline.
  bool closedWithin(std::chrono::milliseconds deadline) {
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (readSome(end)) {
    }
    return closed_;
  }

  const std::string& received() const { return received_; }

  int completeResponses() const {
    int count = 0;
    std::size_t position = 0;
    while (true) {
      const auto headEnd = received_.find("\r\n\r\n", position);
      if (headEnd == std::string::npos) return count;
      const auto head = std::string_view(received_).substr(position, headEnd - position);
      std::size_t length = 0;
      const auto header = head.find("Content-Length: ");
      if (header != std::string_view::npos) {
        length = std::stoul(std::string(head.substr(header + 16, head.find("\r\n", header))));
      }
      if (received_.size() < headEnd + 4 + length) return count;
      if (head.starts_with("HTTP/1.1 1")) {  // 100 Continue: not a final response
        position = headEnd + 4;
        continue;
      }
      ++count;
      position = headEnd + 4 + length;
    }
  }

 private:
  bool readSome(std::chrono::steady_clock::time_point end) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        end - std::chrono::steady_clock::now());
    if (left.count() <= 0 || closed_) return false;
    pollfd watched{socket_, POLLIN, 0};
    if (poll(&watched, 1, static_cast<int>(left.count())) <= 0) return false;
    char buffer[16384];
    const auto received = ::recv(socket_, buffer, sizeof buffer, 0);
    if (received <= 0) {
      closed_ = true;
      return false;
    }
    received_.append(buffer, static_cast<std::size_t>(received));
    return true;
  }

  int socket_;
  std::string received_;
  bool closed_ = false;
};

}  // namespace smsim::integration
