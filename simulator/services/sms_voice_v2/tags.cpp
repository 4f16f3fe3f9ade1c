// TagResource, UntagResource, ListTagsForResource.
#include "services/sms_voice_v2/tags.hpp"

#include "common/text.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// "Each resource can have a maximum of 50 tags." (the TagResource API reference,
// https://docs.aws.amazon.com/goto/WebAPI/pinpoint-sms-voice-v2-2022-03-31/TagResource)
constexpr std::size_t kMaxTagsPerResource = 50;

// ServiceQuotaExceededException TAGS_PER_RESOURCE when the resource would hold more than 50 tags;
// thrown before anything changes, so a create that fails on its tags creates nothing.
void requireRoomForTags(const state::AccountState& account, const std::string& arn,
                        const std::vector<Tag>& tags) {
  const auto existing = account.tagsByArn.find(arn);
  state::TagMap merged = existing == account.tagsByArn.end() ? state::TagMap{} : existing->second;
  for (const auto& tag : tags) merged[tag.key];
  if (merged.size() > kMaxTagsPerResource) {
    throw ServiceError::quotaExceeded("TAGS_PER_RESOURCE", "A resource can have at most 50 tags; " +
                                                               arn + " would have " +
                                                               std::to_string(merged.size()) + ".");
  }
}

// "The aws: prefix is reserved for use by AWS; you can't use it in any tag keys or values that you
// define" (AWS's tagging rules, as other services' Tag shapes state them, e.g.
// https://docs.aws.amazon.com/sdkfornet/v3/apidocs/items/SimpleEmailV2/TTag.html); the SMS Voice
// model doesn't repeat it. smsim refuses keys only, in any case, as EC2 does ("Tag keys starting
// with 'aws:' are reserved"); ValidationException INVALID_PARAMETER is our reading.
void requireNoReservedPrefix(const std::vector<Tag>& tags) {
  for (const auto& tag : tags) {
    if (equalsIgnoringCase(std::string_view(tag.key).substr(0, 4), "aws:")) {
      throw ServiceError::invalidField(
          "INVALID_PARAMETER", "Tags",
          "Tag key " + tag.key + " starts with aws:, which is reserved for AWS.");
    }
  }
}

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
  if (type == resource_type::kConfigurationSet) {
    findConfigurationSet(account, scope, arn);
    return;
  }
  if (type == resource_type::kSenderId) {
    if (auto key = resourceNameFrom(arn, scope, type); key && account.senderIds.contains(*key)) {
      return;
    }
  }
  if (type == resource_type::kProtectConfiguration) {
    if (auto id = resourceNameFrom(arn, scope, type);
        id && account.protectConfigurations.contains(*id)) {
      return;
    }
  }
  if (type == resource_type::kVerifiedDestinationNumber) {
    if (auto id = resourceNameFrom(arn, scope, type);
        id && account.verifiedDestinationNumbers.contains(*id)) {
      return;
    }
  }
  throw ServiceError::resourceNotFound(type.empty() ? resource_type::kAccount : type, arn);
}

}  // namespace

std::vector<Tag> tagList(const state::TagMap& tags) {
  std::vector<Tag> list;
  list.reserve(tags.size());
  for (const auto& [key, value] : tags) list.push_back({key, value});
  return list;
}

std::vector<Tag> applyTags(state::AccountState& account, const std::string& arn,
                           const std::vector<Tag>& tags) {
  requireNoReservedPrefix(tags);
  requireRoomForTags(account, arn, tags);
  auto& resourceTags = account.tagsByArn[arn];
  for (const auto& tag : tags) resourceTags[tag.key] = tag.value;
  return tagList(resourceTags);
}

TagResourceResult tagResource(CallContext& call, const TagResourceRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    requireTaggableResource(account, call.scope, request.resourceArn);
    applyTags(account, request.resourceArn, request.tags);
    return TagResourceResult{};
  });
}

UntagResourceResult untagResource(CallContext& call, const UntagResourceRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    requireTaggableResource(account, call.scope, request.resourceArn);
    if (auto it = account.tagsByArn.find(request.resourceArn); it != account.tagsByArn.end()) {
      for (const auto& key : request.tagKeys) it->second.erase(key);
    }
    return UntagResourceResult{};
  });
}

ListTagsForResourceResult listTagsForResource(CallContext& call,
                                              const ListTagsForResourceRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    requireTaggableResource(account, call.scope, request.resourceArn);
    auto it = account.tagsByArn.find(request.resourceArn);
    return ListTagsForResourceResult{request.resourceArn, it == account.tagsByArn.end()
                                                              ? std::vector<Tag>{}
                                                              : tagList(it->second)};
  });
}

}  // namespace smsim::sms_voice_v2
