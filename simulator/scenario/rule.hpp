#pragma once
// A scenario rule: which API calls it applies to (`match`), what it does to them (`respond`,
// `delay`, `fault`), when (`times`, `after`, `every`, `probability`, `rate`) and in which state
// of the scenario (`state` / `nextState`, WireMock style). Rules are checked in order and the
// first one that applies wins.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scenario/delay.hpp"
#include "scenario/scenario_error.hpp"
#include "scenario/text_matcher.hpp"

namespace smsim::scenario {

namespace api_name {
inline constexpr const char* kAws = "aws";
inline constexpr const char* kSns = "sns";
inline constexpr const char* kConvoso = "convoso";
}  // namespace api_name

inline constexpr const char* kInitialState = "Started";

// A rule's `respond.status`: one whose answer may carry a body. 1xx, 204 and 304 answers have
// none by HTTP's rules (RFC 9110), so a client that gets one with a body (or a Content-Length)
// loses the framing of its connection.
inline constexpr int kMinRuleStatus = 200;
inline constexpr int kMaxRuleStatus = 599;
inline constexpr int kNoContentStatus = 204;
inline constexpr int kNotModifiedStatus = 304;

struct RuleMatch {
  std::optional<std::string> api;
  std::vector<std::string> operations;  // any of them; empty: any operation
  std::optional<TextMatcher> path;      // the request path, e.g. /v1/sms-opt-out/insert
  std::optional<std::string> account;
  std::optional<std::string> region;
  std::vector<std::pair<std::string, TextMatcher>> headers;
  nlohmann::json request;  // members the body (AWS) or parameters (Convoso) must contain; null: any
};

struct AwsErrorResponse {
  std::string type;  // e.g. ThrottlingException
  std::string message;
  nlohmann::json members = nlohmann::json::object();  // Reason, ResourceType, ...
};

struct ConvosoErrorResponse {
  int code = 0;
  std::string text;
};

struct RuleResponse {
  std::optional<AwsErrorResponse> awsError;
  std::optional<ConvosoErrorResponse> convosoError;
  std::optional<int> status;
  std::vector<std::pair<std::string, std::string>> headers;
  std::optional<nlohmann::json> body;  // a string is sent as is, anything else as JSON
};

enum class FaultKind {
  ConnectionReset,    // TCP RST before any byte of the response
  EmptyResponse,      // the connection closes before any byte of the response
  MalformedResponse,  // a complete 200 response whose body is not valid JSON
  TruncatedResponse,  // headers promise more body than is sent, then the connection closes
};

const char* faultName(FaultKind kind);
std::optional<FaultKind> faultFromName(const std::string& name);

struct RateLimit {
  std::uint64_t limit = 0;  // calls allowed per window; the rule fires on the calls beyond
  double windowSeconds = 1;
};

enum class StateScope { Scenario, PhoneNumber };

struct Rule {
  std::string name;
  SourcePosition position;
  RuleMatch match;
  std::optional<RuleResponse> respond;
  std::optional<DelaySpec> delay;
  std::optional<FaultKind> fault;
  std::optional<std::uint64_t> times;  // fires at most this often
  std::optional<std::uint64_t> after;  // lets this many matching calls through first
  std::optional<std::uint64_t> every;  // fires on every Nth matching call (after `after`)
  std::optional<double> probability;
  std::optional<std::uint64_t> randomSeed;
  std::optional<RateLimit> rate;
  std::optional<std::string> state;  // applies only while the scenario is in this state
  std::optional<std::string> nextState;
  StateScope stateScope = StateScope::Scenario;
};

}  // namespace smsim::scenario
