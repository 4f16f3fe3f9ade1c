#include "protocols/aws_json/aws_json_adapter.hpp"

#include "common/api_paths.hpp"
#include "common/json_depth.hpp"
#include "common/json_text.hpp"
#include "model/validator.hpp"
#include "protocols/aws_json/credential_scope.hpp"
#include "protocols/aws_json/operation_table.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::aws_json {

namespace {

namespace error_type = sms_voice_v2::error_type;
using sms_voice_v2::ServiceError;

constexpr std::string_view kTargetPrefix = api_path::kAwsTargetPrefix;
// Deeper JSON than any request of the model needs is refused before it is parsed.
constexpr std::size_t kMaxJsonDepth = 64;

bool acceptableContentType(std::string_view contentType) {
  const auto mediaType = contentType.substr(0, contentType.find(';'));
  return mediaType.empty() || mediaType == kContentType || mediaType == "application/json";
}

nlohmann::json parseBody(std::string_view body) {
  if (body.empty()) return nlohmann::json::object();
  if (exceedsJsonDepth(body, kMaxJsonDepth)) {
    throw ServiceError(error_type::kSerialization, "Request body nests deeper than " +
                                                       std::to_string(kMaxJsonDepth) + " levels.");
  }
  auto parsed = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    throw ServiceError(error_type::kSerialization, "Request body is not valid JSON.");
  }
  if (!parsed.is_object()) {
    throw ServiceError(error_type::kSerialization, "Request body must be a JSON object.");
  }
  return parsed;
}

void validate(const std::string& operation, const nlohmann::json& input) {
  auto failure = model::validateInput(operation, input);
  if (!failure) return;
  std::vector<sms_voice_v2::ValidationField> fields;
  for (const auto& field : failure->fields) fields.push_back({field.name, field.message});
  if (failure->errorType == error_type::kValidation) {
    throw ServiceError::validation(failure->reason, failure->message, std::move(fields));
  }
  throw ServiceError(failure->errorType, failure->message);
}

// The ClientToken whose first result a retry gets, for the operations that honour one.
std::optional<std::string> replayableClientToken(const AwsJsonOperation& operation,
                                                 const nlohmann::json& input) {
  if (!operation.replaysClientToken) return std::nullopt;
  const auto token = input.find("ClientToken");
  if (token == input.end() || !token->is_string() || token->get_ref<const std::string&>().empty()) {
    return std::nullopt;
  }
  return token->get<std::string>();
}

}  // namespace

nlohmann::json errorBody(const std::string& type, const std::string& message,
                         const nlohmann::json& members) {
  nlohmann::json body = {{"__type", type}, {"message", message}};
  if (members.is_object()) body.update(members);
  return body;
}

nlohmann::json errorMembers(const ServiceError& error) {
  nlohmann::json members = nlohmann::json::object();
  if (error.reason()) members["Reason"] = *error.reason();
  if (error.fields()) {
    auto& fields = members["Fields"] = nlohmann::json::array();
    for (const auto& field : *error.fields()) {
      fields.push_back({{"Name", field.name}, {"Message", field.message}});
    }
  }
  if (error.resourceType()) members["ResourceType"] = *error.resourceType();
  if (error.resourceId()) members["ResourceId"] = *error.resourceId();
  return members;
}

int statusForError(const std::string& type) {
  if (type == error_type::kInternalServer) return 500;
  if (type == error_type::kNotEmulated) return 501;
  return 400;
}

AwsJsonCall AwsJsonAdapter::parse(const AwsJsonRequest& request) const {
  AwsJsonCall call;
  call.requestId = services::newUuid();
  call.scope = scopeFromAuthorization(request.authorization, defaults_);
  try {
    if (!request.target.starts_with(kTargetPrefix)) {
      throw ServiceError(error_type::kUnknownOperation,
                         request.target.empty()
                             ? "Missing X-Amz-Target header."
                             : "Unknown target '" + std::string(request.target) + "'.");
    }
    call.operation = std::string(request.target.substr(kTargetPrefix.size()));
    if (!model::isKnownOperation(call.operation)) {
      throw ServiceError(error_type::kUnknownOperation,
                         "Unknown operation '" + call.operation + "'.");
    }
    if (!acceptableContentType(request.contentType)) {
      throw ServiceError(error_type::kSerialization, "Unsupported Content-Type '" +
                                                         std::string(request.contentType) +
                                                         "'; expected " + kContentType + ".");
    }
    call.input = parseBody(request.body);
  } catch (const ServiceError& error) {
    call.refused = error;
  }
  return call;
}

AwsJsonResponse AwsJsonAdapter::serve(AwsJsonCall&& call) const {
  AwsJsonResponse response;
  response.requestId = call.requestId;
  response.scope = call.scope;
  response.operation = call.operation;
  nlohmann::json responseJson;
  try {
    if (call.refused) throw *call.refused;
    auto& input = call.input;
    validate(call.operation, input);
    model::dropNullMembers(input);
    const auto* operation = findOperation(call.operation);
    if (operation == nullptr) {
      throw ServiceError(error_type::kNotEmulated, "smsim does not emulate " +
                                                       std::string(kTargetPrefix) + call.operation +
                                                       " yet; the request was valid.");
    }
    sms_voice_v2::CallContext context{call.scope, store_, clock_};
    auto serveOnce = [&] { return operation->serve(context, input); };
    const auto clientToken = replayableClientToken(*operation, input);
    responseJson = clientToken ? idempotency_->replayOrServe(call.scope, call.operation,
                                                             *clientToken, serveOnce)
                               : serveOnce();
  } catch (const ServiceError& error) {
    response.errorType = error.type();
    response.status = statusForError(error.type());
    responseJson = errorBody(error.type(), error.what(), errorMembers(error));
  } catch (const std::exception& error) {
    response.errorType = error_type::kInternalServer;
    response.status = statusForError(response.errorType);
    responseJson = errorBody(response.errorType, "Internal error in smsim.",
                             {{"RequestId", response.requestId}});
  }
  response.body = safeDump(responseJson);
  return response;
}

}  // namespace smsim::aws_json
