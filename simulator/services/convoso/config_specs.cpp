// Parsing of the command line's Convoso campaign and token forms.
#include "services/convoso/config_specs.hpp"

#include <stdexcept>

#include "services/convoso/field_rules.hpp"
#include "services/convoso/resources.hpp"

namespace smsim::convoso {

ConvosoCampaign parseCampaignSpec(const std::string& spec) {
  const auto firstColon = spec.find(':');
  if (firstColon == std::string::npos) {
    throw std::invalid_argument("campaign '" + spec + "' must be ID:NAME[:TYPE]");
  }
  const auto id = parseCampaignId(spec.substr(0, firstColon));
  if (!id) {
    throw std::invalid_argument("campaign '" + spec + "': the id must be an integer");
  }
  ConvosoCampaign campaign;
  campaign.id = *id;
  const auto rest = spec.substr(firstColon + 1);
  // The type is the part after the last colon, so names may hold colons only when a type follows.
  const auto lastColon = rest.rfind(':');
  campaign.name = lastColon == std::string::npos ? rest : rest.substr(0, lastColon);
  if (lastColon != std::string::npos) campaign.type = rest.substr(lastColon + 1);
  if (campaign.name.empty()) {
    throw std::invalid_argument("campaign '" + spec + "': the name must not be empty");
  }
  return campaign;
}

ConvosoToken parseTokenSpec(const std::string& spec) {
  ConvosoToken token;
  const auto colon = spec.find(':');
  token.token = spec.substr(0, colon);
  if (token.token.empty()) throw std::invalid_argument("token must not be empty");
  if (colon == std::string::npos) return token;
  std::size_t start = colon + 1;
  while (start <= spec.size()) {
    const auto comma = spec.find(',', start);
    const auto resource =
        spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!listForResource(resource)) {
      throw std::invalid_argument("token '" + token.token + "': unknown resource '" + resource +
                                  "' (sms-opt-out or dnc)");
    }
    token.resources.push_back(resource);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return token;
}

ConvosoAuthErrors parseAuthErrorsMode(const std::string& mode) {
  if (mode == "code") return ConvosoAuthErrors::Code;
  if (mode == "http") return ConvosoAuthErrors::Http;
  throw std::invalid_argument("auth errors mode must be code or http, not '" + mode + "'");
}

std::optional<ConvosoSearchLayout> parseSearchLayout(std::string_view name) {
  if (name == kSearchLayoutEntries) return ConvosoSearchLayout::DataEntries;
  if (name == kSearchLayoutRecords) return ConvosoSearchLayout::TopLevelRecords;
  return std::nullopt;
}

std::string_view searchLayoutName(ConvosoSearchLayout layout) {
  return layout == ConvosoSearchLayout::TopLevelRecords ? kSearchLayoutRecords
                                                        : kSearchLayoutEntries;
}

}  // namespace smsim::convoso
