#pragma once
// Subscribers for delivery tests, all on loopback port 0: a webhook that records what it is sent,
// one that accepts connections and never answers (the hanging subscriber), and a polling wait,
// so tests assert on what arrived within a generous deadline instead of sleeping.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace smsim::testing_support {

inline constexpr std::chrono::seconds kGenerousDeadline{30};
inline constexpr std::chrono::milliseconds kPollInterval{10};

// Polls `condition` until it holds or `deadline` passes; returns whether it held.
inline bool eventually(const std::function<bool()>& condition,
                       std::chrono::milliseconds deadline = kGenerousDeadline) {
  const auto giveUp = std::chrono::steady_clock::now() + deadline;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > giveUp) return false;
    std::this_thread::sleep_for(kPollInterval);
  }
  return true;
}

// Records every POST it receives; answers with `status`.
class Webhook {
 public:
  struct Received {
    std::string path, messageType, body;
  };

  Webhook() {
    server_.Post(".*", [this](const httplib::Request& request, httplib::Response& response) {
      std::lock_guard lock(mutex_);
      received_.push_back(
          {request.path, request.get_header_value("x-amz-sns-message-type"), request.body});
      response.status = status_;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    eventually([this] { return server_.is_running(); });
  }
  ~Webhook() {
    server_.stop();
    thread_.join();
  }
  Webhook(const Webhook&) = delete;
  Webhook& operator=(const Webhook&) = delete;

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  std::vector<Received> received() {
    std::lock_guard lock(mutex_);
    return received_;
  }
  void answer(int status) { status_ = status; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::vector<Received> received_;
  std::atomic<int> status_{200};
};

// A listening socket that never accepts: the kernel completes each connection, the request is
// written, and no answer ever comes, as with a subscriber stuck in its handler.
class HangingEndpoint {
 public:
  HangingEndpoint() : socket_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    const bool listening =
        socket_ >= 0 && ::bind(socket_, reinterpret_cast<sockaddr*>(&address), length) == 0 &&
        ::listen(socket_, kBacklog) == 0 &&
        ::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    EXPECT_TRUE(listening) << "could not open the hanging endpoint";
    port_ = ntohs(address.sin_port);
  }
  ~HangingEndpoint() {
    if (socket_ >= 0) ::close(socket_);
  }
  HangingEndpoint(const HangingEndpoint&) = delete;
  HangingEndpoint& operator=(const HangingEndpoint&) = delete;

  std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  static constexpr int kBacklog = 128;
  int socket_;
  int port_ = 0;
};

}  // namespace smsim::testing_support
