// RequestSenderId, DescribeSenderIds, UpdateSenderId, ReleaseSenderId, and the sender ID a send
// names. https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html
#include "services/sms_voice_v2/sender_ids.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "common/aws_names.hpp"
#include "common/phone_region.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/tags.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// "Several major markets (including Canada, China, and the United States) don't support sender
// ID" (https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html), and the rows of
// AWS's country tables read whose "SMS Sender IDs" column is No
// (https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries.html:
// North America, South America, Oceania, Asia).
constexpr std::array<std::string_view, 21> kNoSenderIdCountries{
    "AR", "BR", "BS", "CA", "CL", "CN", "CO", "CR", "DO", "EC", "FM",
    "GU", "KY", "MH", "NZ", "PE", "PY", "SV", "US", "UY", "VE"};
// Countries whose sender IDs are registered through a registration form, not requested:
// Australia, India and Singapore
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations.html,
// https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id-request.html), and the rows of
// the country tables read whose "SMS Sender IDs" column is "Registration required" (Bangladesh,
// Cambodia, Cameroon, Egypt). RequestSenderId is for "a new sender ID that doesn't require
// registration".
constexpr std::array<std::string_view, 7> kRegistrationCountries{"AU", "BD", "CM", "EG",
                                                                 "IN", "KH", "SG"};

bool listed(auto& countries, std::string_view country) {
  return std::find(countries.begin(), countries.end(), country) != countries.end();
}

constexpr FilterValues kSenderIdFilterValues[] = {{"message-type", "MessageType"},
                                                  {"deletion-protection-enabled", kTrueOrFalse},
                                                  {"registered", kTrueOrFalse}};

// The model, on RequestSenderIdRequest.SenderId: "The sender ID must contain at least one letter
// and cannot start or end with a hyphen."
void requireValidSenderId(const std::string& senderId) {
  const bool hasLetter = std::any_of(senderId.begin(), senderId.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
  });
  if (!hasLetter || senderId.front() == '-' || senderId.back() == '-') {
    throw ServiceError::invalidField(
        "INVALID_PARAMETER", "SenderId",
        "A sender ID must contain at least one letter and can't start or end with a hyphen.");
  }
}

SenderIdInformation information(const state::SenderId& senderId) {
  return {senderId.arn,
          senderId.senderId,
          senderId.isoCountryCode,
          senderId.messageTypes,
          senderId.monthlyLeasingPrice,
          senderId.deletionProtectionEnabled,
          senderId.registered};
}

// The id or ARN and the country of a request, as the key of AccountState::senderIds.
std::string keyOf(const state::AccountScope& scope, const SenderIdAndCountry& named) {
  if (auto tail = resourceNameFrom(named.senderId, scope, resource_type::kSenderId)) {
    // An ARN's tail is already "<SenderId>/<IsoCountryCode>".
    return named.senderId.starts_with("arn:") ? *tail
                                              : state::senderIdKey(*tail, named.isoCountryCode);
  }
  return "";
}

state::SenderId& findSenderId(state::AccountState& account, const state::AccountScope& scope,
                              const SenderIdAndCountry& named) {
  const auto key = keyOf(scope, named);
  if (auto it = account.senderIds.find(key); it != account.senderIds.end()) {
    if (it->second.isoCountryCode == named.isoCountryCode) return it->second;
  }
  throw ServiceError::resourceNotFound(resource_type::kSenderId, named.senderId);
}

}  // namespace

RequestSenderIdResult requestSenderId(CallContext& call, const RequestSenderIdRequest& request) {
  requireValidSenderId(request.senderId);
  const auto& country = request.isoCountryCode;
  if (listed(kNoSenderIdCountries, country)) {
    throw ServiceError::invalidField("SENDER_ID_NOT_SUPPORTED", "IsoCountryCode",
                                     country + " doesn't support sender IDs.");
  }
  if (listed(kRegistrationCountries, country)) {
    throw ServiceError::invalidField(
        "SENDER_ID_REQUIRES_REGISTRATION", "IsoCountryCode",
        "Sender IDs for " + country + " must be registered (CreateRegistration) first.");
  }
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto key = state::senderIdKey(request.senderId, country);
    if (account.senderIds.contains(key)) {
      throw ServiceError::conflict(
          "RESOURCE_ALREADY_EXISTS", resource_type::kSenderId, request.senderId,
          "Sender ID " + request.senderId + " already exists for " + country + ".");
    }
    if (static_cast<std::int64_t>(account.senderIds.size()) >= kMaxSenderIds) {
      throw ServiceError::quotaExceeded(
          "SENDER_IDS_PER_ACCOUNT",
          "An account can have at most " + std::to_string(kMaxSenderIds) + " sender IDs.");
    }
    state::SenderId senderId;
    senderId.senderId = request.senderId;
    senderId.isoCountryCode = country;
    senderId.arn = aws_names::smsVoiceArn(call.scope.region, call.scope.accountId,
                                          resource_type::kSenderId, key);
    senderId.messageTypes = request.messageTypes.empty()
                                ? std::vector<std::string>{"TRANSACTIONAL", "PROMOTIONAL"}
                                : request.messageTypes;
    senderId.deletionProtectionEnabled = request.deletionProtectionEnabled;
    senderId.createdTimestamp = call.clock.nowEpochSeconds();
    RequestSenderIdResult result;
    static_cast<SenderIdInformation&>(result) = information(senderId);
    result.tags = applyTags(account, senderId.arn, request.tags);
    account.senderIds.emplace(key, std::move(senderId));
    return result;
  });
}

DescribeSenderIdsResult describeSenderIds(CallContext& call,
                                          const DescribeSenderIdsRequest& request) {
  requireOwnerWithoutIds(request.owner, !request.senderIds.empty(), "SenderIds");
  requireKnownFilterValues(request.filters, kSenderIdFilterValues);
  const auto owner = request.owner.value_or(resource_owner::kSelf);
  std::string context = "DescribeSenderIds|" + owner + filtersText(request.filters);
  for (const auto& named : request.senderIds)
    context += "|" + named.senderId + "/" + named.isoCountryCode;
  const auto page = readPageRequest(request.page, context);

  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::vector<std::string> wanted;
    for (const auto& named : request.senderIds) {
      const auto& found = findSenderId(account, call.scope, named);
      wanted.push_back(state::senderIdKey(found.senderId, found.isoCountryCode));
    }
    const bool own = owner == resource_owner::kSelf;  // shared sender IDs aren't emulated
    auto matches = [&](const std::string& key, const state::SenderId& senderId) {
      if (!own) return false;
      if (!wanted.empty() && std::find(wanted.begin(), wanted.end(), key) == wanted.end())
        return false;
      return passesFilters(request.filters, [&](const std::string& name) {
        if (name == "sender-id") return std::vector<std::string>{senderId.senderId};
        if (name == "iso-country-code") return std::vector<std::string>{senderId.isoCountryCode};
        if (name == "message-type") return senderId.messageTypes;
        if (name == "deletion-protection-enabled")
          return std::vector<std::string>{boolText(senderId.deletionProtectionEnabled)};
        return std::vector<std::string>{boolText(senderId.registered)};
      });
    };
    DescribeSenderIdsResult result;
    result.nextToken = fillPage(
        account.senderIds, page, matches,
        [](const std::string&, const state::SenderId& senderId) { return information(senderId); },
        result.senderIds);
    return result;
  });
}

UpdateSenderIdResult updateSenderId(CallContext& call, const UpdateSenderIdRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& senderId = findSenderId(account, call.scope, request);
    if (request.deletionProtectionEnabled)
      senderId.deletionProtectionEnabled = *request.deletionProtectionEnabled;
    return information(senderId);
  });
}

// Deletion protection: "When set to true the sender ID can't be deleted" (the model); the reason
// is the model's DELETION_PROTECTION_ENABLED, as ReleasePhoneNumber answers. A sender ID a pool
// holds is the model's SENDER_ID_ASSOCIATED_TO_POOL.
ReleaseSenderIdResult releaseSenderId(CallContext& call, const ReleaseSenderIdRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& senderId = findSenderId(account, call.scope, request);
    if (senderId.deletionProtectionEnabled) {
      throw ServiceError::conflict(
          "DELETION_PROTECTION_ENABLED", resource_type::kSenderId, senderId.senderId,
          "Sender ID " + senderId.senderId + " has deletion protection enabled.");
    }
    const auto key = state::senderIdKey(senderId.senderId, senderId.isoCountryCode);
    for (const auto& [poolId, pool] : account.pools) {
      if (std::find(pool.senderIdKeys.begin(), pool.senderIdKeys.end(), key) !=
          pool.senderIdKeys.end()) {
        throw ServiceError::conflict("SENDER_ID_ASSOCIATED_TO_POOL", resource_type::kSenderId,
                                     senderId.senderId,
                                     "Sender ID " + senderId.senderId + " is in pool " + poolId +
                                         "; disassociate it first.");
      }
    }
    auto result = information(senderId);
    result.deletionProtectionEnabled.reset();
    account.tagsByArn.erase(senderId.arn);
    account.senderIds.erase(state::senderIdKey(senderId.senderId, senderId.isoCountryCode));
    return result;
  });
}

state::SenderId* senderIdForPool(state::AccountState& account, const state::AccountScope& scope,
                                 const std::string& identity, const std::string& isoCountryCode) {
  const bool arn = identity.starts_with("arn:");
  if (identity.starts_with("+") || identity.starts_with("phone-") ||
      (arn && identity.find(":sender-id/") == std::string::npos)) {
    return nullptr;
  }
  if (arn) {
    const auto tail = resourceNameFrom(identity, scope, resource_type::kSenderId);
    auto it = tail ? account.senderIds.find(*tail) : account.senderIds.end();
    if (it == account.senderIds.end())
      throw ServiceError::resourceNotFound(resource_type::kSenderId, identity);
    if (!isoCountryCode.empty() && isoCountryCode != it->second.isoCountryCode) {
      throw ServiceError::invalidField("COUNTRY_CODE_MISMATCH", "IsoCountryCode",
                                       "Sender ID " + identity + " is for " +
                                           it->second.isoCountryCode + ", not " + isoCountryCode +
                                           ".");
    }
    return &it->second;
  }
  if (!isoCountryCode.empty()) return &findSenderId(account, scope, {identity, isoCountryCode});
  state::SenderId* only = nullptr;
  for (auto& [key, senderId] : account.senderIds) {
    if (senderId.senderId != identity) continue;
    if (only != nullptr) {
      throw ServiceError::invalidField(
          "MISSING_PARAMETER", "IsoCountryCode",
          "Sender ID " + identity + " exists for several countries; name one in IsoCountryCode.");
    }
    only = &senderId;
  }
  if (only == nullptr) throw ServiceError::resourceNotFound(resource_type::kSenderId, identity);
  return only;
}

// A pool's MessageType must be one its sender IDs send (RequestSenderIdRequest.MessageTypes), as
// a phone number's must be the pool's (MESSAGE_TYPE_MISMATCH).
void requireSenderIdMessageType(const state::SenderId& senderId, const std::string& messageType) {
  const auto& types = senderId.messageTypes;
  if (std::find(types.begin(), types.end(), messageType) != types.end()) return;
  throw ServiceError::conflict(
      "MESSAGE_TYPE_MISMATCH", resource_type::kSenderId, senderId.senderId,
      "Sender ID " + senderId.senderId + " doesn't send " + messageType + " messages.");
}

const state::SenderId* senderIdForSend(const state::AccountState& account,
                                       const state::AccountScope& scope,
                                       const std::string& identity,
                                       const std::string& destination) {
  const bool arn = identity.starts_with("arn:");
  if (identity.starts_with("+") || identity.starts_with("phone-") ||
      identity.starts_with("pool-") || (arn && identity.find(":sender-id/") == std::string::npos)) {
    return nullptr;
  }
  const auto country = regionOfNumber(destination);
  std::string name = identity;
  if (arn) {
    const auto tail = resourceNameFrom(identity, scope, resource_type::kSenderId);
    if (!tail) throw ServiceError::resourceNotFound(resource_type::kSenderId, identity);
    if (auto it = account.senderIds.find(*tail); it != account.senderIds.end()) {
      if (it->second.isoCountryCode == country) return &it->second;
    }
    name = tail->substr(0, tail->find('/'));
  } else if (auto it = account.senderIds.find(state::senderIdKey(identity, country));
             it != account.senderIds.end()) {
    return &it->second;
  }
  const bool elsewhere =
      std::any_of(account.senderIds.begin(), account.senderIds.end(),
                  [&](const auto& entry) { return entry.second.senderId == name; });
  if (!elsewhere) throw ServiceError::resourceNotFound(resource_type::kSenderId, identity);
  throw ServiceError::invalidField(
      "INVALID_IDENTITY_FOR_DESTINATION_COUNTRY", "OriginationIdentity",
      "Sender ID " + name + " isn't registered for " +
          (country.empty() ? std::string("the destination's country") : country) + ".");
}

}  // namespace smsim::sms_voice_v2
