#pragma once
// Requests and results of TagResource, UntagResource and ListTagsForResource, and the Tag that
// create operations take too.
#include <string>
#include <vector>

namespace smsim::sms_voice_v2 {

struct Tag {
  std::string key;
  std::string value;
};

struct TagResourceRequest {
  std::string resourceArn;
  std::vector<Tag> tags;
};
struct TagResourceResult {};

struct UntagResourceRequest {
  std::string resourceArn;
  std::vector<std::string> tagKeys;
};
struct UntagResourceResult {};

struct ListTagsForResourceRequest {
  std::string resourceArn;
};
struct ListTagsForResourceResult {
  std::string resourceArn;
  std::vector<Tag> tags;
};

}  // namespace smsim::sms_voice_v2
