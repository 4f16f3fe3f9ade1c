// The `seed.subscriptions` section: where two-way messages are delivered (channel ARN -> HTTP
// endpoint, in one of the delivery formats), as POST /_smsim/subscriptions registers them.
#include "delivery/endpoint_url.hpp"
#include "delivery/notification_formats.hpp"
#include "delivery/webhook_dispatcher.hpp"
#include "scenario/seed.hpp"

namespace smsim::scenario {

namespace {

class SubscriptionsSeed : public SeedPart {
 public:
  std::vector<delivery::Subscription> subscriptions;

  void apply(const SeedTarget& target) const override {
    for (const auto& subscription : subscriptions) target.dispatcher.subscribe(subscription);
  }
  nlohmann::json summary() const override { return {{"subscriptions", subscriptions.size()}}; }
};

}  // namespace

std::shared_ptr<const SeedPart> readSubscriptionsSeed(const YamlValue& value) {
  auto seed = std::make_shared<SubscriptionsSeed>();
  for (const auto& item : value.items()) {
    auto map = item.map();
    delivery::Subscription subscription;
    subscription.channelArn = map.require("channelArn").string();
    const auto endpoint = map.require("endpoint");
    subscription.endpoint = endpoint.string();
    // Checked as POST /_smsim/subscriptions checks it, so a bad one fails the file at its line.
    subscription.target = delivery::parseEndpointUrl(subscription.endpoint);
    if (!subscription.target.url) endpoint.fail(error_id::kInvalidValue, subscription.target.error);
    if (auto format = map.get("format")) {
      subscription.format = format->string();
      if (!delivery::isKnownFormat(subscription.format)) {
        format->fail(error_id::kInvalidValue,
                     "a format is sns-http, lambda-sns, raw, firehose or eventbridge");
      }
    }
    if (auto hints = map.get("bufferingHints")) {
      if (subscription.format != delivery::format::kFirehose) {
        hints->fail(error_id::kInvalidValue, "bufferingHints is for format firehose only");
      }
      auto fields = hints->map();
      const auto interval = fields.require("intervalInSeconds");
      const auto size = fields.require("sizeInMBs");
      fields.rejectUnknownKeys();
      // Firehose's ranges, checked by the reader POST /_smsim/subscriptions uses.
      auto reading = delivery::readBufferingHints(
          interval.integer(0, delivery::FirehoseBuffering::kMaxIntervalSeconds),
          size.integer(delivery::FirehoseBuffering::kMinSizeMiB,
                       delivery::FirehoseBuffering::kMaxSizeMiB));
      if (!reading.hints) hints->fail(error_id::kInvalidValue, reading.error);
      subscription.buffering = *reading.hints;
    }
    map.rejectUnknownKeys();
    seed->subscriptions.push_back(std::move(subscription));
  }
  return seed;
}

}  // namespace smsim::scenario
