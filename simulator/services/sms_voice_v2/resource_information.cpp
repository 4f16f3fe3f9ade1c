#include "services/sms_voice_v2/resource_information.hpp"

namespace smsim::sms_voice_v2 {

namespace {

std::optional<std::string> unlessEmpty(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

void copySettings(OriginationSettingsInformation& out, const state::OriginationSettings& settings) {
  out.messageType = settings.messageType;
  out.twoWayEnabled = settings.twoWayEnabled;
  out.twoWayChannelArn = unlessEmpty(settings.twoWayChannelArn);
  out.twoWayChannelRole = unlessEmpty(settings.twoWayChannelRole);
  out.selfManagedOptOutsEnabled = settings.selfManagedOptOutsEnabled;
  out.optOutListName = settings.optOutListName;
  out.deletionProtectionEnabled = settings.deletionProtectionEnabled;
}

}  // namespace

PhoneNumberInformation phoneNumberInformation(const state::PhoneNumber& number) {
  PhoneNumberInformation out;
  out.phoneNumberArn = number.arn;
  out.phoneNumberId = number.id;
  out.phoneNumber = number.number;
  out.status = number.status;
  out.isoCountryCode = number.isoCountryCode;
  out.numberCapabilities = number.capabilities;
  out.numberType = number.numberType;
  out.monthlyLeasingPrice = number.monthlyLeasingPrice;
  out.internationalSendingEnabled = number.internationalSendingEnabled;
  out.createdTimestamp = number.createdTimestamp;
  copySettings(out, number.settings);
  out.poolId = unlessEmpty(number.poolId);
  out.registrationId = unlessEmpty(number.registrationId);
  return out;
}

PoolInformation poolInformation(const state::Pool& pool) {
  PoolInformation out;
  out.poolArn = pool.arn;
  out.poolId = pool.id;
  out.status = pool.status;
  out.sharedRoutesEnabled = pool.sharedRoutesEnabled;
  out.createdTimestamp = pool.createdTimestamp;
  copySettings(out, pool.settings);
  return out;
}

}  // namespace smsim::sms_voice_v2
