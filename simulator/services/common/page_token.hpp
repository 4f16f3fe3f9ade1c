#pragma once
// Opaque pagination tokens. A token names the last key a page returned and is signed together
// with what it pages over (operation, list, filters), so paging stays stable while the list
// changes (the next page starts after that key: no duplicates, no skips) and a forged token or
// one taken from another list is refused.
#include <optional>
#include <string>
#include <string_view>

namespace smsim::services {

std::string encodePageToken(std::string_view context, std::string_view lastKey);
// The last key, or nullopt when the token is malformed, forged or issued for another context.
std::optional<std::string> decodePageToken(std::string_view context, std::string_view token);

}  // namespace smsim::services
