#pragma once
// MaxResults / NextToken handling shared by every Describe and List operation.
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "services/common/page_token.hpp"
#include "services/sms_voice_v2/describe_types.hpp"

namespace smsim::sms_voice_v2 {

struct PageRequest {
  std::string context;  // what the token pages over; a token from another context is refused
  std::size_t maxResults = 0;
  std::optional<std::string> after;  // resume after this key
};

// Reads MaxResults and NextToken; throws ValidationException INVALID_NEXT_TOKEN for a token that
// this server did not issue for `context`.
PageRequest readPageRequest(const PageParameters& parameters, std::string context);

// Appends to `out` up to maxResults items of the sorted map `items` that `matches` accepts,
// starting after the token's key; returns the NextToken when more remain.
template <typename SortedMap, typename Matches, typename Convert, typename Item>
std::optional<std::string> fillPage(const SortedMap& items, const PageRequest& page,
                                    Matches&& matches, Convert&& convert, std::vector<Item>& out) {
  auto it = page.after ? items.upper_bound(*page.after) : items.begin();
  for (; it != items.end(); ++it) {
    if (!matches(it->first, it->second)) continue;
    if (out.size() == page.maxResults) {
      auto lastKey = std::prev(it);
      while (!matches(lastKey->first, lastKey->second)) --lastKey;
      return services::encodePageToken(page.context, lastKey->first);
    }
    out.push_back(convert(it->first, it->second));
  }
  return std::nullopt;
}

}  // namespace smsim::sms_voice_v2
