#pragma once
// Where a two-way channel's payloads go: an HTTP endpoint and the format it expects.
#include <nlohmann/json.hpp>
#include <string>

#include "delivery/endpoint_url.hpp"
#include "delivery/notification_formats.hpp"

namespace smsim::delivery {

struct Subscription {
  std::string channelArn;
  std::string endpoint;  // as given: http(s)://host[:port][/path]
  std::string format = format::kSnsHttp;
  // `endpoint` parsed once: by the caller that checked it (the control API), else by
  // WebhookDispatcher::subscribe. Deliveries use this and never re-read the text. Neither a url
  // nor an error means not parsed yet.
  ParsedEndpoint target;
};
void to_json(nlohmann::json& out, const Subscription& subscription);

}  // namespace smsim::delivery
