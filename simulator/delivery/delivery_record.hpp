#pragma once
// What happened to one delivery of a two-way payload to one subscriber, as /_smsim/deliveries
// shows it.
#include <nlohmann/json.hpp>
#include <string>

#include "delivery/subscription.hpp"

namespace smsim::delivery {

namespace delivery_status {
inline constexpr const char* kPending = "PENDING";
inline constexpr const char* kDelivered = "DELIVERED";
inline constexpr const char* kFailed = "FAILED";
// Never attempted: the endpoint's queue was full, or too many endpoints were busy. The record's
// error says which; a delivery is never lost without one of these.
inline constexpr const char* kDropped = "DROPPED";
}  // namespace delivery_status

struct DeliveryRecord {
  std::string deliveryId;
  std::string inboundMessageId;
  Subscription subscription;
  std::string status = delivery_status::kPending;
  int attempts = 0;
  int lastHttpStatus = 0;
  std::string lastError;
  double createdAt = 0;
};
void to_json(nlohmann::json& out, const DeliveryRecord& record);

}  // namespace smsim::delivery
