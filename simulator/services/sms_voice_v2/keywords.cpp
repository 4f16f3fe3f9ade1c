// PutKeyword, DeleteKeyword, DescribeKeywords on a phone number or a pool.
#include <algorithm>
#include <set>

#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

constexpr std::size_t kMaxKeywordsPerIdentity = 30;

struct KeywordOwner {
  std::string arn;
  std::string id;
  bool isPool = false;
  bool usTollFree = false;  // a US toll-free number, or a pool holding one
  state::KeywordMap* keywords = nullptr;
};

bool isUsTollFree(const state::PhoneNumber& number) {
  return number.numberType == "TOLL_FREE" && number.isoCountryCode == "US";
}

bool holdsUsTollFree(const state::AccountState& account, const state::Pool& pool) {
  return std::any_of(pool.phoneNumberIds.begin(), pool.phoneNumberIds.end(),
                     [&](const std::string& id) {
                       const auto it = account.phoneNumbers.find(id);
                       return it != account.phoneNumbers.end() && isUsTollFree(it->second);
                     });
}

// "A keyword can be between 1 and 30 characters in length and can't start or end with a space"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords.html). The model's pattern
// `[ \S]+` lets the spaces through; PutKeyword: "If you specify a keyword that isn't valid, an
// error is returned."
void requireNoOuterSpace(const std::string& keyword) {
  if (keyword.starts_with(' ') || keyword.ends_with(' ')) {
    throw ServiceError::invalidField(
        "INVALID_PARAMETER", "Keyword",
        "The keyword '" + keyword + "' can't start or end with a space.");
  }
}

// "The only supported opt-out keyword for a US toll-free number is STOP. You can't add additional
// opt-out keywords, or change the response message that your recipients get when they opt-out"
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html). The error isn't
// documented; smsim answers as for the other keyword changes AWS refuses.
void requireTollFreeOptOutUnchanged(const KeywordOwner& owner, const std::string& key,
                                    const std::string& action, const std::string& message) {
  if (key != "STOP" && action == state::keyword_action::kOptOut) {
    throw ServiceError::conflict(
        "RESOURCE_MODIFICATION_NOT_ALLOWED", resource_type::kKeyword, key,
        "STOP is the only opt-out keyword of a US toll-free number; " + key + " can't opt out.");
  }
  const auto stop = owner.keywords->find("STOP");
  if (key == "STOP" && stop != owner.keywords->end() && stop->second.message != message) {
    throw ServiceError::conflict("RESOURCE_MODIFICATION_NOT_ALLOWED", resource_type::kKeyword, key,
                                 "The STOP message of a US toll-free number can't be changed.");
  }
}

// Keywords belong to the identity named. A number in a pool uses the pool's keywords, so its
// own can't be changed while it is there.
KeywordOwner keywordOwner(state::AccountState& account, const state::AccountScope& scope,
                          const std::string& identity, bool forChange) {
  auto resolved = resolveOriginationIdentity(account, scope, identity, /*acceptE164=*/false);
  if (resolved.phoneNumber == nullptr) {
    auto& pool = *resolved.pool;
    return {pool.arn, pool.id, true, holdsUsTollFree(account, pool), &pool.settings.keywords};
  }
  auto& number = *resolved.phoneNumber;
  if (forChange && !number.poolId.empty()) {
    throw ServiceError::conflict("PHONE_NUMBER_ASSOCIATED_TO_POOL", resource_type::kPhoneNumber,
                                 number.id,
                                 "Phone number " + number.id + " is in pool " + number.poolId +
                                     "; change the pool's keywords instead.");
  }
  return {number.arn, number.id, false, isUsTollFree(number), &resolved.settings().keywords};
}

KeywordInformation keywordInformation(const state::Keyword& keyword) {
  return {keyword.keyword, keyword.message, keyword.action};
}

KeywordOfIdentity keywordOfIdentity(const KeywordOwner& owner, const state::Keyword& keyword) {
  KeywordOfIdentity result;
  static_cast<KeywordInformation&>(result) = keywordInformation(keyword);
  result.originationIdentityArn = owner.arn;
  result.originationIdentity = owner.id;
  return result;
}

}  // namespace

PutKeywordResult putKeyword(CallContext& call, const PutKeywordRequest& request) {
  const auto& word = request.keyword;
  const auto key = state::upperCase(word);
  const std::string action =
      request.keywordAction.value_or(state::keyword_action::kAutomaticResponse);
  requireNoOuterSpace(word);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto owner = keywordOwner(account, call.scope, request.originationIdentity, true);
    auto existing = owner.keywords->find(key);
    if (existing != owner.keywords->end() && state::isMandatoryKeyword(key) &&
        existing->second.action != action) {
      throw ServiceError::conflict("RESOURCE_MODIFICATION_NOT_ALLOWED", resource_type::kKeyword,
                                   key, "The action of keyword " + key + " can't be changed.");
    }
    if (owner.usTollFree)
      requireTollFreeOptOutUnchanged(owner, key, action, request.keywordMessage);
    if (existing == owner.keywords->end() && owner.keywords->size() >= kMaxKeywordsPerIdentity) {
      throw ServiceError::quotaExceeded(
          owner.isPool ? "KEYWORDS_PER_POOL" : "KEYWORDS_PER_PHONE_NUMBER",
          "The origination identity has reached its limit of keywords.");
    }
    auto& keyword = (*owner.keywords)[key];
    keyword = {existing == owner.keywords->end() ? word : keyword.keyword, request.keywordMessage,
               action};
    return keywordOfIdentity(owner, keyword);
  });
}

DeleteKeywordResult deleteKeyword(CallContext& call, const DeleteKeywordRequest& request) {
  const auto key = state::upperCase(request.keyword);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto owner = keywordOwner(account, call.scope, request.originationIdentity, true);
    auto it = owner.keywords->find(key);
    if (it == owner.keywords->end()) {
      throw ServiceError::resourceNotFound(resource_type::kKeyword, request.keyword);
    }
    if (state::isMandatoryKeyword(key)) {
      throw ServiceError::conflict("RESOURCE_DELETION_NOT_ALLOWED", resource_type::kKeyword, key,
                                   "Keyword " + key + " can't be deleted.");
    }
    auto result = keywordOfIdentity(owner, it->second);
    owner.keywords->erase(it);
    return result;
  });
}

DescribeKeywordsResult describeKeywords(CallContext& call, const DescribeKeywordsRequest& request) {
  static constexpr FilterValues kKeywordFilterValues[] = {{"keyword-action", "KeywordAction"}};
  requireKnownFilterValues(request.filters, kKeywordFilterValues);
  std::set<std::string> wanted;
  for (const auto& word : request.keywords) wanted.insert(state::upperCase(word));
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto owner = keywordOwner(account, call.scope, request.originationIdentity, false);
    std::string context = "DescribeKeywords|" + owner.id + "|" + filtersText(request.filters);
    for (const auto& word : wanted) {
      if (!owner.keywords->contains(word)) {
        throw ServiceError::resourceNotFound(resource_type::kKeyword, word);
      }
      context += "|" + word;
    }
    const auto page = readPageRequest(request.page, context);
    DescribeKeywordsResult result;
    result.originationIdentityArn = owner.arn;
    result.originationIdentity = owner.id;
    result.nextToken = fillPage(
        *owner.keywords, page,
        [&](const std::string& key, const state::Keyword& keyword) {
          return (wanted.empty() || wanted.contains(key)) &&
                 passesFilters(request.filters, [&](const std::string&) {
                   return std::vector<std::string>{keyword.action};  // keyword-action
                 });
        },
        [](const std::string&, const state::Keyword& keyword) {
          return keywordInformation(keyword);
        },
        result.keywords);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
