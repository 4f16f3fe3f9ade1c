// Opt-out and resubscribe words per number type, as AWS's keywords guide says
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html): every default
// opt-out word opts out of a long code, only STOP out of a US toll-free number, and START or
// UNSTOP resubscribe only once configured as OPT_IN keywords; the default STOP reply names no
// word that would do nothing.
#include "inbound_fixture.hpp"

namespace smsim::testing_support {
namespace {

constexpr const char* kOtherHandset = "+14155550111";

class ResubscribeKeywordsTest : public InboundDeliveryTest {
 protected:
  bool optedOut(const std::string& handset) {
    const auto listed =
        aws("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"];
    return std::any_of(listed.begin(), listed.end(),
                       [&](const json& entry) { return entry["OptedOutNumber"] == handset; });
  }
};

TEST_F(ResubscribeKeywordsTest, StartResubscribesOnlyOnceConfigured) {
  const auto stop = inject("STOP");
  EXPECT_EQ(stop["action"], "OPT_OUT");
  const auto replies = control("GET", "/_smsim/messages?destination=%2B14155550100").second;
  ASSERT_EQ(replies["messages"].size(), 1u) << replies.dump();
  const auto reply = replies["messages"][0]["messageBody"].get<std::string>();
  EXPECT_EQ(reply.find("START"), std::string::npos) << reply;
  ASSERT_TRUE(optedOut(kHandset));

  const auto unconfigured = inject("START");
  EXPECT_TRUE(unconfigured["keyword"].is_null()) << unconfigured.dump();
  EXPECT_TRUE(optedOut(kHandset));

  aws("PutKeyword", {{"OriginationIdentity", number_["PhoneNumberId"]},
                     {"Keyword", "START"},
                     {"KeywordMessage", "Welcome back. Reply STOP to unsubscribe."},
                     {"KeywordAction", "OPT_IN"}});
  const auto start = inject("start");
  EXPECT_EQ(start["action"], "OPT_IN");
  EXPECT_TRUE(start["listChanged"]);
  EXPECT_FALSE(optedOut(kHandset));
}

TEST_F(ResubscribeKeywordsTest, AUsTollFreeNumberOptsOutOnStopOnly) {
  const auto tollFree = aws("RequestPhoneNumber", {{"IsoCountryCode", "US"},
                                                   {"MessageType", "TRANSACTIONAL"},
                                                   {"NumberCapabilities", {"SMS"}},
                                                   {"NumberType", "TOLL_FREE"}});
  const auto send = [&](const std::string& handset, const std::string& body) {
    auto [status, outcome] = control("POST", "/_smsim/inbound",
                                     {{"originationNumber", handset},
                                      {"destinationNumber", tollFree["PhoneNumber"]},
                                      {"messageBody", body}});
    EXPECT_EQ(status, 200) << outcome.dump();
    return outcome;
  };
  EXPECT_TRUE(send(kHandset, "CANCEL")["keyword"].is_null());
  EXPECT_FALSE(optedOut(kHandset));
  EXPECT_EQ(send(kHandset, "STOP")["action"], "OPT_OUT");
  EXPECT_TRUE(optedOut(kHandset));

  // The long code keeps every default word.
  EXPECT_EQ(inject("CANCEL", kOtherHandset)["action"], "OPT_OUT");
  EXPECT_TRUE(optedOut(kOtherHandset));
}

}  // namespace
}  // namespace smsim::testing_support
