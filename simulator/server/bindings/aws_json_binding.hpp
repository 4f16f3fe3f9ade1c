#pragma once
// The awsJson1.0 API of SMS Voice v2 on HTTP: `POST /` with `X-Amz-Target`; every other path
// outside the Convoso and control prefixes falls under it too, so a wrong URL still gets an AWS
// error a client can read.
#include "protocols/aws_json/aws_json_adapter.hpp"
#include "scenario/rule.hpp"
#include "server/api_binding.hpp"
#include "server/signature_gate.hpp"

namespace smsim::server {

class AwsJsonBinding : public ApiBinding {
 public:
  AwsJsonBinding(const aws_json::AwsJsonAdapter& adapter, const SignatureGate& signatures)
      : adapter_(adapter), signatures_(signatures) {}

  std::string_view api() const override;
  bool owns(std::string_view path) const override;
  std::unique_ptr<ApiCall> parse(const httplib::Request& request) const override;
  Answer error(int status, const std::string& message, const std::string& requestId) const override;
  Answer throttled(double windowSeconds) const override;
  std::string contentType() const override;
  std::vector<std::pair<std::string, std::string>> callHeaders(
      const std::string& requestId) const override;
  std::string partialBody() const override;

  std::optional<Answer> ruleError(const scenario::RuleResponse& response,
                                  const std::string& ruleId) const override;

 private:
  Answer awsError(const scenario::AwsErrorResponse& error, const std::string& ruleId) const;
  Answer errorAnswer(int status, const std::string& type, const std::string& message,
                     const nlohmann::json& members) const;

  const aws_json::AwsJsonAdapter& adapter_;
  const SignatureGate& signatures_;
};

}  // namespace smsim::server
