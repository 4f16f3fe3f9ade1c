// Control calls that must not mislead an assertion: body-less POSTs do what they say, a phone
// number in a query string may be written with a literal `+`, an unknown query parameter or a
// filter value that could never match is a 400 naming what is valid, and the journal filters
// and pages by sequence.
#include <chrono>
#include <string>

#include "raw_connection.hpp"
#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr std::chrono::seconds kDeadline{10};
constexpr const char* kDeliveredDestination = "+14254147755";  // AWS's simulator destination

class ControlQueryTest : public RunningServer {
 protected:
  // One request as curl sends it (no Content-Length for a body-less POST, a literal `+`), read
  // until the server closes: status line, headers, body.
  std::string raw(const std::string& method, const std::string& target) {
    RawConnection connection(server_.port());
    connection.send(method + " " + target +
                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    EXPECT_TRUE(connection.closedWithin(kDeadline)) << method << " " << target;
    return connection.received();
  }

  std::string message(const std::string& path) {
    const auto [status, body] = control("GET", path);
    EXPECT_EQ(status, kStatusBadRequest) << path << ": " << body.dump();
    EXPECT_EQ(body.value("error", ""), "InvalidRequest") << path;
    return body.value("message", "");
  }
};

TEST_F(ControlQueryTest, BodylessPostsDoWhatTheySay) {
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}});
  const auto reset = raw("POST", "/_smsim/reset");
  EXPECT_TRUE(reset.starts_with("HTTP/1.1 200")) << reset;
  EXPECT_NE(reset.find(R"({"reset":true})"), std::string::npos) << reset;
  EXPECT_TRUE(
      ok("DescribeOptedOutNumbers", {{"OptOutListName", "Default"}})["OptedOutNumbers"].empty());

  const auto verify = raw("POST", "/_smsim/verify");
  EXPECT_TRUE(verify.starts_with("HTTP/1.1 200")) << verify;
  EXPECT_NE(verify.find(R"("passed":true)"), std::string::npos) << verify;
}

TEST_F(ControlQueryTest, APhoneNumberQueryTakesALiteralPlus) {
  const auto number = ok("RequestPhoneNumber", {{"IsoCountryCode", "US"},
                                                {"MessageType", "TRANSACTIONAL"},
                                                {"NumberCapabilities", {"SMS"}},
                                                {"NumberType", "SIMULATOR"}});
  const auto sent = ok("SendTextMessage", {{"DestinationPhoneNumber", kDeliveredDestination},
                                           {"OriginationIdentity", number["PhoneNumber"]},
                                           {"MessageBody", "hello"}});
  const std::string id = sent["MessageId"];
  for (const auto* query : {"destination=+14254147755", "destination=%2B14254147755"}) {
    const auto answer = raw("GET", std::string("/_smsim/messages?") + query);
    EXPECT_NE(answer.find(id), std::string::npos) << query << "\n" << answer;
  }
  const auto byOrigin =
      raw("GET", "/_smsim/messages?origination=" + number["PhoneNumber"].get<std::string>());
  EXPECT_NE(byOrigin.find(id), std::string::npos) << byOrigin;
  EXPECT_EQ(raw("GET", "/_smsim/messages?destination=+14254147167").find(id), std::string::npos);
}

TEST_F(ControlQueryTest, UnknownParametersAndImpossibleFiltersAreRefused) {
  EXPECT_EQ(message("/_smsim/requests?statuz=400"),
            "Unknown query parameter 'statuz' for GET /_smsim/requests; it takes api, operation, "
            "status, errorType, rule, account, region, since, limit.");
  EXPECT_EQ(message("/_smsim/messages?destinaton=%2B14155550100"),
            "Unknown query parameter 'destinaton' for GET /_smsim/messages; it takes destination, "
            "origination, account, since.");
  EXPECT_EQ(message("/_smsim/health?verbose=1"),
            "Unknown query parameter 'verbose' for GET /_smsim/health; it takes none.");
  EXPECT_EQ(message("/_smsim/requests?api=sms"), "api must be one of aws, control, convoso, sns.");
  EXPECT_EQ(message("/_smsim/requests?status=abc"),
            "status must be an HTTP status from 100 to 599.");
  const auto [status, body] = control("POST", "/_smsim/verify?format=xml");
  EXPECT_EQ(status, kStatusBadRequest);
  EXPECT_EQ(body["message"], "format must be json or junit.");
}

TEST_F(ControlQueryTest, TheJournalFiltersByStatusAndErrorAndPages) {
  ok("PutOptedOutNumber", {{"OptOutListName", "Default"}, {"OptedOutNumber", "+14155550100"}});
  fails("PutOptedOutNumber", {{"OptOutListName", "nope"}, {"OptedOutNumber", "+14155550100"}},
        "ResourceNotFoundException");
  ok("DescribeOptOutLists", json::object());

  // AWS answers ResourceNotFoundException with 400, as every awsJson client error.
  const auto notFound = control("GET", "/_smsim/requests?status=400").second["requests"];
  ASSERT_EQ(notFound.size(), 1u) << notFound.dump();
  EXPECT_EQ(notFound[0]["errorType"], "ResourceNotFoundException");
  EXPECT_EQ(control("GET", "/_smsim/requests?errorType=ResourceNotFoundException")
                .second["requests"]
                .size(),
            1u);
  EXPECT_TRUE(control("GET", "/_smsim/requests?status=500").second["requests"].empty());
  EXPECT_EQ(control("GET", "/_smsim/requests?account=123456789012&region=us-east-1")
                .second["requests"]
                .size(),
            3u);

  const auto first = control("GET", "/_smsim/requests?limit=2").second;
  ASSERT_EQ(first["requests"].size(), 2u);
  ASSERT_TRUE(first.contains("next")) << first.dump();
  const auto rest = control("GET", "/_smsim/requests?limit=2&since=" + first["next"].dump()).second;
  ASSERT_EQ(rest["requests"].size(), 1u) << rest.dump();
  EXPECT_EQ(rest["requests"][0]["operation"], "DescribeOptOutLists");
  EXPECT_FALSE(rest.contains("next"));
}

}  // namespace
}  // namespace smsim::integration
