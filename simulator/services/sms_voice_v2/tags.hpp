#pragma once
// Tags live beside the resources, keyed by ARN, so every taggable resource shares one mechanism.
#include <string>
#include <vector>

#include "services/sms_voice_v2/tag_types.hpp"
#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// Merges `tags` into the resource's tags; returns all its tags.
std::vector<Tag> applyTags(state::AccountState& account, const std::string& arn,
                           const std::vector<Tag>& tags);
std::vector<Tag> tagList(const state::TagMap& tags);

}  // namespace smsim::sms_voice_v2
