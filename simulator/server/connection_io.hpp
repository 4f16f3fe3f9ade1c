#pragma once
// Socket reads and writes for the transport: waits that a stopping server or a full pool can
// interrupt, reads bounded by a deadline, and the stream through which cpp-httplib reads exactly
// one framed request and writes its answer.
#include <httplib.h>

#include <chrono>
#include <string>
#include <string_view>

namespace smsim::server {

enum class WaitResult { Readable, TimedOut, Interrupted };

// Waits until `socket` has bytes, the deadline passes, or one of the `interrupts` descriptors
// (stop, pool pressure; -1 for none) becomes readable.
WaitResult waitReadable(int socket, std::chrono::steady_clock::time_point deadline,
                        int stopInterrupt, int idleInterrupt = -1);

// Appends what the socket has (at most one read) to `buffer`; false on end of stream or error.
bool readAvailable(int socket, std::string& buffer);

// Writes all of `data`; false when the peer is gone or the write times out.
bool sendAll(int socket, std::string_view data);

// Closes after an error answer without a reset that would discard it: the peer may still be
// sending the body we refused.
void closeAfterDraining(int socket);

// What cpp-httplib's process_request reads (one request, already whole in memory) and writes.
class FramedRequestStream : public httplib::Stream {
 public:
  FramedRequestStream(int socket, std::string_view request, const std::string& remoteAddress,
                      int remotePort, const std::string& localAddress, int localPort)
      : socket_(socket),
        request_(request),
        remoteAddress_(remoteAddress),
        remotePort_(remotePort),
        localAddress_(localAddress),
        localPort_(localPort) {}

  bool is_readable() const override { return true; }
  bool is_writable() const override;
  ssize_t read(char* destination, size_t size) override;
  ssize_t write(const char* data, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return socket_; }

 private:
  int socket_;
  std::string_view request_;  // what is left to read
  const std::string& remoteAddress_;
  int remotePort_;
  const std::string& localAddress_;
  int localPort_;
};

// The numeric address and port of either end of a connected socket.
struct SocketEndpoint {
  std::string address;
  int port = 0;
};
SocketEndpoint peerEndpoint(int socket);
SocketEndpoint localEndpoint(int socket);

}  // namespace smsim::server
