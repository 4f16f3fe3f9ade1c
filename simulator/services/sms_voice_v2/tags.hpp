#pragma once
// Tags live beside the resources, keyed by ARN, so every taggable resource shares one mechanism.
#include <nlohmann/json.hpp>
#include <string>

#include "state/account_state.hpp"

namespace smsim::sms_voice_v2 {

// Merges a model TagList ([{Key, Value}]) into the resource's tags; returns all its tags.
nlohmann::json applyTags(state::AccountState& account, const std::string& arn,
                         const nlohmann::json& tagList);
nlohmann::json tagListJson(const state::TagMap& tags);

}  // namespace smsim::sms_voice_v2
