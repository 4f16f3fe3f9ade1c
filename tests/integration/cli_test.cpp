// The `smsim` executable as a user runs it: --version, --help, `serve --port 0` announcing its
// address on the first stdout line, answering, and stopping cleanly on SIGTERM and SIGINT.
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

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

Finished runToEnd(std::vector<std::string> arguments, bool prependBinary = true) {
  if (prependBinary) arguments.insert(arguments.begin(), kBinary);
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

TEST(CliTest, HelpNamesTheProgramAndShowsExamples) {
  for (const auto& arguments :
       std::vector<std::vector<std::string>>{{"--help"}, {"serve", "--help"}}) {
    const auto result = runToEnd(arguments);
    EXPECT_EQ(result.exitCode, kExitSuccess) << result.err;
    EXPECT_NE(result.out.find("Usage: smsim"), std::string::npos) << result.out;
    EXPECT_EQ(result.out.find(kBinary), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("Examples:"), std::string::npos) << result.out;
  }
  EXPECT_NE(runToEnd({"serve", "--help"}).out.find("SMSIM_PORT"), std::string::npos);
}

// `smsim completion bash` completes subcommands and each one's options, from CLI11's own list.
TEST(CliTest, BashCompletionCompletesSubcommandsAndOptions) {
  const std::string script = runToEnd({"completion", "bash"}).out;
  ASSERT_NE(script.find("complete -o filenames -F _smsim smsim"), std::string::npos) << script;
  const auto complete = [&](const std::string& words, int current) {
    const auto result =
        runToEnd({"/bin/bash", "-c",
                  script + "\nCOMP_WORDS=(" + words + "); COMP_CWORD=" + std::to_string(current) +
                      "; _smsim; echo \"${COMPREPLY[*]}\""},
                 /*prependBinary=*/false);
    return result.out;
  };
  EXPECT_EQ(complete("smsim se", 1), "serve\n");
  EXPECT_EQ(complete("smsim serve --journal-", 2), "--journal-capacity --journal-max-bytes\n");
  EXPECT_NE(complete("smsim run --", 2).find("--junit"), std::string::npos);
}

// A usage error exits 2 (not CLI11's internal 105 or 106) with one line saying what and where.
TEST(CliTest, UsageErrorsExitTwoWithAOneLineHint) {
  for (const auto& arguments : std::vector<std::vector<std::string>>{
           {},
           {"serve", "--port", "abc"},
           {"serve", "--no-such-option"},
           {"nonsense"},
           {"serve", "--port", "0", "--access-key", "no-colon"},
           {"serve", "--port", "0", "--verify-signatures"}}) {  // no --access-key to check with
    const auto result = runToEnd(arguments);
    EXPECT_EQ(result.exitCode, 2) << testing::PrintToString(arguments) << result.err;
    EXPECT_TRUE(result.err.starts_with("smsim: ")) << result.err;
    EXPECT_NE(result.err.find("--help"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  }
}

TEST(CliTest, RefusesBadOptionsWithANonZeroExit) {
  for (const auto& arguments : std::vector<std::vector<std::string>>{
           {"serve", "--port", "99999"},
           {"serve", "--port", "0", "--account-id", "12345"},
           {"serve", "--port", "0", "--account-id", "abcdefghijkl"},
           {"serve", "--port", "0", "--log-format", "xml"},
           {"serve", "--port", "0", "--account-tier", "trial"},
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
  EXPECT_NE(result.err.find("EADDRINUSE"), std::string::npos) << result.err;
  EXPECT_EQ(result.out.find("smsim listening"), std::string::npos) << result.out;
}

// The port a started `smsim serve --port 0` announces on its first stdout line; 0 on failure.
int announcedPort(ChildProcess& child) {
  const auto firstLine = child.readStdoutLine(kDeadline);
  if (!firstLine) return 0;
  const auto match =
      test::pcreFullMatch(R"(smsim listening on http://127\.0\.0\.1:(\d+))", *firstLine);
  return match ? std::stoi((*match)[1]) : 0;
}

// The account of unsigned requests of an smsim started with these arguments (through env(1), so
// they may begin with VARIABLE=value).
std::string defaultAccountOf(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "/usr/bin/env");
  ChildProcess child(arguments);
  const int port = announcedPort(child);
  if (port == 0) {
    child.signal(SIGTERM);
    child.waitForExit(kDeadline);
    ADD_FAILURE() << "smsim did not start: " << child.stderrText();
    return "";
  }
  httplib::Client http("127.0.0.1", port);
  auto lists = http.Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeOptOutLists"}}, "{}",
                         "application/x-amz-json-1.0");
  child.signal(SIGTERM);
  child.waitForExit(kDeadline);
  if (!lists) return "";
  const std::string arn = nlohmann::json::parse(lists->body)["OptOutLists"][0]["OptOutListArn"];
  return arn.substr(arn.find(":sms-voice:us-east-1:") + 21, 12);
}

// The ACCOUNT_TIER DescribeAccountAttributes reports from a server started with `arguments`.
std::string accountTierOf(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "/usr/bin/env");
  ChildProcess child(arguments);
  const int port = announcedPort(child);
  if (port == 0) {
    child.signal(SIGTERM);
    child.waitForExit(kDeadline);
    ADD_FAILURE() << "smsim did not start: " << child.stderrText();
    return "";
  }
  httplib::Client http("127.0.0.1", port);
  auto attributes =
      http.Post("/", {{"X-Amz-Target", "PinpointSMSVoiceV2.DescribeAccountAttributes"}}, "{}",
                "application/x-amz-json-1.0");
  child.signal(SIGTERM);
  child.waitForExit(kDeadline);
  if (!attributes) return "";
  return nlohmann::json::parse(attributes->body)["AccountAttributes"][0]["Value"];
}

// A file that is removed when the test ends.
struct TemporaryFile {
  explicit TemporaryFile(const std::string& name, const std::string& text)
      : path(testing::TempDir() + name) {
    write(text);
  }
  ~TemporaryFile() { std::remove(path.c_str()); }
  void write(const std::string& text) const { std::ofstream(path, std::ios::trunc) << text; }
  std::string path;
};

// Every serve option also from SMSIM_<OPTION> and from --config; a flag beats the variable, which
// beats the file, which beats the default.
TEST(CliTest, OptionsComeFromFlagsThenEnvironmentThenConfigFile) {
  const TemporaryFile config("smsim-config.toml", "[serve]\naccount-id = \"333333333333\"\n");
  const std::string binary = kBinary;
  EXPECT_EQ(defaultAccountOf({binary, "serve", "--port", "0"}), "123456789012");
  EXPECT_EQ(defaultAccountOf({binary, "serve", "--port", "0", "--config", config.path}),
            "333333333333");
  EXPECT_EQ(defaultAccountOf({"SMSIM_CONFIG=" + config.path, "SMSIM_ACCOUNT_ID=222222222222",
                              "SMSIM_PORT=0", binary, "serve"}),
            "222222222222");
  EXPECT_EQ(
      defaultAccountOf({"SMSIM_ACCOUNT_ID=222222222222", "SMSIM_PORT=1", binary, "serve", "--port",
                        "0", "--config", config.path, "--account-id", "111111111111"}),
      "111111111111");

  const auto badVariable = runToEnd({"serve", "--config", config.path + ".missing"});
  EXPECT_EQ(badVariable.exitCode, 2) << badVariable.err;
  const TemporaryFile unknownKey("smsim-unknown.toml", "prot = 4580\n");
  const auto unknown = runToEnd({"serve", "--port", "0", "--config", unknownKey.path});
  EXPECT_EQ(unknown.exitCode, 2) << unknown.err;
  EXPECT_NE(unknown.err.find("prot"), std::string::npos) << unknown.err;
}

// --account-tier, SMSIM_ACCOUNT_TIER and --config all set the tier new accounts start in.
TEST(CliTest, TheAccountTierComesFromFlagVariableOrConfigFile) {
  const std::string binary = kBinary;
  EXPECT_EQ(accountTierOf({binary, "serve", "--port", "0"}), "PRODUCTION");
  EXPECT_EQ(accountTierOf({binary, "serve", "--port", "0", "--account-tier", "sandbox"}),
            "SANDBOX");
  EXPECT_EQ(accountTierOf({"SMSIM_ACCOUNT_TIER=sandbox", binary, "serve", "--port", "0"}),
            "SANDBOX");
  const TemporaryFile config("smsim-tier.toml", "account-tier = \"sandbox\"\n");
  EXPECT_EQ(accountTierOf({binary, "serve", "--port", "0", "--config", config.path}), "SANDBOX");
}

constexpr const char* kScenarioBefore = "name: reloaded\ndescription: before\n";
constexpr const char* kScenarioAfter = "name: reloaded\ndescription: after\n";

std::string loadedDescription(httplib::Client& http) {
  auto answer = http.Get("/_smsim/scenarios");
  if (!answer) return "";
  const auto scenarios = nlohmann::json::parse(answer->body)["scenarios"];
  return scenarios.empty() ? "" : scenarios[0].value("description", "");
}

// The loaded scenario's description once it is `expected`, or at the deadline. Polls every 20 ms:
// a reload is quick, and a child's stderr pipe should not fill with the log of a busy loop.
std::string awaitDescription(httplib::Client& http, const std::string& expected) {
  const auto deadline = std::chrono::steady_clock::now() + kDeadline;
  auto description = loadedDescription(http);
  while (description != expected && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    description = loadedDescription(http);
  }
  return description;
}

// SIGHUP reloads the --scenario files (a broken one keeps the loaded ones and says why); control
// calls are logged, absent values as JSON null; an idle keep-alive connection does not hold up
// the exit.
TEST(CliTest, SighupReloadsScenariosAndTheLogShowsControlCalls) {
  const TemporaryFile scenario("smsim-reloaded.yaml", kScenarioBefore);
  ChildProcess child(
      {kBinary, "serve", "--port", "0", "--log-format", "json", "--scenario", scenario.path});
  const int port = announcedPort(child);
  ASSERT_GT(port, 0) << child.stderrText();
  httplib::Client http("127.0.0.1", port);
  http.set_keep_alive(true);
  EXPECT_EQ(loadedDescription(http), "before");

  scenario.write(kScenarioAfter);
  child.signal(SIGHUP);
  EXPECT_EQ(awaitDescription(http, "after"), "after");

  scenario.write("name: [unclosed\n");
  child.signal(SIGHUP);  // handled before the SIGTERM below: sigwait takes the lower number first
  const auto stopAsked = std::chrono::steady_clock::now();
  child.signal(SIGTERM);
  const auto exitCode = child.waitForExit(kDeadline);
  ASSERT_TRUE(exitCode);
  EXPECT_EQ(*exitCode, kExitSuccess);
  // The keep-alive connection above is still open and idle (its timeout is 5 s).
  EXPECT_LT(std::chrono::steady_clock::now() - stopAsked, std::chrono::seconds(3));

  const auto log = child.stderrText();
  EXPECT_NE(log.find(R"("message":"scenario reload failed; the loaded scenarios stay")"),
            std::string::npos)
      << log;
  EXPECT_NE(log.find(scenario.path), std::string::npos) << log;
  const auto controlLine = log.find(R"("path":"/_smsim/scenarios")");
  ASSERT_NE(controlLine, std::string::npos) << log;
  const auto lineStart = log.rfind('\n', controlLine) + 1;
  const auto line =
      nlohmann::json::parse(log.substr(lineStart, log.find('\n', controlLine) - lineStart));
  EXPECT_EQ(line["status"], kStatusOk);
  EXPECT_TRUE(line["error"].is_null()) << line.dump();
}

// --watch reloads a changed scenario file; a directory loads the scenario files in it.
TEST(CliTest, WatchReloadsAChangedScenarioOfADirectory) {
  const auto directory = testing::TempDir() + "smsim-watched";
  std::filesystem::remove_all(directory);
  std::filesystem::create_directory(directory);
  const TemporaryFile scenario("smsim-watched/watched.yaml", kScenarioBefore);
  ChildProcess child(
      {kBinary, "serve", "--port", "0", "--log-level", "warn", "--watch", "--scenario", directory});
  const int port = announcedPort(child);
  ASSERT_GT(port, 0) << child.stderrText();
  httplib::Client http("127.0.0.1", port);
  EXPECT_EQ(loadedDescription(http), "before");

  scenario.write(kScenarioAfter);
  EXPECT_EQ(awaitDescription(http, "after"), "after");
  child.signal(SIGTERM);
  EXPECT_EQ(child.waitForExit(kDeadline), kExitSuccess);
  std::filesystem::remove_all(directory);
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
