// The JSON of the monthly spend limits and their overrides.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::DescribeSpendLimitsRequest& out) {
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::SetSpendLimitOverrideRequest& out) {
  readMember(in, "MonthlyLimit", out.monthlyLimit);
}

void fromJson(const nlohmann::json&, v2::DeleteSpendLimitOverrideRequest&) {}

nlohmann::json toJson(const v2::DescribeSpendLimitsResult& result) {
  return {{"SpendLimits", arrayJson(result.spendLimits, [](const v2::SpendLimitInformation& limit) {
             return nlohmann::json{{"Name", limit.name},
                                   {"EnforcedLimit", limit.enforcedLimit},
                                   {"MaxLimit", limit.maxLimit},
                                   {"Overridden", limit.overridden}};
           })}};
}

nlohmann::json toJson(const v2::SpendLimitOverrideResult& result) {
  return {{"MonthlyLimit", result.monthlyLimit}};
}

}  // namespace smsim::aws_json
