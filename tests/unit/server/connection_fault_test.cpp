// Breaking a connection below HTTP: the socket is found by the request's addresses alone, and the
// peer sees a reset (RST) or an orderly close (FIN) before any byte.
#include "server/connection_fault.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace smsim::server {
namespace {

constexpr const char* kLoopback = "127.0.0.1";

int portOf(int fd, bool peer) {
  sockaddr_in address{};
  socklen_t length = sizeof address;
  auto* raw = reinterpret_cast<sockaddr*>(&address);
  EXPECT_EQ(peer ? getpeername(fd, raw, &length) : getsockname(fd, raw, &length), 0);
  return ntohs(address.sin_port);
}

// A TCP connection over loopback: `server` is the accepted end, as cpp-httplib holds it, and
// `request` carries its addresses, as cpp-httplib fills them in.
class Connection : public ::testing::Test {
 protected:
  void SetUp() override {
    listener = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(listen(listener, 1), 0);
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    client = socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_EQ(connect(client, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    server = accept(listener, nullptr, nullptr);
    ASSERT_GE(server, 0);
    request.remote_addr = kLoopback;
    request.remote_port = portOf(server, /*peer=*/true);
    request.local_addr = kLoopback;
    request.local_port = portOf(server, /*peer=*/false);
  }
  void TearDown() override {
    for (int fd : {client, server, listener}) close(fd);
  }

  // What the client reads: the byte count, and errno when it failed.
  std::pair<ssize_t, int> clientRead() {
    char buffer[16];
    errno = 0;
    const auto read = recv(client, buffer, sizeof buffer, 0);
    return {read, errno};
  }

  int listener = -1;
  int client = -1;
  int server = -1;
  httplib::Request request;
};

TEST_F(Connection, AResetReachesThePeerAsConnectionReset) {
  ASSERT_TRUE(resetConnection(request));
  const auto [read, error] = clientRead();
  EXPECT_EQ(read, -1);
  EXPECT_EQ(error, ECONNRESET);
  // The descriptor stays open (now /dev/null) for its owner to close; writes no longer reach
  // the network.
  EXPECT_NE(fcntl(server, F_GETFD), -1);
  EXPECT_NE(send(server, "x", 1, MSG_NOSIGNAL), 1);
}

TEST_F(Connection, ACloseReachesThePeerAsAnOrderlyEnd) {
  ASSERT_TRUE(closeConnection(request));
  EXPECT_EQ(clientRead(), (std::pair<ssize_t, int>{0, 0}));
}

TEST_F(Connection, AnotherConnectionIsLeftAlone) {
  httplib::Request other = request;
  other.remote_port = request.remote_port == 65535 ? 1 : request.remote_port + 1;
  EXPECT_FALSE(resetConnection(other));
  EXPECT_FALSE(closeConnection(other));
  ASSERT_EQ(send(server, "ok", 2, MSG_NOSIGNAL), 2);
  EXPECT_EQ(clientRead().first, 2);
}

}  // namespace
}  // namespace smsim::server
