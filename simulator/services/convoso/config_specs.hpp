#pragma once
// The command line's short forms of Convoso configuration entries: `--convoso-campaign
// ID:NAME[:TYPE]` and `--convoso-token TOKEN[:RESOURCE,...]`. Kept out of main.cpp so they are
// unit-tested; each throws std::invalid_argument with a message fit for the user.
#include <string>

#include "smsim/convoso_config.hpp"

namespace smsim::convoso {

ConvosoCampaign parseCampaignSpec(const std::string& spec);
ConvosoToken parseTokenSpec(const std::string& spec);
ConvosoAuthErrors parseAuthErrorsMode(const std::string& mode);  // "code" or "http"

}  // namespace smsim::convoso
