#pragma once
// The AWS query protocol of Amazon SNS: turns `Action=<Operation>&Version=2010-03-31&...` (a form
// body, or a GET's query string) into a validated call, and its result or typed error into SNS's
// XML (`<XResponse><XResult>…</XResult><ResponseMetadata>` or `<ErrorResponse>`). It knows
// nothing of sockets: the binding hands it the method, header values, query string and body.
#include <optional>
#include <string>
#include <string_view>

#include "protocols/aws_query/form_parameters.hpp"
#include "services/sns/sns_error.hpp"
#include "services/sns/topic_delivery.hpp"
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/store.hpp"

namespace smsim::aws_query {

struct AwsQueryRequest {
  std::string_view method;
  std::string_view contentType;
  std::string_view authorization;
  std::string_view query;  // the target's part after '?', still encoded
  std::string_view body;
  std::string_view host = {};  // the Host header: where SubscribeURL and UnsubscribeURL point
};

struct AwsQueryResponse {
  int status = 200;
  std::string body;
  std::string errorCode;  // empty on success
};

// A request read once: what rules match on and what the operation is then served from.
struct AwsQueryCall {
  std::string requestId;
  std::string operation;  // the Action as sent, known to the model or not
  state::AccountScope scope;
  FormParameters parameters;
  nlohmann::json input = nlohmann::json::object();  // the model's view of `parameters`
  std::optional<sns::SnsError> refused;             // why the request can't be served
  std::string baseUrl;                              // http://<Host>
};

inline constexpr const char* kContentType = "text/xml";
inline constexpr const char* kFormContentType = "application/x-www-form-urlencoded";
// Whether a Content-Type names a url-encoded form (media type names are case-insensitive).
bool isFormContentType(std::string_view contentType);
inline constexpr const char* kSnsVersion = "2010-03-31";
inline constexpr const char* kSnsXmlns = "http://sns.amazonaws.com/doc/2010-03-31/";

class AwsQueryAdapter {
 public:
  // `delivery` reaches topics' http(s) subscribers; without one they get nothing.
  AwsQueryAdapter(state::Store& store, const Clock& clock, state::AccountScope defaults,
                  sns::TopicDelivery* delivery = nullptr)
      : store_(store), clock_(clock), defaults_(std::move(defaults)), delivery_(delivery) {}

  // Reads parameters, Action, Version, account and region; never throws.
  AwsQueryCall parse(const AwsQueryRequest& request) const;
  // Validates against the SNS model, runs the operation and renders its result or error.
  AwsQueryResponse serve(AwsQueryCall&& call) const;

 private:
  state::Store& store_;
  const Clock& clock_;
  state::AccountScope defaults_;
  sns::TopicDelivery* delivery_;
};

// SNS's <ErrorResponse> for `code`, and the status AWS documents for it.
std::string errorXml(const std::string& code, const std::string& message,
                     const std::string& requestId);
int statusForCode(const std::string& code);

}  // namespace smsim::aws_query
