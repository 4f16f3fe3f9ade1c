#include "services/sms_voice_v2/settings_update.hpp"

#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

void applySettingsUpdate(state::AccountState& account, const state::AccountScope& scope,
                         const nlohmann::json& input, state::OriginationSettings& settings) {
  state::OriginationSettings updated = settings;
  if (input.contains("OptOutListName")) {
    updated.optOutListName = findOptOutList(account, scope, input.at("OptOutListName")).name;
  }
  if (input.contains("TwoWayEnabled")) updated.twoWayEnabled = input.at("TwoWayEnabled");
  if (input.contains("TwoWayChannelArn")) updated.twoWayChannelArn = input.at("TwoWayChannelArn");
  if (input.contains("TwoWayChannelRole")) {
    updated.twoWayChannelRole = input.at("TwoWayChannelRole");
  }
  if (input.contains("SelfManagedOptOutsEnabled")) {
    updated.selfManagedOptOutsEnabled = input.at("SelfManagedOptOutsEnabled");
  }
  if (input.contains("DeletionProtectionEnabled")) {
    updated.deletionProtectionEnabled = input.at("DeletionProtectionEnabled");
  }
  if (updated.twoWayEnabled && updated.twoWayChannelArn.empty()) {
    const std::string message = "Two-way messaging needs a TwoWayChannelArn.";
    throw ServiceError::validation("TWO_WAY_CHANNEL_NOT_PRESENT", message,
                                   {{{"Name", "TwoWayChannelArn"}, {"Message", message}}});
  }
  settings = std::move(updated);
}

}  // namespace smsim::sms_voice_v2
