// A rule can't break HTTP framing or hold server threads: no status that may not carry a body
// (1xx, 204, 304) and no delay beyond kMaxDelayMs. The JSON Schema says the same.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "scenario/scenario.hpp"

namespace smsim::scenario {
namespace {

std::optional<ScenarioError> loadError(const std::string& text) {
  try {
    parseScenario(text, "limits.yaml");
  } catch (const ScenarioError& error) {
    return error;
  }
  return std::nullopt;
}

std::string ruleWith(const std::string& rest) { return "name: x\nrules:\n  - " + rest + "\n"; }

TEST(RuleLimits, StatusesWithoutABodyAreRefused) {
  for (const char* rule : {"respond: {status: 204}", "respond: {status: 304, body: {a: 1}}",
                           "respond: {status: 101}", "respond: {status: 199, error: X}"}) {
    const auto error = loadError(ruleWith(rule));
    ASSERT_TRUE(error) << rule;
    EXPECT_EQ(error->id(), error_id::kInvalidValue) << rule;
    EXPECT_EQ(error->key(), "rules[0].respond.status") << rule;
    EXPECT_EQ(error->position().line, 3) << rule;
  }
  for (const char* rule :
       {"respond: {status: 200}", "respond: {status: 205}", "respond: {status: 503, body: down}"}) {
    EXPECT_FALSE(loadError(ruleWith(rule))) << rule;
  }
}

TEST(RuleLimits, DelaysAreCappedSoRulesCantHoldThreadsForMinutes) {
  EXPECT_FALSE(loadError(ruleWith("delay: 30000")));
  for (const char* rule : {"delay: 30001", "delay: 300000", "delay: {type: fixed, ms: 60000}",
                           "delay: {type: uniform, minMs: 0, maxMs: 45000}",
                           "delay: {type: lognormal, medianMs: 10, sigma: 1, capMs: 31000}"}) {
    const auto error = loadError(ruleWith(rule));
    ASSERT_TRUE(error) << rule;
    EXPECT_EQ(error->id(), error_id::kInvalidValue) << rule;
    EXPECT_NE(error->message().find("30000"), std::string::npos) << error->what();
  }
}

TEST(RuleLimits, TheSchemaSaysTheSame) {
  std::ifstream in(SMSIM_SCENARIO_SCHEMA);
  const auto schema = nlohmann::json::parse(in);
  const auto& status = schema.at("definitions").at("response").at("properties").at("status");
  EXPECT_EQ(status.at("minimum"), kMinRuleStatus);
  EXPECT_EQ(status.at("maximum"), kMaxRuleStatus);
  EXPECT_EQ(status.at("not").at("enum"), (nlohmann::json{kNoContentStatus, kNotModifiedStatus}));
  std::size_t maxima = 0;
  for (const auto& shape : schema.at("definitions").at("delay").at("oneOf")) {
    if (shape.contains("maximum")) {
      EXPECT_EQ(shape.at("maximum"), kMaxDelayMs);
      ++maxima;
    }
    const auto properties = shape.value("properties", nlohmann::json::object());
    for (const auto& [key, property] : properties.items()) {
      if (key == "sigma" || !property.contains("maximum")) continue;
      EXPECT_EQ(property.at("maximum"), kMaxDelayMs) << key;
      ++maxima;
    }
  }
  EXPECT_EQ(maxima, 6u);
}

}  // namespace
}  // namespace smsim::scenario
