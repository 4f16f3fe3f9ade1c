// Parsing, validation, dispatch and XML rendering of SNS's query protocol. Where SNS's own texts
// are known they are used (InvalidAction: "Could not find operation X for version Y"); the
// choices where AWS is silent are listed in README.md, "Amazon SNS".
#include "protocols/aws_query/aws_query_adapter.hpp"

#include "common/text.hpp"
#include "common/utf8.hpp"
#include "model/validator.hpp"
#include "protocols/aws_json/credential_scope.hpp"
#include "protocols/aws_query/operation_table.hpp"
#include "protocols/aws_query/query_input.hpp"
#include "protocols/aws_query/xml_writer.hpp"
#include "services/common/ids.hpp"

namespace smsim::aws_query {

bool isFormContentType(std::string_view contentType) {
  auto mediaType = contentType.substr(0, contentType.find(';'));
  while (!mediaType.empty() && (mediaType.back() == ' ' || mediaType.back() == '\t')) {
    mediaType.remove_suffix(1);
  }
  return equalsIgnoringCase(mediaType, kFormContentType);
}

namespace {

namespace error_code = sns::error_code;
using sns::SnsError;

bool isFormBody(std::string_view contentType) { return isFormContentType(contentType); }

const std::string* parameter(const FormParameters& parameters, std::string_view name) {
  const std::string* found = nullptr;
  for (const auto& [key, value] : parameters) {
    if (key == name) found = &value;  // the last one wins, as for every other parameter
  }
  return found;
}

FormParameters readParameters(const AwsQueryRequest& request) {
  FormParameters parameters;
  auto read = [&parameters](std::string_view text) {
    if (auto result = appendFormParameters(text, parameters);
        std::holds_alternative<FormError>(result)) {
      throw SnsError(error_code::kMalformedQueryString, std::get<FormError>(result).message);
    }
  };
  read(request.query);
  if (request.method == "POST" && isFormBody(request.contentType)) read(request.body);
  for (const auto& [name, value] : parameters) {
    if (!isValidUtf8(name) || !isValidUtf8(value)) {
      throw SnsError(error_code::kMalformedQueryString,
                     "The request's parameters are not valid UTF-8.");
    }
  }
  return parameters;
}

void validate(const std::string& operation, const nlohmann::json& input) {
  if (auto failure = model::validateInput(model::snsModel(), operation, input)) {
    throw SnsError(error_code::kValidationError, failure->message);
  }
}

std::string responseXml(const std::string& action, const AwsQueryOperation& operation,
                        sns::CallContext& context, const nlohmann::json& input,
                        const std::string& requestId) {
  XmlWriter writer(action + "Response", kSnsXmlns);
  if (operation.hasResult) {
    writer.open(action + "Result");
    operation.serve(context, input, writer);
    writer.close();
  } else {
    operation.serve(context, input, writer);
  }
  writer.open("ResponseMetadata");
  writer.element("RequestId", requestId);
  writer.close();
  return writer.finish();
}

}  // namespace

std::string errorXml(const std::string& code, const std::string& message,
                     const std::string& requestId) {
  XmlWriter writer("ErrorResponse", kSnsXmlns);
  writer.open("Error");
  writer.element("Type", statusForCode(code) >= 500 ? "Receiver" : "Sender");
  writer.element("Code", code);
  writer.element("Message", message);
  writer.close();
  writer.element("RequestId", requestId);
  return writer.finish();
}

// https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html and the actions' Errors sections.
int statusForCode(const std::string& code) {
  if (code == error_code::kNotFound || code == error_code::kResourceNotFound) return 404;
  if (code == error_code::kTopicLimitExceeded || code == error_code::kSubscriptionLimitExceeded) {
    return 403;
  }
  if (code == error_code::kMalformedQueryString) return 404;
  if (code == error_code::kAuthorizationError) return 403;
  if (code == error_code::kThrottled) return 429;
  if (code == error_code::kRequestEntityTooLarge) return 413;
  if (code == error_code::kInternalError) return 500;
  if (code == error_code::kNotImplemented) return 501;
  return 400;
}

AwsQueryCall AwsQueryAdapter::parse(const AwsQueryRequest& request) const {
  AwsQueryCall call;
  call.requestId = services::newUuid();
  call.scope = aws_json::scopeFromAuthorization(request.authorization, defaults_);
  call.baseUrl = "http://" + std::string(request.host.empty() ? "localhost" : request.host);
  try {
    call.parameters = readParameters(request);
    const auto* action = parameter(call.parameters, "Action");
    if (action == nullptr || action->empty()) {
      throw SnsError(error_code::kMissingAction, "Missing Action");
    }
    call.operation = *action;
    const auto* version = parameter(call.parameters, "Version");
    const auto* operation = model::snsModel().findOperation(call.operation);
    if (operation == nullptr || version == nullptr || *version != kSnsVersion) {
      throw SnsError(error_code::kInvalidAction,
                     "Could not find operation " + call.operation + " for version " +
                         (version == nullptr ? std::string("NO_VERSION_SPECIFIED") : *version));
    }
    call.input = queryInput(model::snsModel(), operation->input, call.parameters);
  } catch (const QueryInputError& error) {
    call.refused = SnsError::invalidParameter(error.member() + " Reason: " + error.what());
  } catch (const SnsError& error) {
    call.refused = error;
  }
  return call;
}

AwsQueryResponse AwsQueryAdapter::serve(AwsQueryCall&& call) const {
  AwsQueryResponse response;
  try {
    if (call.refused) throw *call.refused;
    validate(call.operation, call.input);
    const auto* operation = findOperation(call.operation);
    if (operation == nullptr) {
      throw SnsError(error_code::kNotImplemented, "smsim does not emulate the SNS action " +
                                                      call.operation +
                                                      " yet; the request was valid.");
    }
    sns::CallContext context{call.scope, store_, clock_, delivery_, call.baseUrl};
    response.body = responseXml(call.operation, *operation, context, call.input, call.requestId);
  } catch (const SnsError& error) {
    response.errorCode = error.code();
    response.status = statusForCode(error.code());
    response.body = errorXml(error.code(), error.what(), call.requestId);
  } catch (const std::exception&) {
    response.errorCode = error_code::kInternalError;
    response.status = statusForCode(response.errorCode);
    response.body = errorXml(response.errorCode, "Internal error in smsim.", call.requestId);
  }
  return response;
}

}  // namespace smsim::aws_query
