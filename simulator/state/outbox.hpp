#pragma once
// Every message smsim "sent", including its own automatic replies, so a test can prove what an
// application texted and, above all, what it never texted.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "state/bounded_log.hpp"

namespace smsim::state {

namespace message_status {
inline constexpr const char* kDelivered = "DELIVERED";
inline constexpr const char* kFailed = "FAILED";
}  // namespace message_status

struct OutboxMessage {
  std::string messageId;
  std::string originationIdentity;  // as the caller named it (or the identity smsim picked)
  std::string originationNumber;
  std::string destinationNumber;
  std::string messageBody;
  std::vector<std::string> mediaUrls;  // SendMediaMessage's MediaUrls
  std::string messageType;
  std::string configurationSetName;
  std::map<std::string, std::string> context;  // the caller's Context, as given
  std::string status;
  // The operation that sent it (SendTextMessage, SendMediaMessage, SendVoiceMessage), or
  // "AutomaticResponse" for smsim's own replies.
  std::string origin = "SendTextMessage";
  double timestamp = 0;
  std::string accountId;
  std::string region;
};

void to_json(nlohmann::json& out, const OutboxMessage& message);

struct OutboxFilter {
  std::optional<std::string> destination;
  std::optional<std::string> origination;  // number or identity
  std::optional<double> since;             // epoch seconds, inclusive
  std::optional<std::string> accountId;    // so parallel tests can each read their own account
};

class Outbox {
 public:
  explicit Outbox(std::size_t capacity) : messages_(capacity) {}

  void append(OutboxMessage message) { messages_.append(std::move(message)); }
  std::vector<OutboxMessage> list(const OutboxFilter& filter) const;
  // Messages dropped beyond the capacity since the start or the last clear().
  std::uint64_t evicted() const { return messages_.evicted(); }
  void clear() { messages_.clear(); }

 private:
  BoundedLog<OutboxMessage> messages_;
};

}  // namespace smsim::state
