#pragma once
// The command line's short forms of Convoso configuration entries: `--convoso-campaign
// ID:NAME[:TYPE]`, `--convoso-token TOKEN[:RESOURCE,...]` and the names of modes. Kept out of
// main.cpp so they are unit-tested; the parse functions throw std::invalid_argument with a message
// fit for the user, or return nullopt for an unknown name.
#include <optional>
#include <string>
#include <string_view>

#include "smsim/convoso_config.hpp"

namespace smsim::convoso {

// The names of the search layouts, in the command line and in configuration files.
inline constexpr std::string_view kSearchLayoutEntries = "entries";  // data.entries
inline constexpr std::string_view kSearchLayoutRecords = "records";  // top-level records

ConvosoCampaign parseCampaignSpec(const std::string& spec);
ConvosoToken parseTokenSpec(const std::string& spec);
ConvosoAuthErrors parseAuthErrorsMode(const std::string& mode);  // "code" or "http"
std::optional<ConvosoSearchLayout> parseSearchLayout(std::string_view name);
std::string_view searchLayoutName(ConvosoSearchLayout layout);

}  // namespace smsim::convoso
