#include "server/http_transport.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include "common/http_status.hpp"
#include "server/connection_io.hpp"

namespace smsim::server {

namespace {

using std::chrono::steady_clock;

constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

thread_local int servedConnection = -1;

// smsim answers uncompressed, whatever the client accepts: its clients are tests on the same
// machine or network. cpp-httplib compresses JSON, XML and text with brotli when a browser asks
// (`Accept-Encoding: br`): under callgrind that took ~4.5 million instructions for a 72-byte
// control answer, 97% of what a dashboard poll cost the server.
void answerUncompressed(httplib::Request& request) { request.headers.erase("Accept-Encoding"); }

std::string errorResponse(int status, const TransportError& error) {
  std::string response = "HTTP/1.1 " + std::to_string(status) + " " +
                         std::string(statusReason(status)) +
                         "\r\nContent-Type: " + error.contentType +
                         "\r\nContent-Length: " + std::to_string(error.body.size());
  for (const auto& [name, value] : error.headers) response += "\r\n" + name + ": " + value;
  return response + "\r\nConnection: close\r\n\r\n" + error.body;
}

}  // namespace

int currentConnectionSocket() { return servedConnection; }

HttpTransport::HttpTransport(TransportLimits limits, TransportErrorRenderer renderError)
    : limits_(limits), renderError_(std::move(renderError)) {
  new_task_queue = [this] {
    auto* queue = new ElasticTaskQueue(limits_.maxConnections, limits_.idleThreadRetirement);
    queue_ = queue;
    return queue;
  };
}

void HttpTransport::raiseListenBacklog() {
  const socket_t socket = svr_sock_;
  if (socket != INVALID_SOCKET) ::listen(socket, limits_.listenBacklog);
}

bool HttpTransport::process_and_close_socket(socket_t socket) {
  servedConnection = socket;
  serveConnection(socket);
  servedConnection = -1;
  ::shutdown(socket, SHUT_RDWR);
  ::close(socket);
  return true;
}

void HttpTransport::serveConnection(socket_t socket) {
  ElasticTaskQueue* queue = queue_;
  const int stop = queue != nullptr ? queue->stopDescriptor() : -1;
  const int pressure = queue != nullptr ? queue->pressureDescriptor() : -1;
  const auto remote = peerEndpoint(socket);
  const auto local = localEndpoint(socket);
  const auto keepAlive = std::chrono::seconds(keep_alive_timeout_sec_);

  std::string buffer;
  RequestFramer framer(limits_.framing);
  for (std::size_t served = 0; svr_sock_ != INVALID_SOCKET;) {
    if (!framer.started(buffer) && waitReadable(socket, steady_clock::now() + keepAlive, stop,
                                                pressure) != WaitResult::Readable) {
      return;  // idle too long, the server stops, or a waiting connection needs this thread
    }
    const auto deadline = steady_clock::now() + limits_.requestReadTimeout;
    FrameState state;
    while ((state = framer.frame(buffer)) == FrameState::Incomplete) {
      if (framer.awaitsContinue()) {
        if (!sendAll(socket, kContinue)) return;
        framer.continueSent();
      }
      if (waitReadable(socket, deadline, stop) != WaitResult::Readable ||
          !readAvailable(socket, buffer)) {
        return;  // gone, stopping, or too slow (a slow-loris client holds no thread for long)
      }
    }
    if (state == FrameState::Invalid) {
      answerFramingError(socket, framer);
      return;
    }
    FramedRequestStream stream(socket, framer.request(buffer), remote.address, remote.port,
                               local.address, local.port);
    const bool lastRequest = ++served >= keep_alive_max_count_;
    bool connectionClosed = false;
    const bool written = process_request(stream, lastRequest, connectionClosed, answerUncompressed);
    buffer.erase(0, framer.consumed());
    framer.next();
    if (!written || connectionClosed || lastRequest) return;
  }
}

void HttpTransport::answerFramingError(socket_t socket, const RequestFramer& framer) {
  const int status = framer.errorStatus();
  const auto error = renderError_(status, framer.method(), framer.target(), framer.error());
  if (sendAll(socket, errorResponse(status, error))) closeAfterDraining(socket);
}

}  // namespace smsim::server
