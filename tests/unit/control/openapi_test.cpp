// The OpenAPI document served at /_smsim/openapi.json names exactly the router's routes: every
// route with its method, path parameters and accepted query parameters, and nothing else. A new
// route (or a new accepted parameter) fails here until the document describes it.
#include <gtest/gtest.h>

#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "control/control_routes.hpp"
#include "control/openapi_document.hpp"
#include "server/simulator.hpp"

namespace smsim::control {
namespace {

using Operations = std::map<std::string, std::set<std::string>>;  // "GET /path" -> query names

std::string lowerCase(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// `/_smsim/scenarios/:name` as OpenAPI writes it: `/_smsim/scenarios/{name}`.
std::string openApiPath(const ControlRouter::Route& route) {
  std::string path;
  for (std::size_t i = 0; i < route.segments.size(); ++i) {
    const auto& segment = route.segments[i];
    if (i > 0) path += '/';
    path += segment.starts_with(':') ? "{" + segment.substr(1) + "}" : segment;
  }
  return path;
}

Operations routedOperations() {
  server::Simulator simulator{ServerConfig{}};
  ControlContext context{simulator.clock,
                         simulator.store,
                         simulator.journal,
                         simulator.inboundLog,
                         simulator.dispatcher,
                         simulator.scenarios,
                         simulator.expectationSource(),
                         [](std::shared_ptr<const scenario::Scenario>) {},
                         [] {},
                         [] { return nlohmann::ordered_json::object(); },
                         "",
                         [] {},
                         [] {}};
  ControlRouter router;
  registerControlRoutes(router, context);
  Operations operations;
  for (const auto& route : router.routes()) {
    const std::set<std::string> query(route.queryParameters.begin(), route.queryParameters.end());
    operations[route.method + " " + openApiPath(route)] = query;
  }
  return operations;
}

Operations documentedOperations(const nlohmann::json& document) {
  Operations operations;
  for (const auto& [path, item] : document.at("paths").items()) {
    for (const auto& [method, operation] : item.items()) {
      std::set<std::string> query;
      for (const auto& parameter : operation.value("parameters", nlohmann::json::array())) {
        if (parameter.at("in") == "query") query.insert(parameter.at("name").get<std::string>());
      }
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      operations[upper + " " + path] = query;
    }
  }
  return operations;
}

TEST(OpenApiDocument, IsOpenApi3WithAnAnswerForEveryOperation) {
  const auto document = nlohmann::json::parse(openApiDocument());
  EXPECT_TRUE(document.at("openapi").get<std::string>().starts_with("3."));
  for (const auto& [path, item] : document.at("paths").items()) {
    EXPECT_TRUE(path.starts_with("/_smsim/")) << path;
    for (const auto& [method, operation] : item.items()) {
      EXPECT_EQ(method, lowerCase(method));
      EXPECT_TRUE(operation.contains("summary")) << method << " " << path;
      EXPECT_FALSE(operation.at("responses").empty()) << method << " " << path;
    }
  }
}

TEST(OpenApiDocument, DescribesExactlyTheRoutesAndTheirQueryParameters) {
  EXPECT_EQ(documentedOperations(nlohmann::json::parse(openApiDocument())), routedOperations());
}

}  // namespace
}  // namespace smsim::control
