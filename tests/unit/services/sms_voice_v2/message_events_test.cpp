// Event records in AWS's documented format, the outcomes that decide which records a message
// produces (success, AWS's destination simulator numbers, scripts, TimeToLive) and the event
// types an event destination's MatchingEventTypes select.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html
#include "services/sms_voice_v2/message_events.hpp"

#include <gtest/gtest.h>

#include "services/sms_voice_v2/destination_country.hpp"
#include "services/sms_voice_v2/message_prices.hpp"
#include "services/sms_voice_v2/simulator_numbers.hpp"

namespace smsim::sms_voice_v2 {
namespace {

// The documented SMS example's message: sent 1686975103.170, reported 300 ms later.
state::OutboxMessage documentedMessage() {
  state::OutboxMessage message;
  message.messageId = "862a8790-60c0-4430-9b2b-658bdexample";
  message.originationNumber = "+12065550152";
  message.destinationNumber = "+14255550156";
  message.messageBody = "Hello";
  message.messageType = "PROMOTIONAL";
  message.context = {{"account", "bar"}};
  message.timestamp = 1686975103.170;
  return message;
}

std::vector<std::string> typesOf(const std::vector<PlannedEvent>& events) {
  std::vector<std::string> types;
  for (const auto& event : events) types.push_back(event.eventType);
  return types;
}

TEST(MessageEventRecord, HasEveryFieldOfTheDocumentedSmsExample) {
  const MessageCost cost{"GSM", 1, 0.09582, 0.0};
  const auto record = buildEventRecord(documentedMessage(), {"TEXT_SUCCESSFUL", 0.3, true}, cost);
  EXPECT_EQ(record["eventType"], "TEXT_SUCCESSFUL");
  EXPECT_EQ(record["eventVersion"], "1.0");
  EXPECT_EQ(record["eventTimestamp"], 1686975103470);
  EXPECT_EQ(record["isFinal"], true);
  EXPECT_EQ(record["originationPhoneNumber"], "+12065550152");
  EXPECT_EQ(record["destinationPhoneNumber"], "+14255550156");
  EXPECT_EQ(record["isoCountryCode"], "US");
  EXPECT_EQ(record["isInternationalSend"], false);
  EXPECT_EQ(record["mcc"], "310");
  EXPECT_EQ(record["messageId"], "862a8790-60c0-4430-9b2b-658bdexample");
  EXPECT_EQ(record["messageRequestTimestamp"], 1686975103170);
  EXPECT_EQ(record["messageEncoding"], "GSM");
  EXPECT_EQ(record["messageType"], "PROMOTIONAL");
  EXPECT_EQ(record["messageStatus"], "SUCCESSFUL");
  EXPECT_EQ(record["messageStatusDescription"], "Message has been accepted by phone carrier");
  EXPECT_EQ(record["context"], nlohmann::ordered_json({{"account", "bar"}}));
  EXPECT_EQ(record["totalMessageParts"], 1);
  EXPECT_EQ(record["totalMessagePrice"], 0.09582);
  EXPECT_EQ(record["totalCarrierFee"], 0.0);
  // The documented order, and nothing the example lacks except isoCountryCode (described there).
  std::vector<std::string> keys;
  for (const auto& [key, value] : record.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{
                      "eventType", "eventVersion", "eventTimestamp", "isFinal",
                      "originationPhoneNumber", "destinationPhoneNumber", "isoCountryCode",
                      "isInternationalSend", "mcc", "messageId", "messageRequestTimestamp",
                      "messageEncoding", "messageType", "messageStatus", "messageStatusDescription",
                      "context", "totalMessageParts", "totalMessagePrice", "totalCarrierFee"}));
}

TEST(MessageEventRecord, SaysWhenASendCrossesABorderAndLeavesOutWhatAMessageLacks) {
  auto message = documentedMessage();
  message.destinationNumber = "+447860019066";
  message.context.clear();
  message.origin = "SendVoiceMessage";
  const auto record = buildEventRecord(message, {"VOICE_COMPLETED", 0, true}, {});
  EXPECT_EQ(record["isoCountryCode"], "GB");
  EXPECT_EQ(record["mcc"], "234");
  EXPECT_EQ(record["isInternationalSend"], true);
  EXPECT_EQ(record["messageStatus"], "COMPLETED");
  EXPECT_FALSE(record.contains("context"));
  EXPECT_FALSE(record.contains("messageEncoding"));
  EXPECT_EQ(channelOfMessage(message), MessageChannel::Voice);
}

TEST(MessageEventRecord, CountsPartsAndPricesByTheSharedRulesAndTable) {
  auto message = documentedMessage();
  message.messageBody = std::string(161, 'a');  // one GSM character past a single part
  const auto gsm = costOfMessage(message);
  EXPECT_EQ(gsm.encoding, "GSM");
  EXPECT_EQ(gsm.parts, 2);
  EXPECT_DOUBLE_EQ(gsm.price, textMessagePrice("US", 2).price);
  EXPECT_DOUBLE_EQ(gsm.carrierFee, textMessagePrice("US", 2).carrierFee);
  message.messageBody = "Ol\u00e1 \u4f60\u597d";
  message.destinationNumber = "+447860019066";
  const auto unicode = costOfMessage(message);
  EXPECT_EQ(unicode.encoding, "Unicode");
  EXPECT_EQ(unicode.parts, 1);
  EXPECT_DOUBLE_EQ(unicode.price, textMessagePrice("GB", 1).price);
  message.origin = "SendMediaMessage";
  EXPECT_TRUE(costOfMessage(message).encoding.empty());
  EXPECT_DOUBLE_EQ(costOfMessage(message).price, mediaMessagePrice("GB").price);
  const auto record =
      buildEventRecord(message, {"MEDIA_SUCCESSFUL", 0, true}, costOfMessage(message));
  EXPECT_FALSE(record.contains("messageEncoding"));
  EXPECT_EQ(record["messageStatus"], "SUCCESSFUL");
}

TEST(MessageOutcomes, AnOrdinaryDestinationGetsTheSuccessSequence) {
  const auto text = planDeliveryEvents(MessageChannel::Text, "+14255550156", std::nullopt, {});
  EXPECT_EQ(typesOf(text), (std::vector<std::string>{"TEXT_QUEUED", "TEXT_SUCCESSFUL"}));
  EXPECT_FALSE(text[0].isFinal);
  EXPECT_TRUE(text[1].isFinal);
  const auto voice = planDeliveryEvents(MessageChannel::Voice, "+14255550156", std::nullopt, {});
  EXPECT_EQ(typesOf(voice), (std::vector<std::string>{"VOICE_INITIATED", "VOICE_RINGING",
                                                      "VOICE_ANSWERED", "VOICE_COMPLETED"}));
}

TEST(MessageOutcomes, EveryCountrysSimulatorNumbersSucceedOrFailAsAwsTableSays) {
  ASSERT_EQ(kSimulatorDestinations.size(), 25u);
  for (const auto& row : kSimulatorDestinations) {
    const std::string success(row.success);
    const std::string failure(row.failure);
    EXPECT_EQ(planDeliveryEvents(MessageChannel::Text, success, std::nullopt, {}).back().eventType,
              "TEXT_SUCCESSFUL")
        << success;
    EXPECT_EQ(planDeliveryEvents(MessageChannel::Text, failure, std::nullopt, {}).back().eventType,
              "TEXT_CARRIER_UNREACHABLE")
        << failure;
    EXPECT_EQ(planDeliveryEvents(MessageChannel::Media, failure, std::nullopt, {}).back().eventType,
              "MEDIA_CARRIER_UNREACHABLE")
        << failure;
    EXPECT_EQ(destinationCountryOf(success).isoCountryCode, row.isoCountryCode);
    EXPECT_EQ(destinationCountryOf(failure).isoCountryCode, row.isoCountryCode);
  }
  EXPECT_EQ(destinationCountryOf("+447937404990").isoCountryCode, "JE");
  EXPECT_EQ(destinationCountryOf("+447700900123").isoCountryCode, "GB");
  EXPECT_EQ(destinationCountryOf("+16045550100").isoCountryCode, "CA");
  EXPECT_EQ(destinationCountryOf("+16045550100").mcc, "302");
}

TEST(MessageOutcomes, AScriptSetsTypesTimesAndFinality) {
  state::ScriptedOutcome script{"+1206555*",
                                {{"TEXT_BLOCKED", 600, std::nullopt},
                                 {"TEXT_PENDING", 60, std::nullopt},
                                 {"TEXT_QUEUED", 0, std::nullopt},
                                 {"TEXT_UNKNOWN", 30, false},
                                 {"VOICE_BUSY", 5, std::nullopt}},
                                {},
                                {}};
  ASSERT_TRUE(script.matches("+12065550100", "123456789012", "us-east-1"));
  ASSERT_FALSE(script.matches("+14255550100", "123456789012", "us-east-1"));
  const auto events = planDeliveryEvents(MessageChannel::Text, "+12065550100", script, {});
  EXPECT_EQ(typesOf(events), (std::vector<std::string>{"TEXT_QUEUED", "TEXT_UNKNOWN",
                                                       "TEXT_PENDING", "TEXT_BLOCKED"}));
  EXPECT_EQ(events[1].afterSeconds, 30);
  EXPECT_FALSE(events[1].isFinal);  // the script's isFinal wins over the type's
  EXPECT_FALSE(events[2].isFinal);
  EXPECT_TRUE(events[3].isFinal);
  // A script of other channels leaves a media message its default.
  const auto media = planDeliveryEvents(
      MessageChannel::Media, "+12065550100",
      state::ScriptedOutcome{"+1206555*", {{"VOICE_BUSY", 5, std::nullopt}}, {}, {}}, {});
  EXPECT_EQ(media.back().eventType, "MEDIA_SUCCESSFUL");
  const auto voice = planDeliveryEvents(MessageChannel::Voice, "+12065550100", script, {});
  EXPECT_EQ(typesOf(voice), std::vector<std::string>{"VOICE_BUSY"});
}

TEST(MessageOutcomes, ATimeToLiveThatPassesBeforeTheFinalEventExpiresTheMessage) {
  const state::ScriptedOutcome slow{"+14255550100",
                                    {{"TEXT_QUEUED", 0, std::nullopt},
                                     {"TEXT_PENDING", 30, std::nullopt},
                                     {"TEXT_DELIVERED", 3600, std::nullopt}},
                                    {},
                                    {}};
  const auto expired = planDeliveryEvents(MessageChannel::Text, "+14255550100", slow, 120);
  EXPECT_EQ(typesOf(expired),
            (std::vector<std::string>{"TEXT_QUEUED", "TEXT_PENDING", "TEXT_TTL_EXPIRED"}));
  EXPECT_EQ(expired.back().afterSeconds, 120);
  EXPECT_TRUE(expired.back().isFinal);
  // Delivered within the TTL: nothing changes.
  EXPECT_EQ(planDeliveryEvents(MessageChannel::Text, "+14255550100", slow, 7200).back().eventType,
            "TEXT_DELIVERED");
  // The default sequence happens at once, so any TTL is met.
  EXPECT_EQ(
      planDeliveryEvents(MessageChannel::Text, "+14255550101", std::nullopt, 5).back().eventType,
      "TEXT_SUCCESSFUL");
  const state::ScriptedOutcome slowCall{
      "+14255550100", {{"VOICE_RINGING", 100, std::nullopt}}, {}, {}};
  EXPECT_EQ(
      planDeliveryEvents(MessageChannel::Voice, "+14255550100", slowCall, 60).back().eventType,
      "VOICE_TTL_EXPIRED");
}

// https://docs.aws.amazon.com/sms-voice/latest/userguide/configuration-sets-event-format.html:
// "After 72 hours, if AWS End User Messaging SMS has not received a final event from a carrier,
// the service will automatically return an UNKNOWN messageStatus".
TEST(MessageOutcomes, NoFinalEventWithin72HoursEndsUnknown) {
  const state::ScriptedOutcome silent{"+14255550100",
                                      {{"TEXT_QUEUED", 0, std::nullopt},
                                       {"TEXT_PENDING", 60, std::nullopt},
                                       {"MEDIA_PENDING", 60, std::nullopt},
                                       {"VOICE_RINGING", 60, std::nullopt}},
                                      {},
                                      {}};
  const auto text = planDeliveryEvents(MessageChannel::Text, "+14255550100", silent, {});
  EXPECT_EQ(typesOf(text),
            (std::vector<std::string>{"TEXT_QUEUED", "TEXT_PENDING", "TEXT_UNKNOWN"}));
  EXPECT_EQ(text.back().afterSeconds, 72 * 3600);
  EXPECT_TRUE(text.back().isFinal);
  EXPECT_EQ(messageStatusOf(text.back().eventType), "UNKNOWN");
  const auto media = planDeliveryEvents(MessageChannel::Media, "+14255550100", silent, {});
  EXPECT_EQ(typesOf(media), (std::vector<std::string>{"MEDIA_PENDING", "MEDIA_UNKNOWN"}));
  // AWS has no VOICE_UNKNOWN: a call is left as scripted.
  EXPECT_EQ(typesOf(planDeliveryEvents(MessageChannel::Voice, "+14255550100", silent, {})),
            std::vector<std::string>{"VOICE_RINGING"});
  // A final event the script marks not final doesn't end the message either.
  const state::ScriptedOutcome notFinal{"+14255550100", {{"TEXT_DELIVERED", 10, false}}, {}, {}};
  EXPECT_EQ(planDeliveryEvents(MessageChannel::Text, "+14255550100", notFinal, {}).back().eventType,
            "TEXT_UNKNOWN");
  // A TimeToLive shorter than 72 hours comes first.
  EXPECT_EQ(typesOf(planDeliveryEvents(MessageChannel::Text, "+14255550100", silent, 3600)),
            (std::vector<std::string>{"TEXT_QUEUED", "TEXT_PENDING", "TEXT_TTL_EXPIRED"}));
}

TEST(MessageOutcomes, ADestinationIsANumberOrAPrefix) {
  EXPECT_TRUE(isOutcomeDestination("+14255550100"));
  EXPECT_TRUE(isOutcomeDestination("+1425*"));
  EXPECT_TRUE(isOutcomeDestination("+*"));
  EXPECT_FALSE(isOutcomeDestination("14255550100"));
  EXPECT_FALSE(isOutcomeDestination("+1425x*"));
  EXPECT_FALSE(isOutcomeDestination("*"));
  EXPECT_FALSE(isOutcomeDestination("+1425**"));
  EXPECT_FALSE(isOutcomeDestination("+" + std::string(25, '1') + "*"));
}

TEST(MatchingEventTypes, SelectByTypeChannelAggregateOrAll) {
  EXPECT_TRUE(matchesEventTypes({"ALL"}, "VOICE_COMPLETED"));
  EXPECT_TRUE(matchesEventTypes({"TEXT_ALL"}, "TEXT_BLOCKED"));
  EXPECT_FALSE(matchesEventTypes({"TEXT_ALL"}, "MEDIA_BLOCKED"));
  EXPECT_TRUE(matchesEventTypes({"MEDIA_ALL"}, "MEDIA_SUCCESSFUL"));
  EXPECT_TRUE(matchesEventTypes({"TEXT_QUEUED", "TEXT_DELIVERED"}, "TEXT_DELIVERED"));
  EXPECT_FALSE(matchesEventTypes({"TEXT_QUEUED", "TEXT_DELIVERED"}, "TEXT_SUCCESSFUL"));
  EXPECT_FALSE(matchesEventTypes({}, "TEXT_SUCCESSFUL"));
  EXPECT_EQ(findEventType("TEXT_ALL"), nullptr);
  EXPECT_EQ(findEventType("TEXT_SENT"), nullptr);
  EXPECT_EQ(findEventType("RCS_READ"), nullptr);
  EXPECT_NE(findEventType("MEDIA_FILE_SIZE_EXCEEDED"), nullptr);
}

TEST(MessageEventStore, ReleasesEventsWhenDueAndBoundsWhatWaits) {
  state::MessageEvents events;
  const auto at = [](double due, std::string type) {
    state::MessageEvent event;
    event.dueEpochSeconds = due;
    event.eventType = std::move(type);
    return event;
  };
  ASSERT_TRUE(events.schedule({at(20, "TEXT_DELIVERED"), at(10, "TEXT_QUEUED")}));
  EXPECT_TRUE(events.takeDue(5).empty());
  const auto due = events.takeDue(20);
  ASSERT_EQ(due.size(), 2u);
  EXPECT_EQ(due[0].eventType, "TEXT_QUEUED");
  EXPECT_EQ(events.pending(), 0u);
  std::vector<state::MessageEvent> many(state::MessageEvents::kPendingCapacity,
                                        at(1, "TEXT_QUEUED"));
  ASSERT_TRUE(events.schedule(std::move(many)));
  EXPECT_FALSE(events.schedule({at(1, "TEXT_QUEUED")}));
  EXPECT_EQ(events.refused(), 1u);
}

TEST(MessageEventStore, TheNewestMatchingOutcomeWinsWithinItsAccountAndRegion) {
  state::MessageEvents events;
  const auto outcomeFor = [&](const std::string& destination, const std::string& account,
                              const std::string& region = "us-east-1") {
    const auto outcome = events.outcomeFor(destination, account, region);
    return outcome ? outcome->events[0].eventType : std::string("none");
  };
  EXPECT_TRUE(events.addOutcome({"+1425*", {{"TEXT_BLOCKED", 0, std::nullopt}}, {}, {}}));
  EXPECT_TRUE(events.addOutcome({"+14255550100", {{"TEXT_SPAM", 0, std::nullopt}}, {}, {}}));
  EXPECT_TRUE(events.addOutcome(
      {"+14255550100", {{"TEXT_UNREACHABLE", 0, std::nullopt}}, "111111111111", "eu-west-1"}));
  EXPECT_EQ(outcomeFor("+14255550100", "123456789012"), "TEXT_SPAM");
  EXPECT_EQ(outcomeFor("+14255550199", "123456789012"), "TEXT_BLOCKED");
  EXPECT_EQ(outcomeFor("+12065550100", "123456789012"), "none");
  // Scoped to one account and Region: only its sends; others still get the unscoped outcome.
  EXPECT_EQ(outcomeFor("+14255550100", "111111111111", "eu-west-1"), "TEXT_UNREACHABLE");
  EXPECT_EQ(outcomeFor("+14255550100", "111111111111"), "TEXT_SPAM");
  // Removed, the scoped outcome leaves that account's sends to the unscoped ones.
  EXPECT_TRUE(events.removeOutcome({"+14255550100", {}, "111111111111", "eu-west-1"}));
  EXPECT_FALSE(events.removeOutcome({"+14255550100", {}, "111111111111", "eu-west-1"}));
  EXPECT_EQ(outcomeFor("+14255550100", "111111111111", "eu-west-1"), "TEXT_SPAM");
  // The same destination, account and Region replaces, and as the newest it wins over the
  // exact number's older outcome; the list stays bounded.
  EXPECT_TRUE(events.addOutcome({"+1425*", {{"TEXT_CARRIER_BLOCKED", 0, std::nullopt}}, {}, {}}));
  EXPECT_EQ(events.outcomes().size(), 2u);
  EXPECT_EQ(outcomeFor("+14255550100", "123456789012"), "TEXT_CARRIER_BLOCKED");
  events.clearOutcomes();
  for (std::size_t i = 0; i < state::MessageEvents::kOutcomeCapacity; ++i) {
    ASSERT_TRUE(events.addOutcome(
        {"+1206555" + std::to_string(1000 + i), {{"TEXT_SPAM", 0, std::nullopt}}, {}, {}}));
  }
  EXPECT_FALSE(events.addOutcome({"+14255550100", {{"TEXT_SPAM", 0, std::nullopt}}, {}, {}}));
  EXPECT_TRUE(events.addOutcome({"+12065551000", {{"TEXT_BLOCKED", 0, std::nullopt}}, {}, {}}));
  EXPECT_EQ(events.outcomes().size(), state::MessageEvents::kOutcomeCapacity);
}

}  // namespace
}  // namespace smsim::sms_voice_v2
