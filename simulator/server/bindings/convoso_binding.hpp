#pragma once
// Convoso's API on HTTP: `GET` or `POST /v1/<list>/<action>`, parameters from the query string
// and the body (url-encoded or multipart) merged once, so scenario rules see exactly what the
// service does.
#include "scenario/rule.hpp"
#include "server/api_binding.hpp"
#include "smsim/clock.hpp"
#include "state/convoso_store.hpp"

namespace smsim::server {

class ConvosoBinding : public ApiBinding {
 public:
  ConvosoBinding(state::ConvosoStore& store, const Clock& clock) : store_(store), clock_(clock) {}

  std::string_view api() const override;
  bool owns(std::string_view path) const override;
  std::unique_ptr<ApiCall> parse(const httplib::Request& request) const override;
  Answer error(int status, const std::string& message, const std::string& requestId) const override;
  Answer throttled(double windowSeconds) const override;
  std::string contentType() const override;
  std::string partialBody() const override;

  std::optional<Answer> ruleError(const scenario::RuleResponse& response,
                                  const std::string& ruleId) const override;

 private:
  state::ConvosoStore& store_;
  const Clock& clock_;
};

}  // namespace smsim::server
