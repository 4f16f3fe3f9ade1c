// The JSON of the account's attributes and limits.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::DescribeAccountAttributesRequest& out) {
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::DescribeAccountLimitsRequest& out) {
  out.page = readPage(in);
}

nlohmann::json toJson(const v2::DescribeAccountAttributesResult& result) {
  return {{"AccountAttributes",
           arrayJson(result.accountAttributes, [](const v2::AccountAttribute& attribute) {
             return nlohmann::json{{"Name", attribute.name}, {"Value", attribute.value}};
           })}};
}

nlohmann::json toJson(const v2::DescribeAccountLimitsResult& result) {
  return {{"AccountLimits", arrayJson(result.accountLimits, [](const v2::AccountLimit& limit) {
             return nlohmann::json{{"Name", limit.name}, {"Used", limit.used}, {"Max", limit.max}};
           })}};
}

}  // namespace smsim::aws_json
