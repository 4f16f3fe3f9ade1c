#include "delivery/delivery_history.hpp"

namespace smsim::delivery {

void to_json(nlohmann::json& out, const DeliveryReport& report) {
  out = {{"deliveries", report.deliveries},
         {"evicted", report.evicted},
         {"dropped", report.dropped},
         {"held", report.held}};
}

void DeliveryHistory::add(DeliveryRecord record) {
  if (record.status == delivery_status::kDropped) ++dropped_;
  if (capacity_ == 0) {
    ++evicted_;
    return;
  }
  while (records_.size() >= capacity_) evictOldest();
  records_.push_back(std::move(record));
  byId_[records_.back().deliveryId] = &records_.back();
}

DeliveryRecord* DeliveryHistory::find(const std::string& deliveryId) {
  const auto found = byId_.find(deliveryId);
  return found == byId_.end() ? nullptr : found->second;
}

DeliveryReport DeliveryHistory::report() const {
  return {{records_.begin(), records_.end()}, evicted_, dropped_};
}

void DeliveryHistory::clear() {
  records_.clear();
  byId_.clear();
  evicted_ = 0;
  dropped_ = 0;
}

void DeliveryHistory::evictOldest() {
  byId_.erase(records_.front().deliveryId);
  records_.pop_front();
  ++evicted_;
}

}  // namespace smsim::delivery
