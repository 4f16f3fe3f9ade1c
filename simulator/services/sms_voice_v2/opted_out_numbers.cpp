// PutOptedOutNumber, DeleteOptedOutNumber, DescribeOptedOutNumbers.
#include <map>
#include <set>

#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::sms_voice_v2 {

namespace {

// AWS lets a number be opted back in (deleted from a list) once every 30 days.
constexpr double kOptInIntervalSeconds = 30 * 24 * 3600;

nlohmann::json numberResult(const state::OptOutList& list, const std::string& number,
                            const state::OptedOutEntry& entry) {
  auto result = state::optedOutNumberJson(number, entry);
  result["OptOutListArn"] = list.arn;
  result["OptOutListName"] = list.name;
  return result;
}

// The end-user-opted-out filter as the set of EndUserOptedOut values it accepts.
std::set<bool> endUserOptedOutValues(const nlohmann::json& input) {
  std::set<bool> accepted = {true, false};
  for (const auto& filter : input.value("Filters", nlohmann::json::array())) {
    std::set<bool> values;
    for (const auto& value : filter.at("Values")) {
      const auto& text = value.get_ref<const std::string&>();
      if (text != "true" && text != "false") {
        throw ServiceError::validation(
            "INVALID_FILTER_VALUES", "Invalid filter value '" + text + "' for end-user-opted-out.",
            {{{"Name", "Filters"}, {"Message", "Values must be 'true' or 'false'."}}});
      }
      values.insert(text == "true");
    }
    std::erase_if(accepted, [&](bool value) { return !values.contains(value); });
  }
  return accepted;
}

}  // namespace

nlohmann::json putOptedOutNumber(CallContext& call, const nlohmann::json& input) {
  const auto listNameOrArn = input.at("OptOutListName").get<std::string>();
  const auto number = input.at("OptedOutNumber").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, listNameOrArn);
    auto [it, added] =
        list.numbers.try_emplace(number, state::OptedOutEntry{call.clock.nowEpochSeconds(), false});
    return numberResult(list, it->first, it->second);
  });
}

nlohmann::json deleteOptedOutNumber(CallContext& call, const nlohmann::json& input) {
  const auto listNameOrArn = input.at("OptOutListName").get<std::string>();
  const auto number = input.at("OptedOutNumber").get<std::string>();
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, listNameOrArn);
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
          {{{"Name", "OptedOutNumber"},
            {"Message", "The phone number was already opted in within the last 30 days."}}});
    }
    auto result = numberResult(list, it->first, it->second);
    list.lastDeletedAt[number] = now;
    list.numbers.erase(it);
    return result;
  });
}

nlohmann::json describeOptedOutNumbers(CallContext& call, const nlohmann::json& input) {
  const auto listNameOrArn = input.at("OptOutListName").get<std::string>();
  const auto requested = input.value("OptedOutNumbers", std::set<std::string>{});
  const auto accepted = endUserOptedOutValues(input);
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& list = findOptOutList(account, call.scope, listNameOrArn);
    std::string context = "DescribeOptedOutNumbers|" + list.arn + "|";
    for (bool value : accepted) context += value ? "t" : "f";
    for (const auto& number : requested) context += "|" + number;
    const auto page = readPageRequest(input, context);

    // Asking for at most five numbers by name looks them up instead of scanning the list.
    std::map<std::string, state::OptedOutEntry> requestedEntries;
    for (const auto& number : requested) {
      if (auto it = list.numbers.find(number); it != list.numbers.end()) {
        requestedEntries.insert(*it);
      }
    }
    nlohmann::json result = {{"OptOutListArn", list.arn}, {"OptOutListName", list.name}};
    fillPage(
        requested.empty() ? list.numbers : requestedEntries, page,
        [&](const std::string&, const state::OptedOutEntry& entry) {
          return accepted.contains(entry.endUserOptedOut);
        },
        [](const std::string& number, const state::OptedOutEntry& entry) {
          return state::optedOutNumberJson(number, entry);
        },
        "OptedOutNumbers", result);
    return result;
  });
}

}  // namespace smsim::sms_voice_v2
