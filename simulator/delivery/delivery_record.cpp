#include "delivery/delivery_record.hpp"

namespace smsim::delivery {

void to_json(nlohmann::json& out, const DeliveryRecord& record) {
  out = {{"deliveryId", record.deliveryId},
         {"inboundMessageId", record.inboundMessageId},
         {"channelArn", record.subscription.channelArn},
         {"endpoint", record.subscription.endpoint},
         {"format", record.subscription.format},
         {"status", record.status},
         {"attempts", record.attempts},
         {"lastHttpStatus",
          record.lastHttpStatus == 0 ? nlohmann::json() : nlohmann::json(record.lastHttpStatus)},
         {"error", record.lastError.empty() ? nlohmann::json() : nlohmann::json(record.lastError)},
         {"createdAt", record.createdAt}};
}

}  // namespace smsim::delivery
