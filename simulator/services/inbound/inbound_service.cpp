#include "services/inbound/inbound_service.hpp"

#include "common/json_text.hpp"
#include "services/common/ids.hpp"

namespace smsim::inbound {

namespace {

state::PhoneNumber* findNumber(state::AccountState& account, const std::string& e164) {
  for (auto& [id, number] : account.phoneNumbers) {
    if (number.number == e164 && number.status == "ACTIVE") return &number;
  }
  return nullptr;
}

DefaultOptOutWords defaultOptOutWords(const state::PhoneNumber& number) {
  return number.numberType == "TOLL_FREE" && number.isoCountryCode == "US"
             ? DefaultOptOutWords::StopOnly
             : DefaultOptOutWords::All;
}

// Managed opt-outs: AWS changes the list itself. Returns whether the list changed.
bool applyToOptOutList(state::OptOutList& list, const KeywordMatch& keyword,
                       const std::string& handset, double now) {
  if (keyword.action == state::keyword_action::kOptOut) {
    auto [entry, added] = list.numbers.try_emplace(handset, state::OptedOutEntry{now, true});
    if (!added && !entry->second.endUserOptedOut) {
      entry->second = {now, true};
      return true;
    }
    return added;
  }
  if (keyword.action == state::keyword_action::kOptIn) return list.numbers.erase(handset) > 0;
  return false;
}

std::string twoWayPayload(const InboundOutcome& outcome, const std::string& previousId) {
  nlohmann::json payload = {{"originationNumber", outcome.message.originationNumber},
                            {"destinationNumber", outcome.message.destinationNumber},
                            {"messageKeyword", "KEYWORD_" + outcome.scope.accountId},
                            {"messageBody", outcome.message.messageBody},
                            {"inboundMessageId", outcome.inboundMessageId}};
  if (!previousId.empty()) payload["previousPublishedMessageId"] = previousId;
  return safeDump(payload);
}

}  // namespace

InboundOutcome receiveInbound(state::Store& store, const Clock& clock, InboundMessage message) {
  const auto scope =
      message.scope ? message.scope : store.scopeOwningNumber(message.destinationNumber);
  if (!scope) {
    throw UnknownDestination("No account of smsim owns the number " + message.destinationNumber +
                             ".");
  }
  InboundOutcome outcome;
  outcome.inboundMessageId = services::newUuid();
  outcome.timestamp = clock.nowEpochSeconds();
  outcome.message = std::move(message);
  outcome.scope = *scope;

  store.withAccount(outcome.scope, [&](state::AccountState& account) {
    auto* number = findNumber(account, outcome.message.destinationNumber);
    if (number == nullptr) {
      throw UnknownDestination("Account " + outcome.scope.accountId + " in " +
                               outcome.scope.region + " has no active number " +
                               outcome.message.destinationNumber + ".");
    }
    outcome.phoneNumberId = number->id;
    outcome.poolId = number->poolId;
    const auto& settings =
        number->poolId.empty() ? number->settings : account.pools.at(number->poolId).settings;
    outcome.selfManagedOptOuts = settings.selfManagedOptOutsEnabled;
    outcome.optOutListName = settings.optOutListName;
    outcome.keyword =
        matchKeyword(settings.keywords, outcome.message.messageBody, defaultOptOutWords(*number));

    // Self-managed: the application decides; AWS neither changes the list nor replies.
    if (outcome.keyword && !outcome.selfManagedOptOuts) {
      if (auto list = account.optOutLists.find(settings.optOutListName);
          list != account.optOutLists.end()) {
        outcome.listChanged = applyToOptOutList(
            list->second, *outcome.keyword, outcome.message.originationNumber, outcome.timestamp);
      }
      if (!outcome.keyword->reply.empty()) {
        state::OutboxMessage reply;
        reply.messageId = services::newUuid();
        reply.originationIdentity = number->id;
        reply.originationNumber = number->number;
        reply.destinationNumber = outcome.message.originationNumber;
        reply.messageBody = outcome.keyword->reply;
        reply.messageType = settings.messageType;
        reply.status = state::message_status::kDelivered;
        reply.origin = "AutomaticResponse";
        reply.timestamp = outcome.timestamp;
        reply.accountId = outcome.scope.accountId;
        reply.region = outcome.scope.region;
        outcome.replyMessageId = reply.messageId;
        outcome.replyBody = reply.messageBody;
        store.outbox().append(std::move(reply));
      }
    }

    if (settings.twoWayEnabled && !settings.twoWayChannelArn.empty()) {
      auto& previous =
          account.lastPublishedInboundId[number->number + "|" + outcome.message.originationNumber];
      outcome.publication =
          TwoWayPublication{settings.twoWayChannelArn, twoWayPayload(outcome, previous)};
      previous = outcome.inboundMessageId;
    }
  });
  return outcome;
}

nlohmann::json outcomeJson(const InboundOutcome& outcome) {
  auto optional = [](const auto& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
  };
  return {
      {"inboundMessageId", outcome.inboundMessageId},
      {"timestamp", outcome.timestamp},
      {"originationNumber", outcome.message.originationNumber},
      {"destinationNumber", outcome.message.destinationNumber},
      {"messageBody", outcome.message.messageBody},
      {"accountId", outcome.scope.accountId},
      {"region", outcome.scope.region},
      {"phoneNumberId", outcome.phoneNumberId},
      {"poolId", outcome.poolId.empty() ? nlohmann::json() : nlohmann::json(outcome.poolId)},
      {"keyword", outcome.keyword ? nlohmann::json(outcome.keyword->keyword) : nlohmann::json()},
      {"action", outcome.keyword ? nlohmann::json(outcome.keyword->action) : nlohmann::json()},
      {"selfManagedOptOuts", outcome.selfManagedOptOuts},
      {"optOutListName", outcome.optOutListName},
      {"listChanged", outcome.listChanged},
      {"replyMessageId", optional(outcome.replyMessageId)},
      {"channelArn",
       outcome.publication ? nlohmann::json(outcome.publication->channelArn) : nlohmann::json()}};
}

}  // namespace smsim::inbound
