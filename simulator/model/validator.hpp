#pragma once
// Model-driven request validation: checks a request body against its operation's input shape the
// way AWS's request layer does (required members, JSON types, lengths, ranges, patterns, enums,
// unions), and words the rejection the way AWS does.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/service_model.hpp"

namespace smsim::model {

// One entry of ValidationException.Fields.
//  - name: the member's path exactly as the message prints it ("optedOutNumber",
//    "tags.1.member.key", "context"), so a client can match a field to its sentence.
//  - message: the failed constraint only ("Member must not be null", "Member must have length
//    less than or equal to 64"), without the value and path that the top-level message already
//    carries. This mirrors the {name, message} field lists that AWS's model-validation layer
//    returns elsewhere (e.g. {"name": "sourceServerID", "message": "Member must not be null"}).
struct FieldViolation {
  std::string name;
  std::string message;
};

// A request that the service model rejects.
struct InputError {
  // "ValidationException", or "SerializationException" when a member has the wrong JSON type
  // (AWS fails to deserialize such a request before validating anything).
  std::string errorType;
  // "FIELD_VALIDATION_FAILED" or "MISSING_PARAMETER" (empty for SerializationException).
  std::string reason;
  std::vector<FieldViolation> fields;  // empty for SerializationException
  // AWS-style text, e.g. "1 validation error detected: Value '+0123' at 'optedOutNumber' failed
  // to satisfy constraint: Member must satisfy regular expression pattern: \+?[1-9][0-9]{1,18}",
  // or for SerializationException e.g. "STRING_VALUE can not be converted to an Integer".
  std::string message;
};

bool isKnownOperation(std::string_view operation);

// Validates `input` (the parsed JSON body, already known to be an object) against the operation's
// input shape. std::nullopt when the input is acceptable, and also for an operation the model
// doesn't know (answering UnknownOperationException is the caller's job: see isKnownOperation).
// Thread-safe; compiles no regular expression per call.
std::optional<InputError> validateInput(std::string_view operation, const nlohmann::json& input);
// The same against another model (snsModel()).
std::optional<InputError> validateInput(const ServiceModel& model, std::string_view operation,
                                        const nlohmann::json& input);

// Removes the members of `input`'s objects that are null, at any depth (within the adapter's depth
// bound): AWS's deserializer leaves a member sent as `null` unset, so `"NextToken": null` is no
// token at all. validateInput already reads null as absent; call this after it succeeds so the
// services see the same input.
void dropNullMembers(nlohmann::json& input);

}  // namespace smsim::model
