#pragma once
// One API call as the request pipeline sees it, whichever API it is for: read once by its
// binding, matched by scenario rules on these same facts, then served, logged and journaled.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "state/account_scope.hpp"

namespace smsim::server {

// What serving a call came to, for the log and the journal.
struct CallOutcome {
  int status = 0;
  std::string errorType;  // empty on success
  std::string responseBody;
};

class ApiCall {
 public:
  virtual ~ApiCall() = default;

  std::string api;  // "aws", "convoso", "control"
  std::string operation;
  std::string requestId;
  state::AccountScope scope;  // AWS only

  // The call's parameters as the service reads them: an AWS body's members, Convoso's merged
  // parameters. Rules match on these.
  virtual nlohmann::json fields() const = 0;
  // What the journal keeps of the request.
  virtual std::string journaledRequest() const = 0;
  // Runs the operation and writes its answer; called at most once.
  virtual CallOutcome serve(httplib::Response& response) = 0;
};

}  // namespace smsim::server
