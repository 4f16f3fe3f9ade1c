#include "control/inbound_requests.hpp"

#include <nlohmann/json.hpp>

#include "common/json_depth.hpp"
#include "common/phone_number.hpp"
#include "common/utf8.hpp"

namespace smsim::control {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxMessageBodyCharacters = 1600;
constexpr std::size_t kMaxJsonDepth = 32;  // these bodies are flat; deeper is no valid request
constexpr const char* kNotAnObject = "The request body must be a JSON object.";

template <typename Request>
RequestReading<Request> invalid(std::string message) {
  return {std::nullopt, std::move(message)};
}

std::optional<json> parseObject(std::string_view body) {
  if (body.empty()) return json::object();
  if (exceedsJsonDepth(body, kMaxJsonDepth)) return std::nullopt;
  auto parsed = json::parse(body, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
  return parsed;
}

// The member when it is a string; nullopt when it is absent or of another type.
std::optional<std::string> stringMember(const json& body, const char* name) {
  const auto member = body.find(name);
  if (member == body.end() || !member->is_string()) return std::nullopt;
  return member->get<std::string>();
}

// A whole number member: nullopt when absent; `bad` set when present but not an integer.
std::optional<long long> integerMember(const json& body, const char* name, bool& bad) {
  const auto member = body.find(name);
  if (member == body.end()) return std::nullopt;
  if (!member->is_number_integer()) {
    bad = true;
    return std::nullopt;
  }
  return member->get<long long>();
}

// `bufferingHints` {intervalInSeconds, sizeInMBs}: a `firehose` subscription's, as Firehose reads
// HttpEndpointBufferingHints.
std::optional<std::string> readHints(const json& body, delivery::Subscription& subscription) {
  const auto hints = body.find("bufferingHints");
  if (hints == body.end()) return std::nullopt;
  if (subscription.format != delivery::format::kFirehose) {
    return "bufferingHints is for format firehose only.";
  }
  bool bad = !hints->is_object();
  const auto interval = bad ? std::nullopt : integerMember(*hints, "intervalInSeconds", bad);
  const auto size = bad ? std::nullopt : integerMember(*hints, "sizeInMBs", bad);
  if (bad || hints->size() != static_cast<std::size_t>(interval.has_value() + size.has_value())) {
    return "bufferingHints must be {\"intervalInSeconds\": 0-900, \"sizeInMBs\": 1-64}.";
  }
  auto reading = delivery::readBufferingHints(interval, size);
  if (!reading.hints) return reading.error;
  subscription.buffering = *reading.hints;
  return std::nullopt;
}

// accountId and region name the account explicitly; both or neither, as strings.
std::optional<std::string> readScope(const json& body, inbound::InboundMessage& message) {
  if (!body.contains("accountId") && !body.contains("region")) return std::nullopt;
  auto accountId = stringMember(body, "accountId");
  auto region = stringMember(body, "region");
  if (!accountId || !region) return "accountId and region go together, as strings.";
  message.scope = state::AccountScope{std::move(*accountId), std::move(*region)};
  return std::nullopt;
}

}  // namespace

RequestReading<inbound::InboundMessage> readInboundRequest(std::string_view body) {
  const auto object = parseObject(body);
  if (!object) return invalid<inbound::InboundMessage>(kNotAnObject);
  inbound::InboundMessage message;
  for (auto [field, target] : {std::pair{"originationNumber", &message.originationNumber},
                               std::pair{"destinationNumber", &message.destinationNumber}}) {
    const auto number = stringMember(*object, field);
    if (!number || !isE164(*number)) {
      return invalid<inbound::InboundMessage>(
          std::string(field) + " must be an E.164 phone number such as +14155550100.");
    }
    *target = *number;
  }
  const auto text = stringMember(*object, "messageBody");
  if (!text || text->empty() || utf8CodePoints(*text) > kMaxMessageBodyCharacters) {
    return invalid<inbound::InboundMessage>(
        "messageBody must be a string of 1 to 1600 characters.");
  }
  message.messageBody = *text;
  if (auto error = readScope(*object, message)) return invalid<inbound::InboundMessage>(*error);
  return {std::move(message), ""};
}

RequestReading<delivery::Subscription> readSubscriptionRequest(std::string_view body) {
  const auto object = parseObject(body);
  if (!object) return invalid<delivery::Subscription>(kNotAnObject);
  const auto channelArn = stringMember(*object, "channelArn");
  if (!channelArn || channelArn->empty()) {
    return invalid<delivery::Subscription>(
        "channelArn must be the two-way channel's ARN, as a string.");
  }
  const auto endpoint = stringMember(*object, "endpoint");
  if (!endpoint) {
    return invalid<delivery::Subscription>("endpoint must be an http:// or https:// URL string.");
  }
  const auto format = stringMember(*object, "format");
  if (object->contains("format") && (!format || !delivery::isKnownFormat(*format))) {
    return invalid<delivery::Subscription>(
        "format must be sns-http, lambda-sns, raw, firehose or eventbridge.");
  }
  delivery::Subscription subscription;
  subscription.channelArn = *channelArn;
  subscription.endpoint = *endpoint;
  subscription.format = format.value_or(delivery::format::kSnsHttp);
  if (auto problem = readHints(*object, subscription)) {
    return invalid<delivery::Subscription>(std::move(*problem));
  }
  subscription.target = delivery::parseEndpointUrl(*endpoint);
  if (!subscription.target.url) return invalid<delivery::Subscription>(subscription.target.error);
  return {std::move(subscription), ""};
}

}  // namespace smsim::control
