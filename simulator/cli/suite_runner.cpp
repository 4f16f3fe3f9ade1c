#include "cli/suite_runner.hpp"

#include <httplib.h>

#include <chrono>
#include <fstream>

#include "scenario/scenario.hpp"
#include "scenario/step_check.hpp"
#include "smsim/server.hpp"

namespace smsim::scenario {

namespace {

using Seconds = std::chrono::duration<double>;

// Long enough for the longest delay a rule may script (300 s).
constexpr int kReadTimeoutSeconds = 330;
constexpr int kConnectTimeoutSeconds = 10;

StepAnswer send(httplib::Client& client, const HttpCall& call) {
  httplib::Headers headers;
  for (const auto& [name, value] : call.headers) headers.emplace(name, value);
  httplib::Request request;
  request.method = call.method;
  request.path = call.target;
  request.headers = std::move(headers);
  request.body = call.body;
  if (!call.contentType.empty()) request.set_header("Content-Type", call.contentType);
  StepAnswer answer;
  auto result = client.send(request);
  if (!result) {
    answer.transportError = httplib::to_string(result.error());
    return answer;
  }
  answer.status = result->status;
  for (const auto& [name, value] : result->headers) answer.headers.emplace_back(name, value);
  answer.body = result->body;
  return answer;
}

CheckResult playStep(httplib::Client& client, const Step& step) {
  CheckResult check;
  check.kind = "step";
  check.name = step.name;
  check.line = step.position.line;
  check.passed = true;
  const auto started = std::chrono::steady_clock::now();
  for (std::uint64_t round = 1; round <= step.repeat; ++round) {
    const auto answer = send(client, step.call);
    check.detail = describeAnswer(answer);
    if (auto mismatch = stepMismatch(step.expect, answer)) {
      check.passed = false;
      check.detail = (step.repeat > 1 ? "call " + std::to_string(round) + " of " +
                                            std::to_string(step.repeat) + ": "
                                      : std::string()) +
                     *mismatch;
      break;
    }
  }
  if (check.passed && step.repeat > 1) {
    check.detail = std::to_string(step.repeat) + " calls, last: " + check.detail;
  }
  check.seconds = Seconds(std::chrono::steady_clock::now() - started).count();
  return check;
}

void verifyThroughServer(httplib::Client& client, const std::string& name, ScenarioReport& report) {
  auto result = client.Post(("/_smsim/verify?scenario=" + name).c_str(), "", "application/json");
  if (!result || result->status != 200) {
    report.error = "POST /_smsim/verify failed: " +
                   (result ? std::to_string(result->status) + " " + result->body
                           : httplib::to_string(result.error()));
    return;
  }
  const auto json = nlohmann::json::parse(result->body, nullptr, false);
  if (json.is_discarded()) {
    report.error = "POST /_smsim/verify answered no JSON";
    return;
  }
  for (const auto& scenario : json.value("scenarios", nlohmann::json::array())) {
    for (const auto& check : scenario.value("checks", nlohmann::json::array())) {
      report.checks.push_back(check.get<CheckResult>());
    }
  }
}

void printReport(const ScenarioReport& report, std::ostream& out) {
  out << (report.passed() ? "PASS " : "FAIL ") << report.scenario << " (" << report.file << ")\n";
  if (report.error) out << "  error  " << *report.error << "\n";
  for (const auto& check : report.checks) {
    out << "  " << (check.passed ? "ok     " : "FAILED ") << check.kind << " " << check.name;
    if (!check.passed) out << "\n         at " << report.file << ":" << check.line;
    out << (check.passed ? " -> " : ": ") << check.detail << "\n";
  }
}

}  // namespace

ScenarioReport runScenarioFile(const std::string& file) {
  ScenarioReport report;
  report.file = file;
  report.scenario = file;
  try {
    const auto scenario = loadScenarioFile(file);
    report.scenario = scenario.name;
    ServerConfig config;
    config.host = "127.0.0.1";
    config.port = 0;
    config.scenarioFiles = {file};
    Server server(config);
    server.start();
    httplib::Client client(config.host, server.port());
    client.set_connection_timeout(kConnectTimeoutSeconds);
    client.set_read_timeout(kReadTimeoutSeconds);
    for (const auto& step : scenario.steps) report.checks.push_back(playStep(client, step));
    verifyThroughServer(client, scenario.name, report);
    server.stop();
  } catch (const ScenarioError& error) {
    report.error = error.what();
  } catch (const std::exception& error) {
    report.error = std::string("could not run: ") + error.what();
  }
  return report;
}

int runSuite(const std::vector<std::string>& files, const SuiteOptions& options,
             std::ostream& out) {
  std::vector<ScenarioReport> reports;
  std::size_t passed = 0;
  for (const auto& file : files) {
    reports.push_back(runScenarioFile(file));
    printReport(reports.back(), out);
    if (reports.back().passed()) ++passed;
  }
  const auto failed = reports.size() - passed;
  out << passed << " passed, " << failed << " failed" << std::endl;
  if (options.junitPath) {
    std::ofstream junit(*options.junitPath, std::ios::binary);
    junit << junitXml(reports);
    if (!junit) {
      out << "could not write " << *options.junitPath << std::endl;
      return 1;
    }
  }
  return failed == 0 ? 0 : 1;
}

int validateFiles(const std::vector<std::string>& files, std::ostream& out) {
  std::size_t invalid = 0;
  for (const auto& file : files) {
    try {
      const auto scenario = loadScenarioFile(file);
      out << "ok      " << file << " (" << scenario.name << ": " << scenario.rules.size()
          << " rules, " << scenario.steps.size() << " steps, " << scenario.expectations.size()
          << " expectations)\n";
    } catch (const ScenarioError& error) {
      ++invalid;
      out << "invalid " << error.what() << "\n";
    } catch (const std::exception& error) {  // a loader bug: still a refused file, not a crash
      ++invalid;
      out << "invalid " << file << ": could not be read: " << error.what() << "\n";
    }
  }
  out << files.size() - invalid << " valid, " << invalid << " invalid" << std::endl;
  return invalid == 0 ? 0 : 1;
}

}  // namespace smsim::scenario
