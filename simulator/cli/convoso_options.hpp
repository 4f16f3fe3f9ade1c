#pragma once
// The `smsim serve` options that fill ServerConfig::convoso. Header-only because only the
// executable links CLI11; the parsing of each value lives in services/convoso/config_specs.
#include <CLI/CLI.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "services/convoso/config_specs.hpp"
#include "smsim/convoso_config.hpp"

namespace smsim::cli {

inline void addConvosoOptions(CLI::App& serve, ConvosoConfig& convoso) {
  constexpr const char* kGroup = "Convoso";
  serve
      .add_option_function<std::vector<std::string>>(
          "--convoso-token",
          [&convoso](const std::vector<std::string>& specs) {
            for (const auto& spec : specs) {
              try {
                convoso.tokens.push_back(convoso::parseTokenSpec(spec));
              } catch (const std::invalid_argument& error) {
                throw CLI::ValidationError("--convoso-token", error.what());
              }
            }
          },
          "A valid auth_token, optionally only for some resources (sms-opt-out, dnc); "
          "repeatable. Without any, every non-empty token is accepted")
      ->type_name("TOKEN[:RESOURCE,...]")
      ->group(kGroup);
  serve
      .add_option_function<std::vector<std::string>>(
          "--convoso-campaign",
          [&convoso](const std::vector<std::string>& specs) {
            for (const auto& spec : specs) {
              try {
                convoso.campaigns.push_back(convoso::parseCampaignSpec(spec));
              } catch (const std::invalid_argument& error) {
                throw CLI::ValidationError("--convoso-campaign", error.what());
              }
            }
          },
          "A campaign besides 0 (global) and -1 (purpose type); TYPE Purpose makes the purpose "
          "mandatory; repeatable")
      ->type_name("ID:NAME[:TYPE]")
      ->group(kGroup);
  serve
      .add_option_function<std::string>(
          "--convoso-auth-errors",
          [&convoso](const std::string& mode) {
            convoso.authErrors = convoso::parseAuthErrorsMode(mode);
          },
          "Invalid tokens get HTTP 200 with code 5001 (code) or HTTP 401/403 (http)")
      ->check(CLI::IsMember({"code", "http"}))
      ->default_str("code")
      ->group(kGroup);
  serve
      .add_option("--convoso-reason", convoso.allowedReasons,
                  "An allowed reason; repeatable. Without any, every reason is allowed")
      ->group(kGroup);
  serve
      .add_option("--convoso-purpose", convoso.allowedPurposes,
                  "An allowed purpose; repeatable. Without any, every purpose is allowed")
      ->group(kGroup);
  serve
      .add_option("--convoso-sms-search-limit", convoso.limits.smsOptOutSearchDefaultLimit,
                  "Default limit of /v1/sms-opt-out/search")
      ->capture_default_str()
      ->check(CLI::PositiveNumber)
      ->group(kGroup);
  serve
      .add_option("--convoso-dnc-search-limit", convoso.limits.dncSearchDefaultLimit,
                  "Default limit of /v1/dnc/search")
      ->capture_default_str()
      ->check(CLI::PositiveNumber)
      ->group(kGroup);
  serve
      .add_option("--convoso-search-max-limit", convoso.limits.searchMaxLimit,
                  "Largest limit of a search; larger ones are cut to it")
      ->capture_default_str()
      ->check(CLI::PositiveNumber)
      ->group(kGroup);
  serve
      .add_option("--convoso-search-max-offset", convoso.limits.searchMaxOffset,
                  "Largest offset of a search; larger ones get code 7231")
      ->capture_default_str()
      ->group(kGroup);
  serve
      .add_flag("--convoso-counts-as-strings", convoso.searchCountsAsStrings,
                "Search answers offset, limit and total as strings (\"total\": \"12250\")")
      ->group(kGroup);
  serve
      .add_option_function<std::string>(
          "--convoso-search-layout",
          [&convoso](const std::string& name) {
            convoso.searchLayout = *convoso::parseSearchLayout(name);
          },
          "Search answers data.entries (entries) or top-level records (records)")
      ->check(CLI::IsMember(
          {std::string(convoso::kSearchLayoutEntries), std::string(convoso::kSearchLayoutRecords)}))
      ->default_str(std::string(convoso::kSearchLayoutEntries))
      ->group(kGroup);
}

}  // namespace smsim::cli
