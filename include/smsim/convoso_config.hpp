#pragma once
// How the emulated Convoso account behaves: which auth tokens it accepts, which campaigns exist,
// which reasons and purposes are valid, and the search limits the sources disagree on. One object,
// filled by the command line now and by scenario files (through from_json) later.
#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace smsim {

// A campaign an opt-out or DNC entry can belong to. Campaign 0 (global) and -1 (purpose type)
// always exist; an entry here with one of those ids only renames it.
struct ConvosoCampaign {
  long long id = 0;
  std::string name;
  // Only "Purpose" (any case) changes behaviour: SMS opt-outs for such a campaign need a purpose.
  std::string type;
};

// A valid auth token, optionally limited to some resources ("sms-opt-out", "dnc"); a token used
// on another resource is "not valid for this resource" (HTTP 403 in the http auth-error mode).
struct ConvosoToken {
  std::string token;
  std::vector<std::string> resources;  // empty: every resource
};

// Client fixtures show an invalid token as HTTP 200 with code 5001; Convoso's glossary lists
// HTTP 401 (missing or invalid token) and 403 (token not valid for the resource).
enum class ConvosoAuthErrors { Code, Http };

// Where a search answer puts its page. Maintained client libraries read
// `{"success": true, "data": {"offset", "limit", "total", "entries": [...]}}`; one community page
// shows `{"success": true, "offset", "limit", "total", "records": [...]}` at the top level.
enum class ConvosoSearchLayout { DataEntries, TopLevelRecords };

// Search paging bounds. The defaults follow the help-center page; client libraries say a default
// limit of 100 and a maximum offset of 1000000.
struct ConvosoLimits {
  std::size_t smsOptOutSearchDefaultLimit = 1000;
  std::size_t dncSearchDefaultLimit = 100;
  std::size_t searchMaxLimit = 1000;
  std::size_t searchMaxOffset = 100000;
};

struct ConvosoConfig {
  std::vector<ConvosoToken> tokens;  // empty: any non-empty token is accepted
  ConvosoAuthErrors authErrors = ConvosoAuthErrors::Code;
  std::vector<ConvosoCampaign> campaigns;  // besides 0 and -1
  // Valid values are per account; empty means any value is accepted (the seed's batch import
  // sends "Batch Import", which is in no example list).
  std::vector<std::string> allowedReasons;
  std::vector<std::string> allowedPurposes;
  ConvosoLimits limits;
  // Search's offset/limit/total as JSON strings ("total": "12250") instead of numbers.
  bool searchCountsAsStrings = false;
  ConvosoSearchLayout searchLayout = ConvosoSearchLayout::DataEntries;
};

// JSON mappings (camelCase keys, as written by to_json). from_json accepts a partial object
// (missing keys keep their defaults) and throws std::invalid_argument naming the key that is wrong.
void to_json(nlohmann::json& out, const ConvosoCampaign& campaign);
void from_json(const nlohmann::json& in, ConvosoCampaign& campaign);
void to_json(nlohmann::json& out, const ConvosoToken& token);
void from_json(const nlohmann::json& in, ConvosoToken& token);
void to_json(nlohmann::json& out, const ConvosoLimits& limits);
void from_json(const nlohmann::json& in, ConvosoLimits& limits);
void to_json(nlohmann::json& out, const ConvosoConfig& config);
void from_json(const nlohmann::json& in, ConvosoConfig& config);

}  // namespace smsim
