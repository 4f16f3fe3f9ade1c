#include "state/outbox.hpp"

namespace smsim::state {

void to_json(nlohmann::json& out, const OutboxMessage& message) {
  out = {{"messageId", message.messageId},
         {"originationIdentity", message.originationIdentity},
         {"originationNumber", message.originationNumber},
         {"destinationNumber", message.destinationNumber},
         {"messageBody", message.messageBody},
         {"messageType", message.messageType},
         {"configurationSetName", message.configurationSetName.empty()
                                      ? nlohmann::json()
                                      : nlohmann::json(message.configurationSetName)},
         {"context", message.context},
         {"status", message.status},
         {"origin", message.origin},
         {"timestamp", message.timestamp},
         {"accountId", message.accountId},
         {"region", message.region}};
  if (!message.mediaUrls.empty()) out["mediaUrls"] = message.mediaUrls;
}

std::vector<OutboxMessage> Outbox::list(const OutboxFilter& filter) const {
  std::vector<OutboxMessage> matching;
  for (auto& message : messages_.snapshot()) {
    if (filter.destination && message.destinationNumber != *filter.destination) continue;
    if (filter.origination && message.originationNumber != *filter.origination &&
        message.originationIdentity != *filter.origination) {
      continue;
    }
    if (filter.since && message.timestamp < *filter.since) continue;
    if (filter.accountId && message.accountId != *filter.accountId) continue;
    matching.push_back(std::move(message));
  }
  return matching;
}

}  // namespace smsim::state
