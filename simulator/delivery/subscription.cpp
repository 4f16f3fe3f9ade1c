#include "delivery/subscription.hpp"

namespace smsim::delivery {

void to_json(nlohmann::json& out, const Subscription& subscription) {
  out = {{"channelArn", subscription.channelArn},
         {"endpoint", subscription.endpoint},
         {"format", subscription.format}};
  if (subscription.format == format::kFirehose) {
    out["bufferingHints"] = {{"intervalInSeconds", subscription.buffering.intervalSeconds},
                             {"sizeInMBs", subscription.buffering.sizeMiB}};
  }
  if (!subscription.subscriptionArn.empty()) {
    out["subscriptionArn"] = subscription.subscriptionArn;
    out["confirmed"] = subscription.confirmed;
  }
}

}  // namespace smsim::delivery
