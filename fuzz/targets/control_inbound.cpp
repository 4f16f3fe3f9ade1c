// Fuzzes the readers of the inbound control calls: the same bytes are read as a POST
// /_smsim/inbound body and as a POST /_smsim/subscriptions body (whose endpoint URL is parsed
// and checked), and an accepted subscription's notification is rendered in its format. Anything
// but a typed request or an error message is a finding; so is an accepted endpoint the delivery
// worker could not connect to as given.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "control/inbound_requests.hpp"
#include "delivery/notification_formats.hpp"

namespace {

constexpr int kMaxPort = 65535;

void checkInbound(std::string_view body) {
  const auto reading = smsim::control::readInboundRequest(body);
  if (reading.request.has_value() == !reading.error.empty()) __builtin_trap();
  if (reading.request && reading.request->messageBody.empty()) __builtin_trap();
}

void checkSubscription(std::string_view body) {
  const auto reading = smsim::control::readSubscriptionRequest(body);
  if (reading.request.has_value() == !reading.error.empty()) __builtin_trap();
  if (!reading.request) return;
  const auto& url = reading.request->target.url;
  if (!url || url->host.empty() || url->port < 1 || url->port > kMaxPort) __builtin_trap();
  if (url->path.empty() || url->path.front() != '/') __builtin_trap();
  const smsim::delivery::Notification notification{reading.request->channelArn, std::string(body),
                                                   "fuzz", 0};
  const auto post = smsim::delivery::renderNotification(reading.request->format, notification);
  if (post.contentType.empty()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  checkInbound(body);
  checkSubscription(body);
  return 0;
}
