// The transport under hostile or unusual clients: many idle keep-alive connections, slow clients,
// pipelined requests, oversized and malformed framing, invalid bytes in the request line. Each
// case is a regression test of a finding of the hardening audit (issue 10): before, the server
// stalled for seconds, never answered, read bodies whole or aborted.
#include <future>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "raw_connection.hpp"
#include "running_server.hpp"

namespace smsim::integration {
namespace {

using namespace std::chrono_literals;
using nlohmann::json;

constexpr auto kPromptly = 3000ms;  // far above a loopback request, far below the old stalls
constexpr const char* kHealth = "GET /_smsim/health HTTP/1.1\r\nHost: t\r\n\r\n";

std::string awsRequest(const std::string& body) {
  return "POST / HTTP/1.1\r\nHost: t\r\nX-Amz-Target: PinpointSMSVoiceV2.DescribeOptOutLists\r\n"
         "Content-Type: application/x-amz-json-1.0\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body;
}

class TransportTest : public RunningServer {
 protected:
  // A request on a new connection, answered within kPromptly.
  bool freshRequestAnsweredPromptly() {
    RawConnection connection(server_.port());
    connection.send(kHealth);
    return connection.receive(1, kPromptly).starts_with("HTTP/1.1 200");
  }
};

// Finding 8: with 64 idle keep-alive sockets a fresh request waited 4.8 s (256: 15.7 s).
TEST_F(TransportTest, IdleKeepAliveConnectionsDoNotDelayAFreshRequest) {
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 300; ++i) {
    idle.push_back(std::make_unique<RawConnection>(server_.port()));
    idle.back()->send(kHealth);
    ASSERT_EQ(idle.back()->receive(1, kPromptly).substr(0, 12), "HTTP/1.1 200") << i;
  }
  EXPECT_TRUE(freshRequestAnsweredPromptly());
  // And the idle ones are still kept alive and usable.
  idle.front()->send(kHealth);
  EXPECT_EQ(idle.front()->receive(2, kPromptly).find("HTTP/1.1 200", 1) != std::string::npos, true);
}

// Finding 8: a pipelined second request was never answered.
TEST_F(TransportTest, PipelinedRequestsAreAnsweredInOrder) {
  RawConnection connection(server_.port());
  connection.send(awsRequest("{}") + kHealth + awsRequest("{\"MaxResults\": 0}"));
  const auto received = connection.receive(3, kPromptly);
  ASSERT_EQ(connection.completeResponses(), 3) << received;
  const auto first = received.find("OptOutLists");
  const auto second = received.find("\"status\":\"ok\"");
  const auto third = received.find("ValidationException");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  ASSERT_NE(third, std::string::npos);
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
}

// Finding 8: 32 simultaneous connects and 25 waited a second (listen backlog 5: the handshakes
// that overflow it are answered by the kernel's SYN-ACK retransmission, one second later).
TEST_F(TransportTest, ManySimultaneousConnectsAreAllServed) {
  constexpr auto kBeforeARetransmission = 900ms;
  std::vector<std::future<bool>> clients;
  for (int i = 0; i < 64; ++i) {
    clients.push_back(std::async(std::launch::async, [this, kBeforeARetransmission] {
      RawConnection connection(server_.port());
      connection.send(kHealth);
      return connection.receive(1, kBeforeARetransmission).starts_with("HTTP/1.1 200");
    }));
  }
  int served = 0;
  for (auto& client : clients) served += client.get() ? 1 : 0;
  EXPECT_EQ(served, 64);
}

// Finding 1: invalid UTF-8 in the path or method of a request no route answers aborted smsim.
TEST_F(TransportTest, InvalidUtf8InTheRequestLineGetsAnError) {
  for (const std::string line : {"GET /%ff HTTP/1.1", "GET /\xff\xfe HTTP/1.1", "\xff / HTTP/1.1",
                                 "POST /v1/\xff HTTP/1.1"}) {
    SCOPED_TRACE(line);
    RawConnection connection(server_.port());
    connection.send(line + "\r\nHost: t\r\nContent-Length: 0\r\n\r\n");
    const auto received = connection.receive(1, kPromptly);
    EXPECT_TRUE(received.starts_with("HTTP/1.1 4")) << received;
  }
  EXPECT_TRUE(freshRequestAnsweredPromptly());
}

// Finding 1: the body of a request refused for its URI length was parsed as a new request.
TEST_F(TransportTest, TheBodyOfARefusedRequestIsNeverParsedAsARequest) {
  const std::string smuggled = "\xff / HTTP/1.1\r\nHost: t\r\n\r\n";
  RawConnection connection(server_.port());
  connection.send("GET /" + std::string(9000, 'a') + " HTTP/1.1\r\nHost: t\r\nContent-Length: " +
                  std::to_string(smuggled.size()) + "\r\n\r\n" + smuggled + kHealth);
  const auto received = connection.receive(2, kPromptly);
  EXPECT_TRUE(received.starts_with("HTTP/1.1 414")) << received.substr(0, 200);
  EXPECT_NE(received.find("\"status\":\"ok\""), std::string::npos) << received.substr(0, 400);
  EXPECT_TRUE(freshRequestAnsweredPromptly());
}

// Finding 10: a chunked 100 MiB body was read whole (202 MB) before being refused.
TEST_F(TransportTest, AnOversizedChunkedBodyIsRefusedWithoutReadingIt) {
  RawConnection connection(server_.port());
  connection.send(
      "POST / HTTP/1.1\r\nHost: t\r\nX-Amz-Target: PinpointSMSVoiceV2.DescribeOptOutLists\r\n"
      "Transfer-Encoding: chunked\r\n\r\n6400000\r\n");  // one chunk of 100 MiB announced
  connection.send(std::string(64 * 1024, 'a'));
  const auto received = connection.receive(1, kPromptly);
  EXPECT_TRUE(received.starts_with("HTTP/1.1 413")) << received.substr(0, 200);
  EXPECT_NE(received.find("RequestEntityTooLargeException"), std::string::npos);
}

// Finding 10: a POST without Content-Length was read until the client closed.
TEST_F(TransportTest, ABodyWithoutLengthIsEmpty) {
  RawConnection connection(server_.port());
  connection.send(
      "POST / HTTP/1.1\r\nHost: t\r\nX-Amz-Target: PinpointSMSVoiceV2.DescribeOptOutLists\r\n"
      "Content-Type: application/x-amz-json-1.0\r\n\r\n");
  const auto received = connection.receive(1, kPromptly);
  EXPECT_TRUE(received.starts_with("HTTP/1.1 200")) << received;
}

// Finding 10: 1,000,000 header lines were accepted (246 MB).
TEST_F(TransportTest, EndlessHeadersAreRefused) {
  RawConnection connection(server_.port());
  connection.send("GET /_smsim/health HTTP/1.1\r\n");
  std::string lines;
  for (int i = 0; i < 1000; ++i) lines += "X-Filler: " + std::to_string(i) + "\r\n";
  bool refused = false;
  for (int round = 0; round < 100 && !refused; ++round) {
    refused = !connection.send(lines) || connection.receive(1, 10ms).starts_with("HTTP/1.1 431");
  }
  EXPECT_TRUE(connection.receive(1, kPromptly).starts_with("HTTP/1.1 431"))
      << connection.received().substr(0, 200);
}

// Finding 12: Convoso form bodies over 8 KiB got 413 with an AWS body about 1048576 bytes.
TEST_F(TransportTest, AnOversizedConvosoFormGetsAConvosoShapedError) {
  auto http = client();
  const std::string form =
      "auth_token=t&phone_number=4155550100&phone_code=1&campaign_id=0&reason=" +
      std::string(9000, 'r');
  auto result = http.Post("/v1/sms-opt-out/insert", form, "application/x-www-form-urlencoded");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 413);
  const auto body = json::parse(result->body, nullptr, false);
  EXPECT_EQ(body.value("success", true), false) << result->body;
  EXPECT_NE(body.value("text", "").find("8192"), std::string::npos) << result->body;
}

TEST_F(TransportTest, UnknownControlAndConvosoRoutesAnswerInTheirFormat) {
  auto http = client();
  auto control = http.Get("/_smsim/nothing-here");
  ASSERT_TRUE(control);
  EXPECT_EQ(control->status, 404);
  EXPECT_EQ(json::parse(control->body).value("error", ""), "NotFound");
  auto convoso = http.Get("/v1/nothing-here");
  ASSERT_TRUE(convoso);
  EXPECT_EQ(convoso->status, 404);
  EXPECT_EQ(json::parse(convoso->body).value("success", true), false);
}

TEST_F(TransportTest, ExpectContinueIsHonoured) {
  RawConnection connection(server_.port());
  connection.send(
      "POST / HTTP/1.1\r\nHost: t\r\nX-Amz-Target: PinpointSMSVoiceV2.DescribeOptOutLists\r\n"
      "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n");
  EXPECT_TRUE(connection.receive(0, 10ms).empty());
  const auto interim = [&] {
    const auto end = std::chrono::steady_clock::now() + kPromptly;
    while (std::chrono::steady_clock::now() < end &&
           connection.received().find("100 Continue") == std::string::npos) {
      connection.receive(1, 50ms);
    }
    return connection.received();
  }();
  ASSERT_TRUE(interim.starts_with("HTTP/1.1 100 Continue\r\n\r\n")) << interim;
  connection.send("{}");
  EXPECT_NE(connection.receive(1, kPromptly).find("HTTP/1.1 200"), std::string::npos);
}

// A server whose clients must send a whole request quickly: slow clients are dropped.
class SlowClientTest : public testing::Test {
 protected:
  static ServerConfig config() {
    ServerConfig config;
    config.port = 0;
    config.requestReadTimeout = 500ms;
    return config;
  }
  void SetUp() override { server_.start(); }
  void TearDown() override { server_.stop(); }
  Server server_{config()};
};

// Finding 8: 64 slow-loris clients (a header byte a second) stopped all service.
TEST_F(SlowClientTest, SlowLorisClientsAreDroppedAndOthersServed) {
  std::vector<std::unique_ptr<RawConnection>> slow;
  for (int i = 0; i < 100; ++i) {
    slow.push_back(std::make_unique<RawConnection>(server_.port()));
    slow.back()->send("GET /_smsim/health HTTP/1.1\r\n");
  }
  RawConnection fresh(server_.port());
  fresh.send(kHealth);
  EXPECT_TRUE(fresh.receive(1, kPromptly).starts_with("HTTP/1.1 200"));
  for (int second = 0; second < 3; ++second) {
    for (auto& connection : slow) connection->send("X");
    std::this_thread::sleep_for(200ms);
  }
  int dropped = 0;
  for (auto& connection : slow) dropped += connection->closedWithin(kPromptly) ? 1 : 0;
  EXPECT_EQ(dropped, 100);
}

}  // namespace
}  // namespace smsim::integration
