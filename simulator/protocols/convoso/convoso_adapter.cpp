// Parsing Convoso parameters into typed requests and serializing results and errors.
#include "protocols/convoso/convoso_adapter.hpp"

#include "common/json_text.hpp"
#include "services/convoso/auth.hpp"
#include "services/convoso/insert_date.hpp"

namespace smsim::convoso {

namespace {

using nlohmann::ordered_json;

namespace name {
constexpr const char* kAuthToken = "auth_token";
constexpr const char* kId = "id";
constexpr const char* kPhoneNumber = "phone_number";
constexpr const char* kPhoneCode = "phone_code";
constexpr const char* kCampaignId = "campaign_id";
constexpr const char* kReason = "reason";
constexpr const char* kPurpose = "purpose";
constexpr const char* kInsertDate = "insert_date";
constexpr const char* kOffset = "offset";
constexpr const char* kLimit = "limit";
}  // namespace name

// Built member by member: an initializer list copies every value twice, which was most of the
// cost of a 100-record page.
ordered_json recordJson(const state::ConvosoRecord& record) {
  ordered_json out = ordered_json::object();
  out["id"] = std::to_string(record.id);
  out["phone_number"] = record.phoneNumber;
  out["phone_code"] = record.phoneCode;
  out["campaign_id"] = std::to_string(record.campaignId);
  out["campaign_name"] = record.campaignName;
  out["reason"] = record.reason;
  out["purpose"] = record.purpose;
  out["insert_date"] = formatInsertDate(record.insertedAt);
  return out;
}

ordered_json countJson(std::size_t count, bool asString) {
  return asString ? ordered_json(std::to_string(count)) : ordered_json(count);
}

// `data.entries` by default; the community page's layout puts the page and its `records` at the
// top level.
ordered_json searchJson(const SearchResult& result, const ConvosoConfig& config) {
  const bool asStrings = config.searchCountsAsStrings;
  auto records = ordered_json::array();
  for (const auto& record : result.records) records.push_back(recordJson(record));
  ordered_json page = {{"offset", countJson(result.offset, asStrings)},
                       {"limit", countJson(result.limit, asStrings)},
                       {"total", countJson(result.total, asStrings)}};
  if (config.searchLayout == ConvosoSearchLayout::TopLevelRecords) {
    ordered_json out = {{"success", true}};
    out.update(page);
    out["records"] = std::move(records);
    return out;
  }
  page["entries"] = std::move(records);
  return {{"success", true}, {"data", std::move(page)}};
}

}  // namespace

std::string ConvosoResponse::bodyText() const { return safeDump(body); }

ordered_json errorBody(int code, const std::string& text) {
  return {{"success", false}, {"code", code}, {"text", text}};
}

std::string documentedErrorText(int code) {
  namespace codes = error_code;
  for (const auto& known :
       {codes::kMissingPhoneCode, codes::kMissingCampaignId, codes::kMissingPhoneNumber,
        codes::kPhoneNumberNotFound, codes::kUnknownCampaignId, codes::kInvalidCampaignId,
        codes::kInvalidPhoneNumber, codes::kPhoneNumberExists, codes::kInvalidCountryCode,
        codes::kInvalidId, codes::kInvalidPurpose, codes::kInvalidReason, codes::kCombinationExists,
        codes::kPurposeRequired, codes::kInvalidOffset, codes::kInvalidAuthToken}) {
    if (known.code == code) return std::string(known.text);
  }
  return "Error " + std::to_string(code);
}

ConvosoResponse ConvosoAdapter::handle(const ConvosoEndpoint& endpoint,
                                       const ConvosoParameters& parameters) const {
  const auto auth =
      checkAuthToken(context_.config, parameter(parameters, name::kAuthToken), endpoint.list);
  if (auth != AuthOutcome::Accepted) {
    const auto& invalid = error_code::kInvalidAuthToken;
    ConvosoResponse response;
    response.errorCode = invalid.code;
    const bool notForResource = auth == AuthOutcome::NotValidForResource;
    if (context_.config.authErrors == ConvosoAuthErrors::Http) {
      response.status = notForResource ? kStatusForbidden : kStatusUnauthorized;
      response.body = errorBody(
          invalid.code, notForResource ? kTokenNotForResourceText : std::string(invalid.text));
    } else {
      response.body = errorBody(invalid.code, std::string(invalid.text));
    }
    return response;
  }
  try {
    requireUtf8(parameters);  // before any change: a refused call commits nothing
    return {kStatusOk, serve(endpoint, parameters), std::nullopt};
  } catch (const ConvosoError& error) {
    return {kStatusOk, errorBody(error.code(), error.text()), error.code()};
  }
}

ordered_json ConvosoAdapter::serve(const ConvosoEndpoint& endpoint,
                                   const ConvosoParameters& parameters) const {
  const auto get = [&parameters](const char* parameterName) {
    return parameter(parameters, parameterName);
  };
  const bool sms = endpoint.list == ConvosoList::SmsOptOut;
  switch (endpoint.action) {
    case ConvosoAction::Insert: {
      const auto id =
          insertRecord(context_, endpoint.list,
                       {get(name::kPhoneNumber), get(name::kPhoneCode), get(name::kCampaignId),
                        get(name::kReason), get(name::kPurpose), get(name::kId)});
      if (sms) return {{"success", true}};
      return {{"success", true}, {"id", id}};
    }
    case ConvosoAction::Update: {
      const auto id =
          updateRecord(context_, endpoint.list,
                       {get(name::kId), get(name::kPhoneNumber), get(name::kPhoneCode),
                        get(name::kCampaignId), get(name::kReason), get(name::kPurpose)});
      if (sms) return {{"success", true}, {"data", {{"id", std::to_string(id)}}}};
      return {{"success", true}, {"id", id}};
    }
    case ConvosoAction::Search: {
      const auto result =
          searchRecords(context_, endpoint.list,
                        {get(name::kId), get(name::kCampaignId), get(name::kPhoneNumber),
                         get(name::kPhoneCode), get(name::kReason), get(name::kPurpose),
                         get(name::kInsertDate), get(name::kOffset), get(name::kLimit)});
      return searchJson(result, context_.config);
    }
    case ConvosoAction::Delete:
      deleteRecord(context_, endpoint.list,
                   {get(name::kPhoneNumber), get(name::kPhoneCode), get(name::kCampaignId)});
      return {{"success", true}};
  }
  return {{"success", true}};
}

}  // namespace smsim::convoso
