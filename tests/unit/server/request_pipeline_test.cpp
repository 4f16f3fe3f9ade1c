// The request pipeline's own duties, on hand-made requests: an exception escaping a service is
// logged, answered in the API's own 500 shape (Convoso too) and journaled once.
#include "server/request_pipeline.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "protocols/aws_json/aws_json_adapter.hpp"
#include "server/bindings/aws_json_binding.hpp"
#include "server/bindings/convoso_binding.hpp"
#include "state/convoso_store.hpp"
#include "state/journal.hpp"
#include "state/store.hpp"

namespace smsim::server {
namespace {

using json = nlohmann::json;

class ThrowingCall final : public ApiCall {
 public:
  explicit ThrowingCall(std::string apiName) {
    api = std::move(apiName);
    operation = "Broken";
    requestId = "11111111-2222-4333-8444-555555555555";
  }
  json fields() const override { return json::object(); }
  std::string journaledRequest() const override { return "{}"; }
  CallOutcome serve(httplib::Response& response) override {
    response.set_header("x-half-written", "yes");
    throw std::runtime_error("a service bug");
  }
};

// The real bindings' formats, with a call that throws.
template <typename Binding>
class Throwing : public Binding {
 public:
  using Binding::Binding;
  std::unique_ptr<ApiCall> parse(const httplib::Request&) const override {
    return std::make_unique<ThrowingCall>(std::string(this->api()));
  }
};

class RequestPipelineTest : public ::testing::Test {
 protected:
  httplib::Response handle(const std::string& path) {
    httplib::Request request;
    request.method = "POST";
    request.path = path;
    httplib::Response response;
    pipeline.handle(request, response);
    return response;
  }

  Clock clock;
  state::Store store{clock, 10};
  state::ConvosoStore convoso{ConvosoConfig{}};
  state::Journal journal{100};
  scenario::ScenarioEngine scenarios;
  aws_json::AwsJsonAdapter adapter{store, clock, {"123456789012", "us-east-1"}};
  SignatureGate signatures{false, {}};
  Throwing<AwsJsonBinding> aws{adapter, signatures};
  Throwing<ConvosoBinding> convosoBinding{convoso, clock};
  RequestPipeline pipeline{{&convosoBinding, &aws}, scenarios, clock, journal};
};

TEST_F(RequestPipelineTest, AnAwsServiceExceptionIsAnInternalServerException) {
  const auto response = handle("/");
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.get_header_value("Content-Type"), "application/x-amz-json-1.0");
  EXPECT_EQ(response.get_header_value("x-amzn-ErrorType"), "InternalServerException");
  EXPECT_EQ(response.get_header_value("x-amzn-RequestId"), "11111111-2222-4333-8444-555555555555");
  EXPECT_FALSE(response.has_header("x-half-written"));
  EXPECT_EQ(json::parse(response.body),
            (json{{"__type", "InternalServerException"},
                  {"message", "Internal error in smsim."},
                  {"RequestId", "11111111-2222-4333-8444-555555555555"}}));
  const auto entries = journal.list({});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].status, 500);
  EXPECT_EQ(entries[0].errorType, "InternalServerException");
  EXPECT_EQ(entries[0].requestId, "11111111-2222-4333-8444-555555555555");
}

TEST_F(RequestPipelineTest, AConvosoServiceExceptionIsAConvoso500) {
  const auto response = handle("/v1/dnc/insert");
  EXPECT_EQ(response.status, 500);
  EXPECT_EQ(response.get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(response.body, R"({"success":false,"text":"Internal error in smsim."})");
  const auto entries = journal.list({});
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].api, "convoso");
  EXPECT_EQ(entries[0].status, 500);
}

}  // namespace
}  // namespace smsim::server
