// JSON mappings of the Convoso configuration, so scenario files (YAML converted to JSON) and
// tests fill the same object the command line does. Errors name the key that is wrong.
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "services/convoso/config_specs.hpp"
#include "services/convoso/resources.hpp"
#include "smsim/convoso_config.hpp"

namespace smsim {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& key, const std::string& problem) {
  throw std::invalid_argument("convoso config: " + key + ": " + problem);
}

void requireObject(const json& in, const std::string& where,
                   const std::set<std::string>& knownKeys) {
  if (!in.is_object()) fail(where, "must be an object");
  for (const auto& [key, value] : in.items()) {
    if (!knownKeys.contains(key)) fail(where.empty() ? key : where + "." + key, "unknown key");
  }
}

std::string stringAt(const json& in, const std::string& key, const std::string& where) {
  const auto& value = in.at(key);
  if (!value.is_string()) fail(where + key, "must be a string");
  return value.get<std::string>();
}

std::vector<std::string> stringsAt(const json& in, const std::string& key,
                                   const std::string& where) {
  const auto& value = in.at(key);
  if (!value.is_array()) fail(where + key, "must be a list of strings");
  std::vector<std::string> strings;
  for (const auto& item : value) {
    if (!item.is_string()) fail(where + key, "must be a list of strings");
    strings.push_back(item.get<std::string>());
  }
  return strings;
}

std::size_t countAt(const json& in, const std::string& key, const std::string& where) {
  const auto& value = in.at(key);
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0)) {
    fail(where + key, "must be a whole number >= 0");
  }
  return value.get<std::size_t>();
}

}  // namespace

void to_json(json& out, const ConvosoCampaign& campaign) {
  out = {{"id", campaign.id}, {"name", campaign.name}, {"type", campaign.type}};
}

void from_json(const json& in, ConvosoCampaign& campaign) {
  requireObject(in, "campaigns[]", {"id", "name", "type"});
  if (!in.contains("id")) fail("campaigns[].id", "is required");
  const auto& id = in.at("id");
  if (id.is_number_integer()) {
    campaign.id = id.get<long long>();
  } else if (id.is_string()) {
    try {
      std::size_t used = 0;
      campaign.id = std::stoll(id.get<std::string>(), &used);
      if (used != id.get<std::string>().size()) fail("campaigns[].id", "must be an integer");
    } catch (const std::logic_error&) {
      fail("campaigns[].id", "must be an integer");
    }
  } else {
    fail("campaigns[].id", "must be an integer");
  }
  if (!in.contains("name")) fail("campaigns[].name", "is required");
  campaign.name = stringAt(in, "name", "campaigns[].");
  if (in.contains("type")) campaign.type = stringAt(in, "type", "campaigns[].");
}

void to_json(json& out, const ConvosoToken& token) {
  out = {{"token", token.token}, {"resources", token.resources}};
}

void from_json(const json& in, ConvosoToken& token) {
  if (in.is_string()) {
    token = {in.get<std::string>(), {}};
    return;
  }
  requireObject(in, "tokens[]", {"token", "resources"});
  if (!in.contains("token")) fail("tokens[].token", "is required");
  token.token = stringAt(in, "token", "tokens[].");
  token.resources.clear();
  if (in.contains("resources")) token.resources = stringsAt(in, "resources", "tokens[].");
  for (const auto& resource : token.resources) {
    if (!convoso::listForResource(resource)) {
      fail("tokens[].resources", "unknown resource '" + resource + "' (sms-opt-out or dnc)");
    }
  }
  if (token.token.empty()) fail("tokens[].token", "must not be empty");
}

void to_json(json& out, const ConvosoLimits& limits) {
  out = {{"smsOptOutSearchDefaultLimit", limits.smsOptOutSearchDefaultLimit},
         {"dncSearchDefaultLimit", limits.dncSearchDefaultLimit},
         {"searchMaxLimit", limits.searchMaxLimit},
         {"searchMaxOffset", limits.searchMaxOffset}};
}

void from_json(const json& in, ConvosoLimits& limits) {
  requireObject(in, "limits",
                {"smsOptOutSearchDefaultLimit", "dncSearchDefaultLimit", "searchMaxLimit",
                 "searchMaxOffset"});
  const std::string where = "limits.";
  if (in.contains("smsOptOutSearchDefaultLimit")) {
    limits.smsOptOutSearchDefaultLimit = countAt(in, "smsOptOutSearchDefaultLimit", where);
  }
  if (in.contains("dncSearchDefaultLimit")) {
    limits.dncSearchDefaultLimit = countAt(in, "dncSearchDefaultLimit", where);
  }
  if (in.contains("searchMaxLimit")) limits.searchMaxLimit = countAt(in, "searchMaxLimit", where);
  if (in.contains("searchMaxOffset")) {
    limits.searchMaxOffset = countAt(in, "searchMaxOffset", where);
  }
  // A limit of 0 would make every search page empty.
  for (const auto& [key, value] :
       {std::pair{"smsOptOutSearchDefaultLimit", limits.smsOptOutSearchDefaultLimit},
        std::pair{"dncSearchDefaultLimit", limits.dncSearchDefaultLimit},
        std::pair{"searchMaxLimit", limits.searchMaxLimit}}) {
    if (value == 0) fail(where + key, "must be at least 1");
  }
}

void to_json(json& out, const ConvosoConfig& config) {
  out = {{"tokens", config.tokens},
         {"authErrors", config.authErrors == ConvosoAuthErrors::Http ? "http" : "code"},
         {"campaigns", config.campaigns},
         {"allowedReasons", config.allowedReasons},
         {"allowedPurposes", config.allowedPurposes},
         {"limits", config.limits},
         {"searchCountsAsStrings", config.searchCountsAsStrings},
         {"searchLayout", std::string(convoso::searchLayoutName(config.searchLayout))}};
}

void from_json(const json& in, ConvosoConfig& config) {
  requireObject(in, "",
                {"tokens", "authErrors", "campaigns", "allowedReasons", "allowedPurposes", "limits",
                 "searchCountsAsStrings", "searchLayout"});
  if (in.contains("tokens")) {
    if (!in.at("tokens").is_array()) fail("tokens", "must be a list");
    config.tokens = in.at("tokens").get<std::vector<ConvosoToken>>();
  }
  if (in.contains("authErrors")) {
    const auto mode = stringAt(in, "authErrors", "");
    if (mode != "code" && mode != "http") fail("authErrors", "must be \"code\" or \"http\"");
    config.authErrors = mode == "http" ? ConvosoAuthErrors::Http : ConvosoAuthErrors::Code;
  }
  if (in.contains("campaigns")) {
    if (!in.at("campaigns").is_array()) fail("campaigns", "must be a list");
    config.campaigns = in.at("campaigns").get<std::vector<ConvosoCampaign>>();
  }
  if (in.contains("allowedReasons")) config.allowedReasons = stringsAt(in, "allowedReasons", "");
  if (in.contains("allowedPurposes")) {
    config.allowedPurposes = stringsAt(in, "allowedPurposes", "");
  }
  if (in.contains("limits")) config.limits = in.at("limits").get<ConvosoLimits>();
  if (in.contains("searchCountsAsStrings")) {
    if (!in.at("searchCountsAsStrings").is_boolean()) {
      fail("searchCountsAsStrings", "must be true or false");
    }
    config.searchCountsAsStrings = in.at("searchCountsAsStrings").get<bool>();
  }
  if (in.contains("searchLayout")) {
    const auto layout = convoso::parseSearchLayout(stringAt(in, "searchLayout", ""));
    if (!layout) fail("searchLayout", "must be \"entries\" or \"records\"");
    config.searchLayout = *layout;
  }
}

}  // namespace smsim
