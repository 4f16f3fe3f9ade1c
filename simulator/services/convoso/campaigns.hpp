#pragma once
// The campaigns an entry may name: 0 (the global list) and -1 (purpose type) always exist, every
// other id must be configured. The name shown in search results comes from here.
#include <optional>
#include <string>

#include "services/convoso/resources.hpp"
#include "smsim/convoso_config.hpp"

namespace smsim::convoso {

inline constexpr long long kGlobalCampaignId = 0;
inline constexpr long long kPurposeCampaignId = -1;
inline constexpr const char* kGlobalSmsOptOutName = "Global SMS Opt-Out";
inline constexpr const char* kGlobalDncName = "Global DNC";
inline constexpr const char* kPurposeCampaignName = "Purpose Type";
inline constexpr const char* kPurposeCampaignType = "Purpose";

struct Campaign {
  long long id = 0;
  std::string name;
  bool purposeRequired = false;  // type "Purpose": SMS opt-outs must carry a purpose (6080)
};

std::optional<Campaign> findCampaign(const ConvosoConfig& config, ConvosoList list, long long id);

}  // namespace smsim::convoso
