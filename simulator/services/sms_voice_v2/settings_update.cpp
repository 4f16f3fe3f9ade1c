#include "services/sms_voice_v2/settings_update.hpp"

#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

void applySettingsUpdate(state::AccountState& account, const state::AccountScope& scope,
                         const OriginationSettingsUpdate& update,
                         state::OriginationSettings& settings) {
  state::OriginationSettings updated = settings;
  if (update.optOutListName) {
    updated.optOutListName = findOptOutList(account, scope, *update.optOutListName).name;
  }
  if (update.twoWayEnabled) updated.twoWayEnabled = *update.twoWayEnabled;
  if (update.twoWayChannelArn) updated.twoWayChannelArn = *update.twoWayChannelArn;
  if (update.twoWayChannelRole) updated.twoWayChannelRole = *update.twoWayChannelRole;
  if (update.selfManagedOptOutsEnabled) {
    updated.selfManagedOptOutsEnabled = *update.selfManagedOptOutsEnabled;
  }
  if (update.deletionProtectionEnabled) {
    updated.deletionProtectionEnabled = *update.deletionProtectionEnabled;
  }
  if (updated.twoWayEnabled && updated.twoWayChannelArn.empty()) {
    throw ServiceError::invalidField("TWO_WAY_CHANNEL_NOT_PRESENT", "TwoWayChannelArn",
                                     "Two-way messaging needs a TwoWayChannelArn.");
  }
  settings = std::move(updated);
}

}  // namespace smsim::sms_voice_v2
