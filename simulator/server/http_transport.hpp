#pragma once
// cpp-httplib's server with smsim's own connection handling. cpp-httplib 0.11.4 (Debian
// bookworm's) keeps a fixed pool with a thread per connection, a listen backlog of 5, drops
// pipelined requests, reads chunked and length-less bodies whole and never times out a slow
// client that keeps sending a byte at a time. Routing, request parsing and response writing stay
// cpp-httplib's; this class decides what bytes make one request, how long a connection may idle
// or dawdle, and which thread serves it.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "server/elastic_task_queue.hpp"
#include "server/request_framer.hpp"

namespace smsim::server {

struct TransportLimits {
  FramingLimits framing;
  // A request must arrive whole this long after its first byte: drops slow-loris clients.
  std::chrono::milliseconds requestReadTimeout{10'000};
  // Connections served at once (a thread each); more wait, and idle keep-alive ones close.
  std::size_t maxConnections = 1024;
  std::chrono::milliseconds idleThreadRetirement{30'000};
  int listenBacklog = 1024;
};

// The body of an error the transport answers itself, in the format of the API the target is for.
struct TransportError {
  std::string contentType;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // e.g. x-amzn-ErrorType
};
using TransportErrorRenderer = std::function<TransportError(
    int status, const std::string& method, const std::string& target, const std::string& message)>;

// The socket of the connection this thread is serving (-1 outside a request): connection faults
// break it.
int currentConnectionSocket();

class HttpTransport : public httplib::Server {
 public:
  HttpTransport(TransportLimits limits, TransportErrorRenderer renderError);

  // After bind_to_port / bind_to_any_port: cpp-httplib listens with a backlog of 5.
  void raiseListenBacklog();

 private:
  bool process_and_close_socket(socket_t socket) override;
  void serveConnection(socket_t socket);
  void answerFramingError(socket_t socket, const RequestFramer& framer);

  TransportLimits limits_;
  TransportErrorRenderer renderError_;
  std::atomic<ElasticTaskQueue*> queue_{nullptr};  // alive while the accept loop runs
};

}  // namespace smsim::server
