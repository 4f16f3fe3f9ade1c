#include "services/sms_voice_v2/phone_number_json.hpp"

namespace smsim::sms_voice_v2 {

namespace {

void addSettings(nlohmann::json& out, const state::OriginationSettings& settings) {
  out["MessageType"] = settings.messageType;
  out["TwoWayEnabled"] = settings.twoWayEnabled;
  if (!settings.twoWayChannelArn.empty()) out["TwoWayChannelArn"] = settings.twoWayChannelArn;
  if (!settings.twoWayChannelRole.empty()) out["TwoWayChannelRole"] = settings.twoWayChannelRole;
  out["SelfManagedOptOutsEnabled"] = settings.selfManagedOptOutsEnabled;
  out["OptOutListName"] = settings.optOutListName;
  out["DeletionProtectionEnabled"] = settings.deletionProtectionEnabled;
}

}  // namespace

nlohmann::json phoneNumberJson(const state::PhoneNumber& number) {
  nlohmann::json out = {{"PhoneNumberArn", number.arn},
                        {"PhoneNumberId", number.id},
                        {"PhoneNumber", number.number},
                        {"Status", number.status},
                        {"IsoCountryCode", number.isoCountryCode},
                        {"NumberCapabilities", number.capabilities},
                        {"NumberType", number.numberType},
                        {"MonthlyLeasingPrice", number.monthlyLeasingPrice},
                        {"InternationalSendingEnabled", number.internationalSendingEnabled},
                        {"CreatedTimestamp", number.createdTimestamp}};
  addSettings(out, number.settings);
  if (!number.poolId.empty()) out["PoolId"] = number.poolId;
  if (!number.registrationId.empty()) out["RegistrationId"] = number.registrationId;
  return out;
}

nlohmann::json poolJson(const state::Pool& pool) {
  nlohmann::json out = {{"PoolArn", pool.arn},
                        {"PoolId", pool.id},
                        {"Status", pool.status},
                        {"SharedRoutesEnabled", pool.sharedRoutesEnabled},
                        {"CreatedTimestamp", pool.createdTimestamp}};
  addSettings(out, pool.settings);
  return out;
}

}  // namespace smsim::sms_voice_v2
