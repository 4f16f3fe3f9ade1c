#pragma once
// Small helpers the request and result mappings share: reading members of a request that the
// model has already validated (so a present member has the right type), and writing a result's
// optional members only when set, as AWS leaves absent ones out.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::aws_json {

// Leaves `out` (and its default) alone when the member is absent; the model checked required ones.
template <typename T>
void readMember(const nlohmann::json& in, const char* name, T& out) {
  if (auto it = in.find(name); it != in.end()) out = it->template get<T>();
}

template <typename T>
void readMember(const nlohmann::json& in, const char* name, std::optional<T>& out) {
  if (auto it = in.find(name); it != in.end()) out = it->template get<T>();
}

template <typename T>
void writeOptional(nlohmann::json& out, const char* name, const std::optional<T>& value) {
  if (value) out[name] = *value;
}

std::vector<sms_voice_v2::Tag> readTags(const nlohmann::json& in, const char* name = "Tags");
std::vector<sms_voice_v2::Filter> readFilters(const nlohmann::json& in);
sms_voice_v2::PageParameters readPage(const nlohmann::json& in);

nlohmann::json tagsJson(const std::vector<sms_voice_v2::Tag>& tags);
// Sets NextToken when there is one.
void writeNextToken(nlohmann::json& out, const std::optional<std::string>& nextToken);

// A list member as an array of each item's JSON; `[]` when empty.
template <typename Item, typename ToJson>
nlohmann::json arrayJson(const std::vector<Item>& items, ToJson&& toJson) {
  auto array = nlohmann::json::array();
  for (const auto& item : items) array.push_back(toJson(item));
  return array;
}

}  // namespace smsim::aws_json
