#pragma once
// The country a phone number belongs to, from libphonenumber's metadata (Debian's
// libphonenumber): what AWS reports as `isoCountryCode` in event records and what prices a send.
#include <set>
#include <string>
#include <string_view>

namespace smsim {

// ISO 3166-1 alpha-2 ("US", "CA", "GB") for an E.164 number with its `+`. A number the metadata
// doesn't call valid (a fictional range, say) still gets its calling code's main country; a
// number with no known calling code gets "".
std::string regionOfNumber(std::string_view e164);

// Every ISO 3166-1 alpha-2 region the metadata has a numbering plan for (about 245).
const std::set<std::string>& knownRegions();

}  // namespace smsim
