#pragma once
// Amazon SNS's query API on HTTP. It shares `/` with awsJson, so it is chosen by the request, not
// the path: no X-Amz-Target, and either a form body (POST) or an Action in the query string (GET).
#include "protocols/aws_query/aws_query_adapter.hpp"
#include "scenario/rule.hpp"
#include "server/api_binding.hpp"
#include "server/signature_gate.hpp"

namespace smsim::server {

class AwsQueryBinding : public ApiBinding {
 public:
  AwsQueryBinding(const aws_query::AwsQueryAdapter& adapter, const SignatureGate& signatures)
      : adapter_(adapter), signatures_(signatures) {}

  std::string_view api() const override;
  // No path is SNS's alone: errors raised before a request is read stay awsJson's.
  bool owns(std::string_view path) const override;
  bool claims(const httplib::Request& request) const override;
  std::unique_ptr<ApiCall> parse(const httplib::Request& request) const override;
  Answer error(int status, const std::string& message, const std::string& requestId) const override;
  std::optional<Answer> ruleError(const scenario::RuleResponse& response,
                                  const std::string& ruleId) const override;
  Answer throttled(double windowSeconds) const override;
  std::string contentType() const override;
  std::vector<std::pair<std::string, std::string>> callHeaders(
      const std::string& requestId) const override;
  std::string partialBody() const override;

 private:
  const aws_query::AwsQueryAdapter& adapter_;
  const SignatureGate& signatures_;
};

}  // namespace smsim::server
