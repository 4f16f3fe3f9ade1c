#pragma once
// One API smsim speaks, bound to HTTP: which requests are its own, how to read one into a call,
// and how to write an answer in its own format — an error of smsim's (unknown route, refused
// request, internal error), a scenario rule's throttling, a cut-short body for truncation faults.
// Services' answers and rules' answers of the same error come out of the same functions, so
// they are the same bytes.
#include <httplib.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "scenario/rule.hpp"
#include "server/api_call.hpp"

namespace smsim::server {

// An answer before it is written.
struct Answer {
  int status = 200;
  std::string contentType;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string errorType;  // for the log and the journal
};

void writeAnswer(const Answer& answer, httplib::Response& response);

class ApiBinding {
 public:
  virtual ~ApiBinding() = default;

  virtual std::string_view api() const = 0;
  // Whether `path` falls under this API (its unknown routes too).
  virtual bool owns(std::string_view path) const = 0;
  // Whether this request is the API's: by path alone, unless the API shares its path with
  // another and tells them apart by the request (SNS's query API and awsJson both use `/`).
  virtual bool claims(const httplib::Request& request) const { return owns(request.path); }
  // The call this request makes; nullptr when no operation of the API has this route.
  virtual std::unique_ptr<ApiCall> parse(const httplib::Request& request) const = 0;
  // Calls of journaled APIs pass the scenario rules and are logged and journaled.
  virtual bool journaled() const { return true; }

  // An error smsim answers itself: `status` 400, 404, 413, 414, 431, 500, ...
  virtual Answer error(int status, const std::string& message,
                       const std::string& requestId) const = 0;
  // A rule's error answer (`error:` for AWS, `convoso:` for Convoso) when it is of this API's
  // kind, written exactly as the service writes the same error; nullopt for another API's kind.
  virtual std::optional<Answer> ruleError(const scenario::RuleResponse& /*response*/,
                                          const std::string& /*ruleId*/) const {
    return std::nullopt;
  }
  // A rule's `rate` was exceeded and it names no answer of its own.
  virtual Answer throttled(double windowSeconds) const = 0;
  virtual std::string contentType() const = 0;
  // Headers every answer of the API carries (AWS: x-amzn-RequestId).
  virtual std::vector<std::pair<std::string, std::string>> callHeaders(
      const std::string& /*requestId*/) const {
    return {};
  }
  // What a valid answer could have started like, for faults that cut one short.
  virtual std::string partialBody() const = 0;
};

}  // namespace smsim::server
