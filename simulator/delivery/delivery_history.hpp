#pragma once
// The record of every delivery (GET /_smsim/deliveries) within a budget: beyond `capacity` the
// oldest records are evicted, and both evictions and dropped deliveries are counted, so a long
// soak neither grows memory nor hides what it threw away. Not locked: its owner locks.
#include <cstddef>
#include <deque>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "delivery/delivery_record.hpp"

namespace smsim::delivery {

// What GET /_smsim/deliveries answers.
struct DeliveryReport {
  std::vector<DeliveryRecord> deliveries;
  std::size_t evicted = 0;  // records removed to stay within the history's capacity
  std::size_t dropped = 0;  // deliveries never attempted (status DROPPED)
  std::size_t held = 0;     // records Firehose subscriptions buffer, not yet posted
};
void to_json(nlohmann::json& out, const DeliveryReport& report);

class DeliveryHistory {
 public:
  explicit DeliveryHistory(std::size_t capacity) : capacity_(capacity) {}

  void add(DeliveryRecord record);
  // The record, or nullptr once it has been evicted or cleared.
  DeliveryRecord* find(const std::string& deliveryId);
  DeliveryReport report() const;
  void clear();

 private:
  void evictOldest();

  std::size_t capacity_;
  std::deque<DeliveryRecord> records_;  // oldest first; push_back and pop_front keep references
  std::unordered_map<std::string, DeliveryRecord*> byId_;
  std::size_t evicted_ = 0;
  std::size_t dropped_ = 0;
};

}  // namespace smsim::delivery
