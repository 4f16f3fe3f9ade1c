// TagResource, UntagResource, ListTagsForResource.
#include "services/sms_voice_v2/tags.hpp"

#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// The resource type an ARN of this account and region names, e.g. "opt-out-list".
std::string resourceTypeOf(const std::string& arn) {
  const auto lastColon = arn.rfind(':');
  const auto slash = arn.find('/', lastColon == std::string::npos ? 0 : lastColon);
  if (lastColon == std::string::npos || slash == std::string::npos) return "";
  return arn.substr(lastColon + 1, slash - lastColon - 1);
}

// Throws ResourceNotFoundException unless `arn` names an existing resource of the caller.
void requireTaggableResource(state::AccountState& account, const state::AccountScope& scope,
                             const std::string& arn) {
  const std::string type = resourceTypeOf(arn);
  if (type == resource_type::kOptOutList) {
    findOptOutList(account, scope, arn);
    return;
  }
  if (type == resource_type::kPhoneNumber) {
    findPhoneNumber(account, scope, arn);
    return;
  }
  if (type == resource_type::kPool) {
    findPool(account, scope, arn);
    return;
  }
  throw ServiceError::resourceNotFound(type.empty() ? "account" : type, arn);
}

}  // namespace

nlohmann::json tagListJson(const state::TagMap& tags) {
  auto list = nlohmann::json::array();
  for (const auto& [key, value] : tags) list.push_back({{"Key", key}, {"Value", value}});
  return list;
}

nlohmann::json applyTags(state::AccountState& account, const std::string& arn,
                         const nlohmann::json& tagList) {
  auto& tags = account.tagsByArn[arn];
  for (const auto& tag : tagList) tags[tag.at("Key").get<std::string>()] = tag.at("Value");
  return tagListJson(tags);
}

nlohmann::json tagResource(CallContext& call, const nlohmann::json& input) {
  const auto arn = input.at("ResourceArn").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    requireTaggableResource(account, call.scope, arn);
    applyTags(account, arn, input.at("Tags"));
    return nlohmann::json::object();
  });
}

nlohmann::json untagResource(CallContext& call, const nlohmann::json& input) {
  const auto arn = input.at("ResourceArn").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    requireTaggableResource(account, call.scope, arn);
    if (auto it = account.tagsByArn.find(arn); it != account.tagsByArn.end()) {
      for (const auto& key : input.at("TagKeys")) it->second.erase(key.get<std::string>());
    }
    return nlohmann::json::object();
  });
}

nlohmann::json listTagsForResource(CallContext& call, const nlohmann::json& input) {
  const auto arn = input.at("ResourceArn").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    requireTaggableResource(account, call.scope, arn);
    auto it = account.tagsByArn.find(arn);
    return nlohmann::json{
        {"ResourceArn", arn},
        {"Tags", tagListJson(it == account.tagsByArn.end() ? state::TagMap{} : it->second)}};
  });
}

}  // namespace smsim::sms_voice_v2
