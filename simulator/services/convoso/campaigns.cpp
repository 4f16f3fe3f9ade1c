// Campaign lookup: the two built-in campaigns, then the configured ones.
#include "services/convoso/campaigns.hpp"

#include "common/text.hpp"
#include "services/convoso/field_rules.hpp"

namespace smsim::convoso {

std::optional<Campaign> findCampaign(const ConvosoConfig& config, ConvosoList list, long long id) {
  std::optional<Campaign> found;
  if (id == kGlobalCampaignId) {
    found =
        Campaign{id, list == ConvosoList::SmsOptOut ? kGlobalSmsOptOutName : kGlobalDncName, false};
  } else if (id == kPurposeCampaignId) {
    found = Campaign{id, kPurposeCampaignName, true};
  }
  for (const auto& configured : config.campaigns) {
    if (configured.id != id) continue;
    const bool purposeType = equalsIgnoringCase(configured.type, kPurposeCampaignType);
    return Campaign{id, configured.name, purposeType || id == kPurposeCampaignId};
  }
  return found;
}

}  // namespace smsim::convoso
