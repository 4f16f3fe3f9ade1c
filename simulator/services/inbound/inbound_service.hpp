#pragma once
// An SMS from a handset to one of the account's numbers: applies keywords and the opt-out list
// as AWS does (managed or self-managed opt-outs), sends automatic replies to the outbox, and
// prepares the two-way payload for the identity's channel. No HTTP here: delivery to webhooks is
// the dispatcher's job.
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "services/inbound/keyword_match.hpp"
#include "smsim/clock.hpp"
#include "state/account_scope.hpp"
#include "state/store.hpp"

namespace smsim::inbound {

struct InboundMessage {
  std::string originationNumber;  // the handset
  std::string destinationNumber;  // the account's number
  std::string messageBody;
  std::optional<state::AccountScope> scope;  // else the account that owns destinationNumber
};

struct TwoWayPublication {
  std::string channelArn;
  std::string payload;  // the JSON string AWS publishes
};

struct InboundOutcome {
  std::string inboundMessageId;
  double timestamp = 0;
  InboundMessage message;
  state::AccountScope scope;
  std::string phoneNumberId;
  std::string poolId;  // when the number is in a pool, whose settings applied
  std::optional<KeywordMatch> keyword;
  bool selfManagedOptOuts = false;
  std::string optOutListName;
  bool listChanged = false;
  std::optional<std::string> replyMessageId;
  std::string replyBody;
  std::optional<TwoWayPublication> publication;
};

nlohmann::json outcomeJson(const InboundOutcome& outcome);

// Thrown for a destination number no account owns.
class UnknownDestination : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

InboundOutcome receiveInbound(state::Store& store, const Clock& clock, InboundMessage message);

}  // namespace smsim::inbound
