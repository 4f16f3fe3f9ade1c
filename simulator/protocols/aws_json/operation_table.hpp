#pragma once
// The SMS Voice v2 operations smsim emulates, by name: each reads its JSON input into the typed
// request, calls the service and renders the typed result.
#include <nlohmann/json.hpp>
#include <string_view>

#include "services/sms_voice_v2/call_context.hpp"

namespace smsim::aws_json {

struct AwsJsonOperation {
  // Input arrives validated against the model, explicit nulls dropped; throws ServiceError.
  nlohmann::json (*serve)(sms_voice_v2::CallContext& call, const nlohmann::json& input);
  // A retry with the same ClientToken gets the first result instead of creating again.
  bool replaysClientToken = false;
};

// nullptr for an operation of the model that smsim does not emulate (yet).
const AwsJsonOperation* findOperation(std::string_view name);

}  // namespace smsim::aws_json
