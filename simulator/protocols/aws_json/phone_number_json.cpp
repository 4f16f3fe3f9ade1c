// The JSON of phone numbers and the origination settings phone numbers and pools share.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::OriginationSettingsUpdate& out) {
  readMember(in, "OptOutListName", out.optOutListName);
  readMember(in, "TwoWayEnabled", out.twoWayEnabled);
  readMember(in, "TwoWayChannelArn", out.twoWayChannelArn);
  readMember(in, "TwoWayChannelRole", out.twoWayChannelRole);
  readMember(in, "SelfManagedOptOutsEnabled", out.selfManagedOptOutsEnabled);
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
}

void fromJson(const nlohmann::json& in, v2::RequestPhoneNumberRequest& out) {
  readMember(in, "IsoCountryCode", out.isoCountryCode);
  readMember(in, "MessageType", out.messageType);
  readMember(in, "NumberCapabilities", out.numberCapabilities);
  readMember(in, "NumberType", out.numberType);
  readMember(in, "OptOutListName", out.optOutListName);
  readMember(in, "PoolId", out.poolId);
  readMember(in, "RegistrationId", out.registrationId);
  readMember(in, "InternationalSendingEnabled", out.internationalSendingEnabled);
  readMember(in, "DeletionProtectionEnabled", out.deletionProtectionEnabled);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::DescribePhoneNumbersRequest& out) {
  readMember(in, "PhoneNumberIds", out.phoneNumberIds);
  out.filters = readFilters(in);
  readMember(in, "Owner", out.owner);
  out.page = readPage(in);
}

void fromJson(const nlohmann::json& in, v2::UpdatePhoneNumberRequest& out) {
  readMember(in, "PhoneNumberId", out.phoneNumberId);
  fromJson(in, out.settings);
  readMember(in, "InternationalSendingEnabled", out.internationalSendingEnabled);
}

void fromJson(const nlohmann::json& in, v2::ReleasePhoneNumberRequest& out) {
  readMember(in, "PhoneNumberId", out.phoneNumberId);
}

void writeSettings(nlohmann::json& out, const v2::OriginationSettingsInformation& settings) {
  out["MessageType"] = settings.messageType;
  out["TwoWayEnabled"] = settings.twoWayEnabled;
  writeOptional(out, "TwoWayChannelArn", settings.twoWayChannelArn);
  writeOptional(out, "TwoWayChannelRole", settings.twoWayChannelRole);
  out["SelfManagedOptOutsEnabled"] = settings.selfManagedOptOutsEnabled;
  out["OptOutListName"] = settings.optOutListName;
  writeOptional(out, "DeletionProtectionEnabled", settings.deletionProtectionEnabled);
}

nlohmann::json toJson(const v2::PhoneNumberInformation& result) {
  nlohmann::json out = {{"PhoneNumberArn", result.phoneNumberArn},
                        {"PhoneNumberId", result.phoneNumberId},
                        {"PhoneNumber", result.phoneNumber},
                        {"Status", result.status},
                        {"IsoCountryCode", result.isoCountryCode},
                        {"NumberCapabilities", result.numberCapabilities},
                        {"NumberType", result.numberType},
                        {"MonthlyLeasingPrice", result.monthlyLeasingPrice},
                        {"CreatedTimestamp", result.createdTimestamp}};
  writeOptional(out, "InternationalSendingEnabled", result.internationalSendingEnabled);
  writeSettings(out, result);
  writeOptional(out, "PoolId", result.poolId);
  writeOptional(out, "RegistrationId", result.registrationId);
  return out;
}

nlohmann::json toJson(const v2::RequestPhoneNumberResult& result) {
  auto out = toJson(static_cast<const v2::PhoneNumberInformation&>(result));
  out["Tags"] = tagsJson(result.tags);
  return out;
}

nlohmann::json toJson(const v2::DescribePhoneNumbersResult& result) {
  nlohmann::json out = nlohmann::json::object();
  out["PhoneNumbers"] =
      arrayJson(result.phoneNumbers, [](const auto& number) { return toJson(number); });
  writeNextToken(out, result.nextToken);
  return out;
}

}  // namespace smsim::aws_json
