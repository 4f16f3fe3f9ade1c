#pragma once
// MaxResults / NextToken handling shared by every Describe and List operation.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "services/common/page_token.hpp"

namespace smsim::sms_voice_v2 {

struct PageRequest {
  std::string context;  // what the token pages over; a token from another context is refused
  std::size_t maxResults = 0;
  std::optional<std::string> after;  // resume after this key
};

// Reads MaxResults and NextToken; throws ValidationException INVALID_NEXT_TOKEN for a token that
// this server did not issue for `context`.
PageRequest readPageRequest(const nlohmann::json& input, std::string context);

// Fills result[resultKey] with up to maxResults items of the sorted map `items` that `matches`
// accepts, starting after the token's key, and sets result["NextToken"] when more remain.
template <typename SortedMap, typename Matches, typename ToJson>
void fillPage(const SortedMap& items, const PageRequest& page, Matches&& matches, ToJson&& toJson,
              const char* resultKey, nlohmann::json& result) {
  auto& out = result[resultKey] = nlohmann::json::array();
  auto it = page.after ? items.upper_bound(*page.after) : items.begin();
  for (; it != items.end(); ++it) {
    if (!matches(it->first, it->second)) continue;
    if (out.size() == page.maxResults) {
      auto lastKey = std::prev(it);
      while (!matches(lastKey->first, lastKey->second)) --lastKey;
      result["NextToken"] = services::encodePageToken(page.context, lastKey->first);
      return;
    }
    out.push_back(toJson(it->first, it->second));
  }
}

}  // namespace smsim::sms_voice_v2
