// The JSON of pools and of the phone numbers they hold.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::CreatePoolRequest& out) {
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "IsoCountryCode", out.isoCountryCode);
  readMember(in, "MessageType", out.messageType);
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::DescribePoolsRequest& out) {
  readMember(in, "PoolIds", out.poolIds);
  out.filters = readFilters(in);
  readMember(in, "Owner", out.owner);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::UpdatePoolRequest& out) {
  readMember(in, "PoolId", out.poolId);
  fromJson(in, out.settings);
  readMember(in, "SharedRoutesEnabled", out.sharedRoutesEnabled);
}

void fromJson(const nlohmann::json& in, v2::DeletePoolRequest& out) {
  readMember(in, "PoolId", out.poolId);
}

void fromJson(const nlohmann::json& in, v2::PoolAssociationRequest& out) {
  readMember(in, "PoolId", out.poolId);
  readMember(in, "OriginationIdentity", out.originationIdentity);
  readMember(in, "IsoCountryCode", out.isoCountryCode);
}

void fromJson(const nlohmann::json& in, v2::ListPoolOriginationIdentitiesRequest& out) {
  readMember(in, "PoolId", out.poolId);
  out.filters = readFilters(in);
  out.page = readPage(in);
}

nlohmann::json toJson(const v2::PoolInformation& result) {
  nlohmann::json out = {{"PoolArn", result.poolArn},
                        {"PoolId", result.poolId},
                        {"Status", result.status},
                        {"SharedRoutesEnabled", result.sharedRoutesEnabled},
                        {"CreatedTimestamp", result.createdTimestamp}};
  writeSettings(out, result);
  return out;
}

nlohmann::json toJson(const v2::CreatePoolResult& result) {
  auto out = toJson(static_cast<const v2::PoolInformation&>(result));
  out["Tags"] = tagsJson(result.tags);
  return out;
}

nlohmann::json toJson(const v2::DescribePoolsResult& result) {
  nlohmann::json out = nlohmann::json::object();
  out["Pools"] = arrayJson(result.pools, [](const auto& pool) { return toJson(pool); });
  writeNextToken(out, result.nextToken);
  return out;
}

nlohmann::json toJson(const v2::PoolAssociationResult& result) {
  return {{"PoolArn", result.poolArn},
          {"PoolId", result.poolId},
          {"OriginationIdentityArn", result.originationIdentityArn},
          {"OriginationIdentity", result.originationIdentity},
          {"IsoCountryCode", result.isoCountryCode}};
}

nlohmann::json toJson(const v2::ListPoolOriginationIdentitiesResult& result) {
  nlohmann::json out = {{"PoolArn", result.poolArn}, {"PoolId", result.poolId}};
  out["OriginationIdentities"] =
      arrayJson(result.originationIdentities, [](const v2::OriginationIdentityMetadata& identity) {
        nlohmann::json member{{"OriginationIdentityArn", identity.originationIdentityArn},
                              {"OriginationIdentity", identity.originationIdentity},
                              {"IsoCountryCode", identity.isoCountryCode},
                              {"NumberCapabilities", identity.numberCapabilities}};
        // A sender ID has no PhoneNumber.
        if (!identity.phoneNumber.empty()) member["PhoneNumber"] = identity.phoneNumber;
        return member;
      });
  writeNextToken(out, result.nextToken);
  return out;
}

}  // namespace smsim::aws_json
