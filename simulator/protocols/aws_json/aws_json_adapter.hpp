#pragma once
// The awsJson1.0 protocol of SMS Voice v2: turns `POST /` with `X-Amz-Target` and a JSON body into
// a validated call of an operation, and its result or typed error back into AWS's wire format.
// It knows nothing of sockets: the transport hands it header values and the body.
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "protocols/aws_json/idempotency_cache.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/store.hpp"

namespace smsim::aws_json {

struct AwsJsonRequest {
  std::string_view target;         // X-Amz-Target
  std::string_view contentType;    // Content-Type
  std::string_view authorization;  // Authorization
  std::string_view body;
};

struct AwsJsonResponse {
  int status = 200;
  std::string body;
  std::string requestId;
  std::string errorType;  // empty on success; also sent as x-amzn-ErrorType
  // For the journal and the log.
  std::string operation;
  state::AccountScope scope;
};

// A request read once: what rules match on and what the operation is then served from.
struct AwsJsonCall {
  std::string requestId;
  std::string operation;  // as the target names it, known to the model or not
  state::AccountScope scope;
  nlohmann::json input = nlohmann::json::object();    // the body's object; {} when refused
  std::optional<sms_voice_v2::ServiceError> refused;  // why the request can't be served
};

inline constexpr const char* kContentType = "application/x-amz-json-1.0";

class AwsJsonAdapter {
 public:
  AwsJsonAdapter(state::Store& store, const Clock& clock, state::AccountScope defaults)
      : store_(store),
        clock_(clock),
        defaults_(std::move(defaults)),
        idempotency_(std::make_shared<IdempotencyCache>()) {}

  // Reads target, account, region and body; never throws.
  AwsJsonCall parse(const AwsJsonRequest& request) const;
  // Validates against the model, runs the operation and renders its result or error.
  AwsJsonResponse serve(AwsJsonCall&& call) const;
  AwsJsonResponse handle(const AwsJsonRequest& request) const { return serve(parse(request)); }
  // Forgets the ClientTokens seen so far, for a reset of the whole simulator.
  void reset() { idempotency_->reset(); }

 private:
  state::Store& store_;
  const Clock& clock_;
  state::AccountScope defaults_;
  // Behind a pointer because it holds a mutex; shared, so a copy of the adapter replays the same
  // tokens, as it serves the same store.
  std::shared_ptr<IdempotencyCache> idempotency_;
};

// The body and status of an error in awsJson1.0 form, for errors raised outside the adapter
// (e.g. by the transport for an oversized body).
nlohmann::json errorBody(const std::string& type, const std::string& message,
                         const nlohmann::json& members = nlohmann::json::object());
int statusForError(const std::string& type);
// A typed error's members (Reason, Fields, ResourceType, ResourceId) as awsJson sends them.
nlohmann::json errorMembers(const sms_voice_v2::ServiceError& error);

}  // namespace smsim::aws_json
