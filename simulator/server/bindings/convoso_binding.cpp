#include "server/bindings/convoso_binding.hpp"

#include <cmath>

#include "common/api_paths.hpp"
#include "common/http_status.hpp"
#include "common/json_text.hpp"
#include "protocols/convoso/convoso_adapter.hpp"
#include "protocols/convoso/convoso_endpoints.hpp"
#include "services/common/ids.hpp"

namespace smsim::server {

namespace {

// cpp-httplib puts query parameters and then url-encoded form fields into `params` (a multimap
// that keeps insertion order among equal names), and multipart fields into `files`.
convoso::ConvosoParameters requestParameters(const httplib::Request& request) {
  std::vector<std::pair<std::string, std::string>> inOrder(request.params.begin(),
                                                           request.params.end());
  for (const auto& [name, field] : request.files) inOrder.emplace_back(name, field.content);
  return convoso::mergeParameters(inOrder);
}

const convoso::ConvosoEndpoint* findEndpoint(std::string_view path) {
  if (!path.starts_with(api_path::kConvosoPrefix)) return nullptr;
  const auto operation = path.substr(api_path::kConvosoPrefix.size());
  for (const auto& endpoint : convoso::kConvosoEndpoints) {
    if (endpoint.operation == operation) return &endpoint;
  }
  return nullptr;
}

class ConvosoCall final : public ApiCall {
 public:
  ConvosoCall(state::ConvosoStore& store, const Clock& clock,
              const convoso::ConvosoEndpoint& endpoint, convoso::ConvosoParameters parameters)
      : store_(store), clock_(clock), endpoint_(endpoint), parameters_(std::move(parameters)) {
    api = "convoso";
    operation = std::string(endpoint.operation);
    requestId = services::newUuid();
  }

  nlohmann::json fields() const override { return convoso::parametersJson(parameters_); }
  std::string journaledRequest() const override { return safeDump(fields()); }

  CallOutcome serve(httplib::Response& response) override {
    const auto config = store_.config();  // this call's snapshot
    const convoso::ConvosoAdapter adapter({*config, store_, clock_});
    const auto result = adapter.handle(endpoint_, parameters_);
    auto body = result.bodyText();
    response.status = result.status;
    response.set_content(body, convoso::kConvosoContentType);
    return {result.status, result.errorCode ? std::to_string(*result.errorCode) : "",
            std::move(body)};
  }

 private:
  state::ConvosoStore& store_;
  const Clock& clock_;
  const convoso::ConvosoEndpoint& endpoint_;
  convoso::ConvosoParameters parameters_;
};

Answer jsonAnswer(int status, const nlohmann::ordered_json& body, std::string errorType) {
  return {status, convoso::kConvosoContentType, safeDump(body), {}, std::move(errorType)};
}

}  // namespace

std::string_view ConvosoBinding::api() const { return "convoso"; }

bool ConvosoBinding::owns(std::string_view path) const {
  return path.starts_with(api_path::kConvosoPrefix);
}

std::unique_ptr<ApiCall> ConvosoBinding::parse(const httplib::Request& request) const {
  if (request.method != "GET" && request.method != "POST") return nullptr;
  const auto* endpoint = findEndpoint(request.path);
  if (endpoint == nullptr) return nullptr;
  return std::make_unique<ConvosoCall>(store_, clock_, *endpoint, requestParameters(request));
}

// Errors of smsim's own (no route, a refused request) carry no code: Convoso documents none for
// them, and its clients branch on `success`.
Answer ConvosoBinding::error(int status, const std::string& message, const std::string&) const {
  return jsonAnswer(status, {{"success", false}, {"text", message}},
                    status == http_status::kInternalServerError ? "InternalError" : "");
}

std::optional<Answer> ConvosoBinding::ruleError(const scenario::RuleResponse& response,
                                                const std::string&) const {
  if (!response.convosoError) return std::nullopt;
  const auto& error = *response.convosoError;
  return jsonAnswer(
      http_status::kOk,
      convoso::errorBody(
          error.code, error.text.empty() ? convoso::documentedErrorText(error.code) : error.text),
      std::to_string(error.code));
}

Answer ConvosoBinding::throttled(double windowSeconds) const {
  auto answer = jsonAnswer(http_status::kTooManyRequests,
                           {{"success", false}, {"text", "Too Many Requests"}}, "");
  answer.headers.emplace_back("Retry-After",
                              std::to_string(static_cast<long long>(std::ceil(windowSeconds))));
  return answer;
}

std::string ConvosoBinding::contentType() const { return convoso::kConvosoContentType; }

std::string ConvosoBinding::partialBody() const {
  return R"({"success":true,"data":{"entries":[{"id":")";
}

}  // namespace smsim::server
