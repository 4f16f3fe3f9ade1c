#pragma once
// Breaks the TCP connection a request arrived on, below HTTP, the way a flaky network does.
// cpp-httplib 0.11 hands handlers no socket, so the socket is found by the request's own
// addresses (/proc/self/fd + getsockname/getpeername) and then swapped for /dev/null with dup2:
// that closes the connection at once (with SO_LINGER 0: a TCP RST), while the descriptor number
// stays owned by cpp-httplib, whose writes to it then fail (ENOTSOCK) and which closes it as
// usual. No other thread's descriptor is touched.
#include <httplib.h>

namespace smsim::server {

// The client sees "connection reset by peer" before any byte of a response. False when the
// socket could not be found.
bool resetConnection(const httplib::Request& request);
// The client sees the connection closed (FIN) before any byte of a response.
bool closeConnection(const httplib::Request& request);

}  // namespace smsim::server
