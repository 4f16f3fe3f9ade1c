#include "server/bindings/control_binding.hpp"

#include "common/api_paths.hpp"
#include "common/http_status.hpp"
#include "common/json_text.hpp"
#include "control/admin_token.hpp"

namespace smsim::server {

namespace {

constexpr const char* kJson = "application/json";

// The `error` of a control API error body ({"error": "InvalidRequest", ...}), for the log line.
std::string errorType(const httplib::Response& response) {
  if (response.status < http_status::kBadRequest) return "";
  const auto body = nlohmann::json::parse(response.body, nullptr, false);
  return body.is_object() && body.contains("error") && body["error"].is_string()
             ? body["error"].get<std::string>()
             : "";
}

class ControlCall final : public ApiCall {
 public:
  ControlCall(const control::ControlRouter::Route& route, control::PathParameters parameters,
              const httplib::Request& request)
      : route_(route), parameters_(std::move(parameters)), request_(request) {
    api = "control";
    operation = route.method + " " + route.pattern;
  }

  nlohmann::json fields() const override { return nlohmann::json::object(); }
  std::string journaledRequest() const override { return request_.body; }

  CallOutcome serve(httplib::Response& response) override {
    route_.serve(request_, response, parameters_);
    return {response.status, errorType(response), ""};
  }

 private:
  const control::ControlRouter::Route& route_;
  control::PathParameters parameters_;
  const httplib::Request& request_;
};

// A call without the admin token: 401 in the control API's error format, with the challenge
// RFC 6750 asks for. The token itself is never written anywhere.
class UnauthorizedCall final : public ApiCall {
 public:
  UnauthorizedCall(const httplib::Request& request, bool presented) : presented_(presented) {
    api = "control";
    operation = request.method + " " + request.path;
  }

  nlohmann::json fields() const override { return nlohmann::json::object(); }
  std::string journaledRequest() const override { return ""; }

  CallOutcome serve(httplib::Response& response) override {
    response.status = http_status::kUnauthorized;
    response.set_header("WWW-Authenticate", presented_
                                                ? R"(Bearer realm="smsim", error="invalid_token")"
                                                : R"(Bearer realm="smsim")");
    const std::string message =
        presented_ ? "The admin token is not valid."
                   : "smsim's control API requires an admin token: send `Authorization: Bearer "
                     "<token>` (the --admin-token / SMSIM_ADMIN_TOKEN it was started with).";
    response.set_content(safeDump(nlohmann::json({{"error", kUnauthorized}, {"message", message}})),
                         kJson);
    return {response.status, kUnauthorized, ""};
  }

  static constexpr const char* kUnauthorized = "Unauthorized";

 private:
  bool presented_;
};

}  // namespace

std::string_view ControlBinding::api() const { return "control"; }

bool ControlBinding::owns(std::string_view path) const {
  return path.starts_with(api_path::kControlPrefix);
}

std::unique_ptr<ApiCall> ControlBinding::parse(const httplib::Request& request) const {
  if (!adminToken_.empty() && !control::isOpenRoute(request.method, request.path)) {
    const auto authorization = request.get_header_value("Authorization");
    if (!control::bearerMatches(authorization, adminToken_)) {
      return std::make_unique<UnauthorizedCall>(request, !authorization.empty());
    }
  }
  control::PathParameters parameters;
  const auto* route = router_.find(request.method, request.path, parameters);
  if (route == nullptr) return nullptr;
  return std::make_unique<ControlCall>(*route, std::move(parameters), request);
}

Answer ControlBinding::error(int status, const std::string& message, const std::string&) const {
  const std::string code = status == http_status::kNotFound              ? "NotFound"
                           : status == http_status::kInternalServerError ? "InternalError"
                                                                         : "InvalidRequest";
  return {
      status, kJson, safeDump(nlohmann::json({{"error", code}, {"message", message}})), {}, code};
}

Answer ControlBinding::throttled(double) const {
  return error(http_status::kTooManyRequests, "Too Many Requests", "");
}

std::string ControlBinding::contentType() const { return kJson; }

std::string ControlBinding::partialBody() const { return R"({"status":")"; }

}  // namespace smsim::server
