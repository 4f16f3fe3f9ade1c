#include "scenario/report.hpp"

#include <algorithm>
#include <cstdio>

namespace smsim::scenario {

namespace {

std::string escapeXml(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      default:
        // XML 1.0 allows no control characters but tab, newline and carriage return.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          escaped += ' ';
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

std::string seconds(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", value);
  return text;
}

}  // namespace

bool ScenarioReport::passed() const { return !error && failures() == 0; }

std::size_t ScenarioReport::failures() const {
  return static_cast<std::size_t>(
      std::count_if(checks.begin(), checks.end(), [](const CheckResult& c) { return !c.passed; }));
}

void to_json(nlohmann::json& out, const CheckResult& check) {
  out = {{"kind", check.kind},     {"name", check.name}, {"passed", check.passed},
         {"detail", check.detail}, {"line", check.line}, {"seconds", check.seconds}};
}

void from_json(const nlohmann::json& in, CheckResult& check) {
  check.kind = in.value("kind", "expect");
  check.name = in.value("name", "");
  check.passed = in.value("passed", false);
  check.detail = in.value("detail", "");
  check.line = in.value("line", 0);
  check.seconds = in.value("seconds", 0.0);
}

void to_json(nlohmann::json& out, const ScenarioReport& report) {
  out = {{"scenario", report.scenario},
         {"file", report.file},
         {"passed", report.passed()},
         {"checks", report.checks}};
  if (report.error) out["error"] = *report.error;
}

nlohmann::json reportsJson(const std::vector<ScenarioReport>& reports) {
  const auto passedCount =
      std::count_if(reports.begin(), reports.end(), [](const auto& r) { return r.passed(); });
  const auto failedCount = static_cast<std::ptrdiff_t>(reports.size()) - passedCount;
  return {{"passed", failedCount == 0},
          {"passedCount", passedCount},
          {"failedCount", failedCount},
          {"scenarios", reports}};
}

std::string junitXml(const std::vector<ScenarioReport>& reports) {
  std::size_t tests = 0;
  std::size_t failures = 0;
  std::size_t errors = 0;
  for (const auto& report : reports) {
    tests += report.checks.size() + (report.error ? 1 : 0);
    failures += report.failures();
    errors += report.error ? 1 : 0;
  }
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<testsuites name=\"smsim scenarios\" tests=\"" + std::to_string(tests) +
         "\" failures=\"" + std::to_string(failures) + "\" errors=\"" + std::to_string(errors) +
         "\">\n";
  for (const auto& report : reports) {
    double total = 0;
    for (const auto& check : report.checks) total += check.seconds;
    xml += "  <testsuite name=\"" + escapeXml(report.scenario) + "\" file=\"" +
           escapeXml(report.file) + "\" tests=\"" +
           std::to_string(report.checks.size() + (report.error ? 1 : 0)) + "\" failures=\"" +
           std::to_string(report.failures()) + "\" errors=\"" + (report.error ? "1" : "0") +
           "\" time=\"" + seconds(total) + "\">\n";
    if (report.error) {
      xml += "    <testcase classname=\"" + escapeXml(report.scenario) +
             "\" name=\"load\" time=\"0.000\">\n      <error message=\"" +
             escapeXml(*report.error) + "\"/>\n    </testcase>\n";
    }
    for (const auto& check : report.checks) {
      xml += "    <testcase classname=\"" + escapeXml(report.scenario) + "\" name=\"" +
             escapeXml(check.kind + ": " + check.name) + "\" time=\"" + seconds(check.seconds) +
             "\"";
      if (check.passed) {
        xml += "/>\n";
      } else {
        xml += ">\n      <failure message=\"" + escapeXml(check.detail) + "\">" +
               escapeXml(report.file + ":" + std::to_string(check.line) + ": " + check.detail) +
               "</failure>\n    </testcase>\n";
      }
    }
    xml += "  </testsuite>\n";
  }
  xml += "</testsuites>\n";
  return xml;
}

}  // namespace smsim::scenario
