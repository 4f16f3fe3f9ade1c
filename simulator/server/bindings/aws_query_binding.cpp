#include "server/bindings/aws_query_binding.hpp"

#include "common/api_paths.hpp"
#include "common/http_status.hpp"
#include "server/refused_call.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::server {

namespace {

namespace error_code = sns::error_code;

std::string_view queryOf(const httplib::Request& request) {
  const std::string_view target = request.target;
  const auto question = target.find('?');
  return question == std::string_view::npos ? std::string_view() : target.substr(question + 1);
}

bool namesAction(std::string_view query) {
  return query.starts_with("Action=") || query.find("&Action=") != std::string_view::npos;
}

class SnsCall final : public ApiCall {
 public:
  SnsCall(const aws_query::AwsQueryAdapter& adapter, aws_query::AwsQueryCall call,
          std::string journaled)
      : adapter_(adapter), call_(std::move(call)), journaled_(std::move(journaled)) {
    api = scenario::api_name::kSns;
    operation = call_.operation;
    requestId = call_.requestId;
    scope = call_.scope;
  }

  nlohmann::json fields() const override { return call_.input; }
  std::string journaledRequest() const override { return journaled_; }

  CallOutcome serve(httplib::Response& response) override {
    auto result = adapter_.serve(std::move(call_));
    response.status = result.status;
    response.set_header("x-amzn-RequestId", requestId);
    response.set_content(result.body, aws_query::kContentType);
    return {result.status, std::move(result.errorCode), std::move(result.body)};
  }

 private:
  const aws_query::AwsQueryAdapter& adapter_;
  aws_query::AwsQueryCall call_;
  std::string journaled_;
};

// The scope's service name SNS is signed for (the model has no signingName: its endpointPrefix).
constexpr std::string_view kSnsSigningName = "sns";

// SNS's answers to a refused signature: its common errors
// (https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html), status and code; an expired
// signature is SignatureDoesNotMatch with "Signature expired: ...", as SNS answers it.
std::pair<int, const char*> refusalError(sigv4::RefusalKind kind) {
  switch (kind) {
    case sigv4::RefusalKind::MissingAuthentication:
      return {http_status::kForbidden, "MissingAuthenticationToken"};
    case sigv4::RefusalKind::IncompleteSignature:
      return {http_status::kBadRequest, "IncompleteSignature"};
    case sigv4::RefusalKind::UnknownAccessKey:
      return {http_status::kForbidden, "InvalidClientTokenId"};
    case sigv4::RefusalKind::SignatureMismatch:
    case sigv4::RefusalKind::SignatureExpired:
      break;
  }
  return {http_status::kForbidden, "SignatureDoesNotMatch"};
}

Answer errorAnswer(const std::string& code, const std::string& message,
                   const std::string& requestId) {
  return {aws_query::statusForCode(code),
          aws_query::kContentType,
          aws_query::errorXml(code, message, requestId),
          {},
          code};
}

}  // namespace

std::string_view AwsQueryBinding::api() const { return scenario::api_name::kSns; }

bool AwsQueryBinding::owns(std::string_view /*path*/) const { return false; }

bool AwsQueryBinding::claims(const httplib::Request& request) const {
  if (request.path != api_path::kAwsJson || request.has_header("X-Amz-Target")) return false;
  const auto contentType = request.get_header_value("Content-Type");
  const bool formBody = aws_query::isFormContentType(contentType);
  return (request.method == "POST" && formBody) || namesAction(queryOf(request));
}

std::unique_ptr<ApiCall> AwsQueryBinding::parse(const httplib::Request& request) const {
  const auto query = queryOf(request);
  const auto host = request.get_header_value("Host");
  auto call =
      adapter_.parse({request.method, request.get_header_value("Content-Type"),
                      request.get_header_value("Authorization"), query, request.body, host});
  std::string journaled = request.body.empty() ? std::string(query) : request.body;
  auto parsed = std::make_unique<SnsCall>(adapter_, std::move(call), journaled);
  if (auto refusal = signatures_.check(request, kSnsSigningName)) {
    const auto [status, code] = refusalError(refusal->kind);
    Answer answer{status,
                  aws_query::kContentType,
                  aws_query::errorXml(code, refusal->message, parsed->requestId),
                  {{"x-amzn-RequestId", parsed->requestId}},
                  code};
    return std::make_unique<RefusedCall>(*parsed, std::move(answer), std::move(journaled));
  }
  return parsed;
}

Answer AwsQueryBinding::error(int status, const std::string& message,
                              const std::string& requestId) const {
  const char* code = status == http_status::kInternalServerError ? error_code::kInternalError
                     : status == http_status::kPayloadTooLarge ? error_code::kRequestEntityTooLarge
                                                               : error_code::kInvalidParameter;
  return errorAnswer(code, message, requestId);
}

// A rule's `error:` on an SNS call: its type is the SNS error code (InvalidParameter, Throttled).
std::optional<Answer> AwsQueryBinding::ruleError(const scenario::RuleResponse& response,
                                                 const std::string& ruleId) const {
  if (!response.awsError) return std::nullopt;
  const auto& error = *response.awsError;
  const std::string message = !error.message.empty() ? error.message
                              : error.type == error_code::kThrottled
                                  ? std::string("Rate exceeded")
                                  : "Injected by smsim scenario rule " + ruleId + ".";
  // The rule's answer has no call of its own; its request id header is added by the pipeline.
  return errorAnswer(error.type, message, "");
}

Answer AwsQueryBinding::throttled(double /*windowSeconds*/) const {
  return errorAnswer(error_code::kThrottled, "Rate exceeded", "");
}

std::string AwsQueryBinding::contentType() const { return aws_query::kContentType; }

std::vector<std::pair<std::string, std::string>> AwsQueryBinding::callHeaders(
    const std::string& requestId) const {
  return {{"x-amzn-RequestId", requestId}};
}

std::string AwsQueryBinding::partialBody() const {
  return std::string("<PublishResponse xmlns=\"") + aws_query::kSnsXmlns + "\"><PublishResult>";
}

}  // namespace smsim::server
