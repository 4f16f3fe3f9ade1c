// Insert, update and delete of Convoso entries, with Convoso's error code for each bad input.
// Checks run in the order the reference lists the parameters; which code wins when several
// parameters are wrong at once is not documented.
#include <string_view>

#include "services/convoso/campaigns.hpp"
#include "services/convoso/field_rules.hpp"
#include "services/convoso/insert_date.hpp"
#include "services/convoso/operations.hpp"
#include "services/convoso/parameter_checks.hpp"

namespace smsim::convoso {

namespace {

using state::ConvosoRecord;
using state::ConvosoRecordList;
namespace code = error_code;

constexpr std::string_view kPhoneNumberField = "phone_number";
constexpr std::string_view kPhoneCodeField = "phone_code";
constexpr std::string_view kCampaignIdField = "campaign_id";

bool isInteger(std::string_view value) {
  return isDigits(value.starts_with('-') ? value.substr(1) : value);
}

// An update's phone_number / phone_code / campaign_id must not be blank and must be numeric. The
// SMS list says so with 4001 / 4002; the DNC list documents neither and answers with the code for
// an invalid value of that field.
void checkUpdatedNumericField(ConvosoList list, const Parameter& value, std::string_view field,
                              bool integer, ErrorCode dncError) {
  if (!value) return;
  const bool numeric = integer ? isInteger(*value) : isDigits(*value);
  if (list == ConvosoList::Dnc && (value->empty() || !numeric)) throw ConvosoError(dncError);
  if (value->empty()) throw ConvosoError::missingRequiredField(field);
  if (!numeric) throw ConvosoError::mustBeNumeric(field);
}

}  // namespace

std::uint64_t insertRecord(const ConvosoContext& context, ConvosoList list,
                           const InsertRequest& request) {
  const auto& config = context.config;
  if (!isPresent(request.phoneCode) || !isValidPhoneCode(*request.phoneCode)) {
    throw ConvosoError(code::kInvalidCountryCode);
  }
  if (!isPresent(request.phoneNumber) ||
      !isValidPhoneNumber(*request.phoneNumber, *request.phoneCode)) {
    throw ConvosoError(code::kInvalidPhoneNumber);
  }
  const auto campaignId =
      isPresent(request.campaignId) ? parseCampaignId(*request.campaignId) : std::nullopt;
  const auto campaign = campaignId ? findCampaign(config, list, *campaignId) : std::nullopt;
  if (!campaign) throw ConvosoError(code::kInvalidCampaignId);
  // DNC insert documents 6056 "Missing or Invalid value for ID" but takes no id: an `id` sent
  // anyway must be a valid one, and is then ignored.
  if (list == ConvosoList::Dnc && isPresent(request.id) && !parseRecordId(*request.id)) {
    throw ConvosoError(code::kInvalidId);
  }

  ConvosoRecord record;
  record.phoneCode = *request.phoneCode;
  record.phoneNumber = *request.phoneNumber;
  record.campaignId = campaign->id;
  record.campaignName = campaign->name;
  record.reason = newTextValue(request.reason, config.allowedReasons, code::kInvalidReason);
  record.purpose = newTextValue(request.purpose, config.allowedPurposes, code::kInvalidPurpose);
  if (list == ConvosoList::SmsOptOut && campaign->purposeRequired && record.purpose.empty()) {
    throw ConvosoError(code::kPurposeRequired);
  }
  record.insertedAt = epochSeconds(context.clock);

  return context.store.withList(list, [&](ConvosoRecordList& records) {
    if (records.findExact(record.phoneCode, record.phoneNumber, record.campaignId)) {
      throw ConvosoError(code::kPhoneNumberExists);
    }
    return records.insert(std::move(record)).id;
  });
}

std::uint64_t updateRecord(const ConvosoContext& context, ConvosoList list,
                           const UpdateRequest& request) {
  const auto& config = context.config;
  const auto id = isPresent(request.id) ? parseRecordId(*request.id) : std::nullopt;
  if (!id) throw ConvosoError(code::kInvalidId);

  return context.store.withList(list, [&](ConvosoRecordList& records) {
    const auto* existing = records.find(*id);
    if (!existing) throw ConvosoError(code::kInvalidId);
    checkUpdatedNumericField(list, request.phoneNumber, kPhoneNumberField, false,
                             code::kPhoneNumberIsInvalid);
    checkUpdatedNumericField(list, request.phoneCode, kPhoneCodeField, false,
                             code::kInvalidCountryCode);
    checkUpdatedNumericField(list, request.campaignId, kCampaignIdField, true,
                             code::kUnknownCampaignId);

    ConvosoRecord updated = *existing;
    if (request.phoneCode) {
      if (!isValidPhoneCode(*request.phoneCode)) throw ConvosoError(code::kInvalidCountryCode);
      updated.phoneCode = *request.phoneCode;
    }
    if (request.phoneNumber) updated.phoneNumber = *request.phoneNumber;
    if ((request.phoneNumber || request.phoneCode) &&
        !isValidPhoneNumber(updated.phoneNumber, updated.phoneCode)) {
      throw ConvosoError(code::kPhoneNumberIsInvalid);
    }
    if (request.campaignId) {
      const auto campaignId = parseCampaignId(*request.campaignId);
      const auto campaign = campaignId ? findCampaign(config, list, *campaignId) : std::nullopt;
      if (!campaign) throw ConvosoError(code::kUnknownCampaignId);
      updated.campaignId = campaign->id;
      updated.campaignName = campaign->name;
    }
    updated.reason = changedTextValue(request.reason, updated.reason, config.allowedReasons,
                                      code::kInvalidReason);
    updated.purpose = changedTextValue(request.purpose, updated.purpose, config.allowedPurposes,
                                       code::kInvalidPurpose);
    if (list == ConvosoList::SmsOptOut && updated.purpose.empty()) {
      const auto campaign = findCampaign(config, list, updated.campaignId);
      if (campaign && campaign->purposeRequired) throw ConvosoError(code::kPurposeRequired);
    }
    const auto* same =
        records.findExact(updated.phoneCode, updated.phoneNumber, updated.campaignId);
    if (same && same->id != updated.id) throw ConvosoError(code::kCombinationExists);
    records.replace(updated);
    return updated.id;
  });
}

std::uint64_t deleteRecord(const ConvosoContext& context, ConvosoList list,
                           const DeleteRequest& request) {
  if (!isPresent(request.phoneCode)) throw ConvosoError(code::kMissingPhoneCode);
  if (!isPresent(request.campaignId)) throw ConvosoError(code::kMissingCampaignId);
  if (!isPresent(request.phoneNumber)) throw ConvosoError(code::kMissingPhoneNumber);
  const auto campaignId = parseCampaignId(*request.campaignId);
  return context.store.withList(list, [&](ConvosoRecordList& records) {
    const auto* record =
        campaignId ? records.findExact(*request.phoneCode, *request.phoneNumber, *campaignId)
                   : nullptr;
    if (!record) throw ConvosoError(code::kPhoneNumberNotFound);
    const auto id = record->id;
    records.erase(id);
    return id;
  });
}

}  // namespace smsim::convoso
