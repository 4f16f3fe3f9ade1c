// Search of a Convoso list: parameters checked with Convoso's codes (in the order the reference
// lists them: 6006, 7231, 6026, 6057, 6058), then one indexed query on the store.
#include <algorithm>

#include "services/convoso/campaigns.hpp"
#include "services/convoso/field_rules.hpp"
#include "services/convoso/insert_date.hpp"
#include "services/convoso/operations.hpp"
#include "services/convoso/parameter_checks.hpp"

namespace smsim::convoso {

namespace {

namespace code = error_code;
using state::TextFilter;

TextFilter textFilter(const Parameter& value, const std::vector<std::string>& allowed,
                      ErrorCode invalid) {
  if (!isPresent(value)) return {};
  if (*value == kBlankValue) return {TextFilter::Match::Blank, {}};
  if (*value == kNotBlankValue) return {TextFilter::Match::NotBlank, {}};
  if (!isAllowedValue(allowed, *value)) throw ConvosoError(invalid);
  return {TextFilter::Match::Equals, *value};
}

}  // namespace

SearchResult searchRecords(const ConvosoContext& context, ConvosoList list,
                           const SearchRequest& request) {
  const auto& config = context.config;
  const auto& limits = config.limits;
  state::RecordQuery query;

  if (isPresent(request.campaignId)) {
    const auto campaignId = parseCampaignId(*request.campaignId);
    if (!campaignId || !findCampaign(config, list, *campaignId)) {
      throw ConvosoError(code::kInvalidCampaignId);
    }
    query.campaignId = *campaignId;
  }
  if (isPresent(request.offset)) {
    const auto offset = parseCount(*request.offset);
    if (!offset || *offset > limits.searchMaxOffset) throw ConvosoError(code::kInvalidOffset);
    query.offset = *offset;
  }
  if (isPresent(request.phoneCode)) {
    if (!isValidPhoneCode(*request.phoneCode)) throw ConvosoError(code::kInvalidCountryCode);
    query.phoneCode = *request.phoneCode;
  }
  query.purpose = textFilter(request.purpose, config.allowedPurposes, code::kInvalidPurpose);
  query.reason = textFilter(request.reason, config.allowedReasons, code::kInvalidReason);

  // A limit that is not a positive whole number falls back to the default; a larger one is cut to
  // the maximum (no error code is documented for it).
  const auto defaultLimit = list == ConvosoList::SmsOptOut ? limits.smsOptOutSearchDefaultLimit
                                                           : limits.dncSearchDefaultLimit;
  query.limit = std::min(defaultLimit, limits.searchMaxLimit);
  if (isPresent(request.limit)) {
    const auto limit = parseCount(*request.limit);
    if (limit && *limit > 0) query.limit = std::min(*limit, limits.searchMaxLimit);
  }

  // Filters that no entry can match (a malformed id or day) give an empty page, not an error.
  bool matchesNothing = false;
  if (isPresent(request.id)) {
    query.id = parseRecordId(*request.id);
    matchesNothing = !query.id;
  }
  if (isPresent(request.phoneNumber)) query.phoneNumber = *request.phoneNumber;
  if (isPresent(request.insertDate)) {
    query.insertedDuring = dayRange(*request.insertDate);
    matchesNothing = matchesNothing || !query.insertedDuring;
  }

  SearchResult result;
  result.offset = query.offset;
  result.limit = query.limit;
  if (matchesNothing) return result;
  auto page = context.store.withList(
      list, [&](const state::ConvosoRecordList& records) { return records.search(query); });
  result.total = page.total;
  result.records = std::move(page.records);
  result.entriesVisited = page.entriesVisited;
  return result;
}

}  // namespace smsim::convoso
