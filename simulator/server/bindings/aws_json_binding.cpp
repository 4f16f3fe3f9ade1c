#include "server/bindings/aws_json_binding.hpp"

#include "common/api_paths.hpp"
#include "common/http_status.hpp"
#include "common/json_text.hpp"
#include "server/refused_call.hpp"

namespace smsim::server {

namespace {

namespace error_type = sms_voice_v2::error_type;
constexpr const char* kServiceUnavailableType = "ServiceUnavailableException";
constexpr const char* kRequestTooLargeType = "RequestEntityTooLargeException";
// The scope's service name SMS Voice v2 is signed for: the model's `signingName`.
constexpr std::string_view kSmsVoiceSigningName = "sms-voice";

// awsJson's answers to a refused signature, as AWS's awsJson1.0 services (DynamoDB, Cognito,
// CloudWatch Logs) give them: 400 with these __type names.
const char* refusalType(sigv4::RefusalKind kind) {
  switch (kind) {
    case sigv4::RefusalKind::MissingAuthentication:
      return "MissingAuthenticationTokenException";
    case sigv4::RefusalKind::IncompleteSignature:
      return "IncompleteSignatureException";
    case sigv4::RefusalKind::UnknownAccessKey:
      return "UnrecognizedClientException";
    case sigv4::RefusalKind::SignatureMismatch:
    case sigv4::RefusalKind::SignatureExpired:
      break;
  }
  return "InvalidSignatureException";
}

int statusOfErrorType(const std::string& type) {
  if (type == kServiceUnavailableType) return http_status::kServiceUnavailable;
  return aws_json::statusForError(type);
}

class AwsCall final : public ApiCall {
 public:
  AwsCall(const aws_json::AwsJsonAdapter& adapter, aws_json::AwsJsonCall call,
          const std::string& body)
      : adapter_(adapter), call_(std::move(call)), body_(body) {
    api = "aws";
    operation = call_.operation;
    requestId = call_.requestId;
    scope = call_.scope;
  }

  nlohmann::json fields() const override { return call_.input; }
  std::string journaledRequest() const override { return body_; }

  CallOutcome serve(httplib::Response& response) override {
    auto result = adapter_.serve(std::move(call_));
    response.status = result.status;
    response.set_header("x-amzn-RequestId", result.requestId);
    if (!result.errorType.empty()) response.set_header("x-amzn-ErrorType", result.errorType);
    response.set_content(result.body, aws_json::kContentType);
    return {result.status, std::move(result.errorType), std::move(result.body)};
  }

 private:
  const aws_json::AwsJsonAdapter& adapter_;
  aws_json::AwsJsonCall call_;
  const std::string& body_;  // the request's, which outlives the call
};

}  // namespace

std::string_view AwsJsonBinding::api() const { return "aws"; }

bool AwsJsonBinding::owns(std::string_view path) const {
  return !path.starts_with(api_path::kConvosoPrefix) && !path.starts_with(api_path::kControlPrefix);
}

std::unique_ptr<ApiCall> AwsJsonBinding::parse(const httplib::Request& request) const {
  if (request.method != "POST" || request.path != api_path::kAwsJson) return nullptr;
  auto call = adapter_.parse({request.get_header_value("X-Amz-Target"),
                              request.get_header_value("Content-Type"),
                              request.get_header_value("Authorization"), request.body});
  auto parsed = std::make_unique<AwsCall>(adapter_, std::move(call), request.body);
  if (auto refusal = signatures_.check(request, kSmsVoiceSigningName)) {
    auto answer = errorAnswer(http_status::kBadRequest, refusalType(refusal->kind),
                              refusal->message, nlohmann::json::object());
    answer.headers.emplace_back("x-amzn-RequestId", parsed->requestId);
    return std::make_unique<RefusedCall>(*parsed, std::move(answer), request.body);
  }
  return parsed;
}

Answer AwsJsonBinding::errorAnswer(int status, const std::string& type, const std::string& message,
                                   const nlohmann::json& members) const {
  return {status,
          aws_json::kContentType,
          safeDump(aws_json::errorBody(type, message, members)),
          {{"x-amzn-ErrorType", type}},
          type};
}

Answer AwsJsonBinding::error(int status, const std::string& message,
                             const std::string& requestId) const {
  if (status == http_status::kInternalServerError) {
    // As the adapter answers an unexpected exception of a service.
    return errorAnswer(status, error_type::kInternalServer, message, {{"RequestId", requestId}});
  }
  const std::string type = status == http_status::kPayloadTooLarge ? kRequestTooLargeType
                           : status == http_status::kBadRequest || status == http_status::kNotFound
                               ? error_type::kUnknownOperation
                               : error_type::kValidation;
  return errorAnswer(status, type, message, nlohmann::json::object());
}

std::optional<Answer> AwsJsonBinding::ruleError(const scenario::RuleResponse& response,
                                                const std::string& ruleId) const {
  if (!response.awsError) return std::nullopt;
  return awsError(*response.awsError, ruleId);
}

Answer AwsJsonBinding::awsError(const scenario::AwsErrorResponse& error,
                                const std::string& ruleId) const {
  const std::string message = !error.message.empty() ? error.message
                              : error.type == error_type::kThrottling
                                  ? std::string("Rate exceeded")
                                  : "Injected by smsim scenario rule " + ruleId + ".";
  return errorAnswer(statusOfErrorType(error.type), error.type, message, error.members);
}

Answer AwsJsonBinding::throttled(double /*windowSeconds*/) const {
  return awsError({error_type::kThrottling, "", nlohmann::json::object()}, "");
}

std::string AwsJsonBinding::contentType() const { return aws_json::kContentType; }

std::vector<std::pair<std::string, std::string>> AwsJsonBinding::callHeaders(
    const std::string& requestId) const {
  return {{"x-amzn-RequestId", requestId}};
}

std::string AwsJsonBinding::partialBody() const {
  return R"({"OptOutListArn":"arn:aws:sms-voice:)";
}

}  // namespace smsim::server
