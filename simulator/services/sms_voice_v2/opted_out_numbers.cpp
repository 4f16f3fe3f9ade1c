// PutOptedOutNumber, DeleteOptedOutNumber, DescribeOptedOutNumbers.
#include <map>
#include <set>

#include "common/phone_number.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// AWS lets a number be opted back in (deleted from a list) once every 30 days.
constexpr double kOptInIntervalSeconds = 30 * 24 * 3600;

// Opted-out numbers are "in E.164 format" (model: PutOptedOutNumberRequest.OptedOutNumber), "for
// example +12065550150" (https://docs.aws.amazon.com/sms-voice/latest/userguide/
// opt-out-list-add-phone-number.html), and one that "isn't valid" is an error (model:
// PutOptedOutNumber, DescribeOptedOutNumbersRequest.OptedOutNumbers). The model's pattern lets
// the '+' go, which would list one person twice (12065550101 and +12065550101).
void requirePossibleNumber(const std::string& field, const std::string& number) {
  if (!isPossibleE164(number)) {
    throw ServiceError::invalidField(
        "INVALID_PARAMETER", field,
        "The phone number " + number + " is not a valid E.164 number (e.g. +12065550150).");
  }
}

OptedOutNumberInformation numberInformation(const std::string& number,
                                            const state::OptedOutEntry& entry) {
  return {number, entry.optedOutTimestamp, entry.endUserOptedOut};
}

OptedOutNumberOnList numberOnList(const state::OptOutList& list, const std::string& number,
                                  const state::OptedOutEntry& entry) {
  OptedOutNumberOnList result;
  static_cast<OptedOutNumberInformation&>(result) = numberInformation(number, entry);
  result.optOutListArn = list.arn;
  result.optOutListName = list.name;
  return result;
}

// The end-user-opted-out filter as the set of EndUserOptedOut values it accepts.
std::set<bool> endUserOptedOutValues(const std::vector<Filter>& filters) {
  static constexpr FilterValues kOptedOutFilterValues[] = {{"end-user-opted-out", kTrueOrFalse}};
  requireKnownFilterValues(filters, kOptedOutFilterValues);
  std::set<bool> accepted = {true, false};
  for (const auto& filter : filters) {
    std::set<bool> values;
    for (const auto& text : filter.values) values.insert(text == "true");
    std::erase_if(accepted, [&](bool value) { return !values.contains(value); });
  }
  return accepted;
}

}  // namespace

PutOptedOutNumberResult putOptedOutNumber(CallContext& call,
                                          const PutOptedOutNumberRequest& request) {
  requirePossibleNumber("OptedOutNumber", request.optedOutNumber);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, request.optOutListName);
    auto [it, added] = list.numbers.try_emplace(
        request.optedOutNumber, state::OptedOutEntry{call.clock.nowEpochSeconds(), false});
    return numberOnList(list, it->first, it->second);
  });
}

DeleteOptedOutNumberResult deleteOptedOutNumber(CallContext& call,
                                                const DeleteOptedOutNumberRequest& request) {
  const auto& number = request.optedOutNumber;
  requirePossibleNumber("OptedOutNumber", number);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, request.optOutListName);
    auto it = list.numbers.find(number);
    if (it == list.numbers.end()) {
      throw ServiceError::resourceNotFound(resource_type::kOptedOutNumber, number);
    }
    const double now = call.clock.nowEpochSeconds();
    if (auto last = list.lastDeletedAt.find(number);
        last != list.lastDeletedAt.end() && now - last->second < kOptInIntervalSeconds) {
      throw ServiceError::validation(
          "PHONE_NUMBER_CANNOT_BE_OPTED_IN",
          "The phone number " + number + " can only be opted in once every 30 days.",
          {{"OptedOutNumber", "The phone number was already opted in within the last 30 days."}});
    }
    auto result = numberOnList(list, it->first, it->second);
    list.lastDeletedAt[number] = now;
    list.numbers.erase(it);
    return result;
  });
}

DescribeOptedOutNumbersResult describeOptedOutNumbers(
    CallContext& call, const DescribeOptedOutNumbersRequest& request) {
  for (const auto& number : request.optedOutNumbers)
    requirePossibleNumber("OptedOutNumbers", number);
  const std::set<std::string> requested(request.optedOutNumbers.begin(),
                                        request.optedOutNumbers.end());
  const auto accepted = endUserOptedOutValues(request.filters);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, request.optOutListName);
    std::string context = "DescribeOptedOutNumbers|" + list.arn + "|";
    for (bool value : accepted) context += value ? "t" : "f";
    for (const auto& number : requested) context += "|" + number;
    const auto page = readPageRequest(request.page, context);

    // Asking for at most five numbers by name looks them up instead of scanning the list.
    std::map<std::string, state::OptedOutEntry> requestedEntries;
    for (const auto& number : requested) {
      if (auto it = list.numbers.find(number); it != list.numbers.end()) {
        requestedEntries.insert(*it);
      }
    }
    DescribeOptedOutNumbersResult result;
    result.optOutListArn = list.arn;
    result.optOutListName = list.name;
    result.nextToken = fillPage(
        requested.empty() ? list.numbers : requestedEntries, page,
        [&](const std::string&, const state::OptedOutEntry& entry) {
          return accepted.contains(entry.endUserOptedOut);
        },
        numberInformation, result.optedOutNumbers);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
