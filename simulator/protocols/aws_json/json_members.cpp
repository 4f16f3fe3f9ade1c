#include "protocols/aws_json/json_members.hpp"

namespace smsim::aws_json {

std::vector<sms_voice_v2::Tag> readTags(const nlohmann::json& in, const char* name) {
  std::vector<sms_voice_v2::Tag> tags;
  if (auto it = in.find(name); it != in.end()) {
    for (const auto& tag : *it) {
      tags.push_back({tag.at("Key").get<std::string>(), tag.at("Value").get<std::string>()});
    }
  }
  return tags;
}

std::vector<sms_voice_v2::Filter> readFilters(const nlohmann::json& in) {
  std::vector<sms_voice_v2::Filter> filters;
  if (auto it = in.find("Filters"); it != in.end()) {
    for (const auto& filter : *it) {
      filters.push_back({filter.at("Name").get<std::string>(),
                         filter.at("Values").get<std::vector<std::string>>()});
    }
  }
  return filters;
}

sms_voice_v2::PageParameters readPage(const nlohmann::json& in) {
  sms_voice_v2::PageParameters page;
  readMember(in, "MaxResults", page.maxResults);
  readMember(in, "NextToken", page.nextToken);
  return page;
}

nlohmann::json tagsJson(const std::vector<sms_voice_v2::Tag>& tags) {
  return arrayJson(tags, [](const sms_voice_v2::Tag& tag) {
    return nlohmann::json{{"Key", tag.key}, {"Value", tag.value}};
  });
}

void writeNextToken(nlohmann::json& out, const std::optional<std::string>& nextToken) {
  writeOptional(out, "NextToken", nextToken);
}

}  // namespace smsim::aws_json
