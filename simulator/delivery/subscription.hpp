#pragma once
// Where a two-way channel's payloads go: an HTTP endpoint and the format it expects.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "delivery/endpoint_url.hpp"
#include "delivery/firehose_buffering.hpp"
#include "delivery/notification_formats.hpp"

namespace smsim::delivery {

struct Subscription {
  std::string channelArn;
  std::string endpoint;  // as given: http(s)://host[:port][/path]
  std::string format = format::kSnsHttp;
  // An SNS Subscribe's ARN; empty for subscriptions made through the control API or a seed.
  std::string subscriptionArn = {};
  // An SNS http(s) subscription waits for its ConfirmSubscription; until then publish() skips it.
  bool confirmed = true;
  // smsim as the subscriber reaches it (http://<Host of the Subscribe request>): where the
  // messages' SigningCertURL and UnsubscribeURL point. Empty: AWS's host, which nothing serves.
  std::string baseUrl = {};
  // The SNS subscription's FilterPolicy (empty: every message) and FilterPolicyScope (empty:
  // MessageAttributes, which a published payload has none of; MessageBody: its JSON).
  std::string filterPolicy = {};
  std::string filterPolicyScope = {};
  // `endpoint` parsed once: by the caller that checked it (the control API), else by
  // WebhookDispatcher::subscribe. Deliveries use this and never re-read the text. Neither a url
  // nor an error means not parsed yet.
  ParsedEndpoint target = {};
  // Format `firehose` only: how records are held and posted together.
  FirehoseBuffering buffering = {};
  // Set by WebhookDispatcher::subscribe: names the subscription's Firehose batch.
  std::uint64_t serial = 0;
};
void to_json(nlohmann::json& out, const Subscription& subscription);

}  // namespace smsim::delivery
