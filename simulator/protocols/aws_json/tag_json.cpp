// The JSON of TagResource, UntagResource and ListTagsForResource.
#include "protocols/aws_json/json_members.hpp"
#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

void fromJson(const nlohmann::json& in, v2::TagResourceRequest& out) {
  readMember(in, "ResourceArn", out.resourceArn);
  out.tags = readTags(in);
}

void fromJson(const nlohmann::json& in, v2::UntagResourceRequest& out) {
  readMember(in, "ResourceArn", out.resourceArn);
  readMember(in, "TagKeys", out.tagKeys);
}

void fromJson(const nlohmann::json& in, v2::ListTagsForResourceRequest& out) {
  readMember(in, "ResourceArn", out.resourceArn);
}

nlohmann::json toJson(const v2::TagResourceResult&) { return nlohmann::json::object(); }

nlohmann::json toJson(const v2::UntagResourceResult&) { return nlohmann::json::object(); }

nlohmann::json toJson(const v2::ListTagsForResourceResult& result) {
  return {{"ResourceArn", result.resourceArn}, {"Tags", tagsJson(result.tags)}};
}

}  // namespace smsim::aws_json
