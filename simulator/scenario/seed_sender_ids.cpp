// The `senderIds` of a `seed.aws` scope: sender IDs the account has, each checked as
// RequestSenderId checks its input. A seed may also hold a `registered` sender ID, which the API
// only gets through a registration (AU, IN, SG...), so a scenario can send from one.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/sender-id.html
#include <set>

#include "common/aws_names.hpp"
#include "scenario/seed_aws.hpp"
#include "services/sms_voice_v2/sender_ids.hpp"
#include "services/sms_voice_v2/service_error.hpp"

namespace smsim::scenario {

namespace {

state::SenderId readSenderId(const YamlValue& value) {
  auto map = value.map();
  state::SenderId senderId;
  const auto name = map.require("senderId");
  senderId.senderId = name.string();
  const auto country = map.require("isoCountryCode");
  senderId.isoCountryCode = country.string();
  nlohmann::json input = {{"SenderId", senderId.senderId},
                          {"IsoCountryCode", senderId.isoCountryCode}};
  if (auto types = map.get("messageTypes")) {
    senderId.messageTypes = types->strings();
    input["MessageTypes"] = senderId.messageTypes;
  } else {
    senderId.messageTypes = {"TRANSACTIONAL", "PROMOTIONAL"};  // RequestSenderId's default
  }
  if (auto protection = map.get("deletionProtectionEnabled")) {
    senderId.deletionProtectionEnabled = protection->boolean();
  }
  if (auto registered = map.get("registered")) senderId.registered = registered->boolean();
  failOnModel(name, "RequestSenderId", input);
  map.rejectUnknownKeys();
  return senderId;
}

}  // namespace

void readSenderIdSeeds(YamlMap& scope, AwsScopeSeed& seed) {
  auto senderIds = scope.get("senderIds");
  if (!senderIds) return;
  std::set<std::string> keys;
  for (const auto& item : senderIds->items()) {
    auto senderId = readSenderId(item);
    if (!keys.insert(state::senderIdKey(senderId.senderId, senderId.isoCountryCode)).second) {
      item.fail(error_id::kInvalidValue,
                senderId.senderId + " is seeded twice for " + senderId.isoCountryCode);
    }
    seed.senderIds.push_back(std::move(senderId));
  }
  if (static_cast<std::int64_t>(seed.senderIds.size()) > sms_voice_v2::kMaxSenderIds) {
    senderIds->fail(
        error_id::kInvalidValue,
        "an account has at most " + std::to_string(sms_voice_v2::kMaxSenderIds) + " sender IDs");
  }
}

void applySenderIdSeeds(const AwsScopeSeed& seed, const state::AccountScope& scope,
                        state::AccountState& account, double now) {
  for (auto senderId : seed.senderIds) {
    const auto key = state::senderIdKey(senderId.senderId, senderId.isoCountryCode);
    senderId.arn = aws_names::smsVoiceArn(scope.region, scope.accountId, "sender-id", key);
    senderId.createdTimestamp = now;
    account.senderIds.insert_or_assign(key, std::move(senderId));
  }
}

}  // namespace smsim::scenario
