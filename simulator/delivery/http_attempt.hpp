#pragma once
// One POST of a rendered notification to a subscriber, within the delivery policy's time limits.
// It never throws: refusals, timeouts, TLS failures and exceptions from inside the HTTP client
// all become the attempt's error, so a delivery worker never dies on a subscriber's behaviour.
#include <string>

#include "delivery/endpoint_url.hpp"
#include "delivery/notification_formats.hpp"
#include "smsim/delivery_policy.hpp"

namespace smsim::delivery {

struct AttemptResult {
  int httpStatus = 0;  // 0 when no response arrived
  std::string error;   // empty when the subscriber answered 2xx
};

AttemptResult postNotification(const EndpointUrl& url, const HttpPost& post,
                               const DeliveryPolicy& policy);

}  // namespace smsim::delivery
