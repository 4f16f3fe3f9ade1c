// YAML aliases within bounds: a value that contains itself, a "billion laughs" of nested aliases
// and deep nesting are refused at load with a positioned scenario.limit error (they used to crash
// or pin a thread converting the document), while ordinary aliases still load.
#include "scenario/document_bounds.hpp"

#include <gtest/gtest.h>

#include "scenario/scenario.hpp"

namespace smsim::scenario {
namespace {

ScenarioError refused(const std::string& text) {
  try {
    parseScenario(text, "aliases.yaml");
  } catch (const ScenarioError& error) {
    return error;
  }
  ADD_FAILURE() << "loaded:\n" << text;
  return ScenarioError("none", {}, "", "");
}

// Ten levels, each a list of ten references to the level below: 10^10 values in 689 bytes.
std::string billionLaughs() {
  std::string text = "name: laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level < 10; ++level) {
    const auto below = "*a" + std::to_string(level - 1);
    text += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int i = 0; i < 10; ++i) text += (i == 0 ? "" : ", ") + below;
    text += "]\n";
  }
  return text + "rules:\n  - match: {request: {x: *a9}}\n    respond: {status: 500}\n";
}

TEST(DocumentBounds, AnAliasInsideItsOwnAnchorIsACycle) {
  const auto error = refused(
      "name: self\nrules:\n  - match: &a {request: {x: [*a]}}\n    respond: {status: 500}\n");
  EXPECT_EQ(error.id(), error_id::kLimit);
  EXPECT_EQ(error.key(), "rules[0].match.request.x[0]");
  EXPECT_EQ(error.position().file, "aliases.yaml");
  EXPECT_EQ(error.position().line, 3);
  EXPECT_NE(error.message().find("cycle"), std::string::npos) << error.what();
}

TEST(DocumentBounds, ACycleIsRefusedByExpectAndVerifyDocumentsToo) {
  try {
    parseExpectations("expect:\n  - calls: &c {request: {x: *c}}\n", "verify.yaml");
    ADD_FAILURE() << "loaded";
  } catch (const ScenarioError& error) {
    EXPECT_EQ(error.id(), error_id::kLimit);
  }
}

TEST(DocumentBounds, BillionLaughsStopsAtTheValueBudget) {
  const auto text = billionLaughs();
  EXPECT_LT(text.size(), 700u);
  const auto error = refused(text);
  EXPECT_EQ(error.id(), error_id::kLimit);
  EXPECT_NE(error.message().find(std::to_string(kMaxDocumentValues)), std::string::npos)
      << error.what();
  EXPECT_GT(error.position().line, 0);
}

TEST(DocumentBounds, NestingDeeperThanTheLimitIsRefused) {
  std::string deep = "name: deep\nrules:\n  - match: {request: {x: ";
  for (std::size_t i = 0; i < kMaxDocumentDepth; ++i) deep += "[";
  for (std::size_t i = 0; i < kMaxDocumentDepth; ++i) deep += "]";
  deep += "}}\n";
  const auto error = refused(deep);
  EXPECT_EQ(error.id(), error_id::kLimit);
  EXPECT_NE(error.message().find("nested deeper"), std::string::npos) << error.what();
}

TEST(DocumentBounds, OrdinaryAliasesStillLoad) {
  const auto scenario = parseScenario(
      "name: shared\n"
      "rules:\n"
      "  - {name: one, match: &send {operation: SendTextMessage, request: &to {To: [1, 2]}}, "
      "respond: {status: 500}}\n"
      "  - {name: two, match: *send, respond: {status: 503}}\n"
      "expect:\n  - calls: {operation: SendTextMessage, request: *to}\n",
      "aliases.yaml");
  ASSERT_EQ(scenario.rules.size(), 2u);
  EXPECT_EQ(scenario.rules[1].match.request, (nlohmann::json{{"To", {1, 2}}}));
}

}  // namespace
}  // namespace smsim::scenario
