#include "control/control_router.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace smsim::control {
namespace {

httplib::Request requestWith(httplib::Params params) {
  httplib::Request request;
  request.method = "GET";
  request.params = std::move(params);
  return request;
}

class ControlRouterTest : public testing::Test {
 protected:
  ControlRouterTest() {
    router_
        .Get("/_smsim/things",
             [this](const httplib::Request&, httplib::Response& response) {
               ++served_;
               response.status = 200;
             })
        .accepts({"color", "size"});
    router_.Post("/_smsim/reset", [this](const httplib::Request&, httplib::Response& response) {
      ++served_;
      response.status = 200;
    });
  }

  httplib::Response serve(const std::string& method, const std::string& path,
                          httplib::Params params) {
    PathParameters parameters;
    const auto* route = router_.find(method, path, parameters);
    EXPECT_NE(route, nullptr) << method << " " << path;
    httplib::Response response;
    if (route != nullptr) route->serve(requestWith(std::move(params)), response, parameters);
    return response;
  }

  ControlRouter router_;
  int served_ = 0;
};

TEST_F(ControlRouterTest, ServesDeclaredQueryParameters) {
  EXPECT_EQ(serve("GET", "/_smsim/things", {{"color", "red"}, {"size", "2"}}).status, 200);
  EXPECT_EQ(served_, 1);
}

TEST_F(ControlRouterTest, RefusesAnUndeclaredParameterNamingTheAcceptedOnes) {
  const auto response = serve("GET", "/_smsim/things", {{"colour", "red"}});
  EXPECT_EQ(response.status, 400);
  EXPECT_EQ(served_, 0);
  const auto body = nlohmann::json::parse(response.body);
  EXPECT_EQ(body["error"], "InvalidRequest");
  EXPECT_EQ(body["message"],
            "Unknown query parameter 'colour' for GET /_smsim/things; it takes color, size.");
}

TEST_F(ControlRouterTest, ARouteThatDeclaresNoneTakesNone) {
  const auto response = serve("POST", "/_smsim/reset", {{"all", "true"}});
  EXPECT_EQ(response.status, 400);
  EXPECT_NE(response.body.find("it takes none"), std::string::npos) << response.body;
  EXPECT_EQ(served_, 0);
}

TEST_F(ControlRouterTest, ListsItsRoutes) {
  ASSERT_EQ(router_.routes().size(), 2u);
  EXPECT_EQ(router_.routes().front().pattern, "/_smsim/things");
  EXPECT_EQ(router_.routes().front().queryParameters, (std::vector<std::string>{"color", "size"}));
}

}  // namespace
}  // namespace smsim::control
