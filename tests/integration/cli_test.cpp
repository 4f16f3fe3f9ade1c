// The `smsim` executable as a user runs it: --version, --help, `serve --port 0` announcing its
// address on the first stdout line, answering, and stopping cleanly on SIGTERM and SIGINT.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <nlohmann/json.hpp>
#include <string>

#include "../support/pcre_match.hpp"
#include "child_process.hpp"
#include "smsim/server.hpp"

namespace smsim::integration {
namespace {

// Generous limits on waiting for the child, only so a broken build fails instead of hanging.
constexpr std::chrono::seconds kDeadline{60};
constexpr int kExitSuccess = 0;
constexpr int kStatusOk = 200;

const std::string kBinary = SMSIM_BINARY;

struct Finished {
  int exitCode;
  std::string out;
  std::string err;
};

Finished runToEnd(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), kBinary);
  ChildProcess child(arguments);
  const auto exitCode = child.waitForExit(kDeadline);
  if (!exitCode) {
    ADD_FAILURE() << "smsim did not exit";
    return {-1, "", ""};
  }
  return {*exitCode, child.remainingStdout(), child.stderrText()};
}

TEST(CliTest, VersionPrintsTheVersion) {
  const auto result = runToEnd({"--version"});
  EXPECT_EQ(result.exitCode, kExitSuccess) << result.err;
  EXPECT_NE(result.out.find(version()), std::string::npos) << result.out;
}

TEST(CliTest, HelpDescribesServe) {
  const auto result = runToEnd({"--help"});
  EXPECT_EQ(result.exitCode, kExitSuccess) << result.err;
  EXPECT_NE(result.out.find("serve"), std::string::npos) << result.out;

  const auto serveHelp = runToEnd({"serve", "--help"});
  EXPECT_EQ(serveHelp.exitCode, kExitSuccess) << serveHelp.err;
  for (const char* option :
       {"--host", "--port", "--account-id", "--region", "--log-level", "--log-format",
        "--journal-capacity", "--journal-max-bytes", "--outbox-capacity"}) {
    EXPECT_NE(serveHelp.out.find(option), std::string::npos) << option;
  }
}

TEST(CliTest, RefusesBadOptionsWithANonZeroExit) {
  for (const auto& arguments : std::vector<std::vector<std::string>>{
           {"serve", "--port", "99999"},
           {"serve", "--port", "0", "--account-id", "12345"},
           {"serve", "--port", "0", "--account-id", "abcdefghijkl"},
           {"serve", "--port", "0", "--log-format", "xml"},
           {"serve", "--no-such-option"},
           {}}) {
    const auto result = runToEnd(arguments);
    EXPECT_NE(result.exitCode, kExitSuccess) << testing::PrintToString(arguments);
    EXPECT_FALSE(result.err.empty() && result.out.empty()) << testing::PrintToString(arguments);
  }
}

TEST(CliTest, ServeFailsClearlyWhenThePortIsTaken) {
  ServerConfig config;
  config.port = 0;
  Server occupant(config);
  occupant.start();
  const auto result = runToEnd({"serve", "--port", std::to_string(occupant.port())});
  EXPECT_NE(result.exitCode, kExitSuccess);
  EXPECT_NE(result.err.find("cannot listen"), std::string::npos) << result.err;
  EXPECT_EQ(result.out.find("smsim listening"), std::string::npos) << result.out;
}

// Starts `smsim serve --port 0`, checks the first stdout line and /_smsim/health, then stops it
// with `stopSignal` and expects a clean exit.
void serveAnswerAndStop(int stopSignal) {
  ChildProcess child({kBinary, "serve", "--port", "0", "--account-id", "210987654321"});
  const auto firstLine = child.readStdoutLine(kDeadline);
  ASSERT_TRUE(firstLine) << "smsim printed no first line";
  const auto match =
      test::pcreFullMatch(R"(smsim listening on http://127\.0\.0\.1:(\d+))", *firstLine);
  ASSERT_TRUE(match) << *firstLine;
  const int port = std::stoi((*match)[1]);
  ASSERT_GT(port, 0);

  httplib::Client http("127.0.0.1", port);
  auto health = http.Get("/_smsim/health");
  ASSERT_TRUE(health) << httplib::to_string(health.error());
  EXPECT_EQ(health->status, kStatusOk);
  EXPECT_EQ(nlohmann::json::parse(health->body)["status"], "ok");
  // --account-id is the account of unsigned requests.
  auto lists = http.Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeOptOutLists"}}, "{}",
                         "application/x-amz-json-1.0");
  ASSERT_TRUE(lists);
  EXPECT_NE(lists->body.find("arn:aws:sms-voice:us-east-1:210987654321:opt-out-list/Default"),
            std::string::npos)
      << lists->body;
  http.stop();

  child.signal(stopSignal);
  const auto exitCode = child.waitForExit(kDeadline);
  ASSERT_TRUE(exitCode) << "smsim did not stop on signal " << stopSignal;
  EXPECT_EQ(*exitCode, kExitSuccess) << child.stderrText();
  // The request log went to stderr, never to stdout after the first line.
  EXPECT_EQ(child.remainingStdout(), "");
}

TEST(CliTest, ServeOnPortZeroAnnouncesItsAddressAndStopsCleanlyOnSigterm) {
  serveAnswerAndStop(SIGTERM);
}

TEST(CliTest, ServeOnPortZeroAnnouncesItsAddressAndStopsCleanlyOnSigint) {
  serveAnswerAndStop(SIGINT);
}

}  // namespace
}  // namespace smsim::integration
