#pragma once
// A call a binding refuses before its service sees it (a signature --verify-signatures does not
// accept): it carries what the request named, for the log and the journal, and answers with the
// binding's ready-made error.
#include "server/api_binding.hpp"
#include "server/api_call.hpp"

namespace smsim::server {

class RefusedCall final : public ApiCall {
 public:
  RefusedCall(const ApiCall& named, Answer answer, std::string journaled)
      : answer_(std::move(answer)), journaled_(std::move(journaled)) {
    api = named.api;
    operation = named.operation;
    requestId = named.requestId;
    scope = named.scope;
  }

  nlohmann::json fields() const override { return nlohmann::json::object(); }
  std::string journaledRequest() const override { return journaled_; }
  CallOutcome serve(httplib::Response& response) override {
    writeAnswer(answer_, response);
    return {answer_.status, answer_.errorType, answer_.body};
  }

 private:
  Answer answer_;
  std::string journaled_;
};

}  // namespace smsim::server
