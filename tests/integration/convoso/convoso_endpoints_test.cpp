// Every Convoso endpoint over HTTP, in each of the three request forms: the exact JSON of each
// success shape and of each error code, the journal, reset, and insert_date from the clock.
#include <gtest/gtest.h>

#include "convoso_test_server.hpp"
#include "services/convoso/insert_date.hpp"

namespace smsim::convoso_test {
namespace {

using nlohmann::json;

ConvosoConfig accountConfig() {
  ConvosoConfig config;
  config.campaigns = {{111, "Sales Campaign", ""}, {222, "Reminders", "Purpose"}};
  config.allowedReasons = {"User Request", "Complaint", "STOP Reply"};
  config.allowedPurposes = {"Marketing", "Reminder"};
  return config;
}

Parameters withToken(Parameters parameters) {
  parameters.insert(parameters.begin(), {"auth_token", "abc123"});
  return parameters;
}

struct ErrorCase {
  Parameters parameters;
  int code;
  std::string text;
};

class ConvosoEndpointsTest : public testing::TestWithParam<RequestForm> {
 protected:
  HttpReply call(const std::string& operation, const Parameters& parameters) {
    return server_.call(GetParam(), operation, withToken(parameters));
  }
  void expectSuccess(const std::string& operation, const Parameters& parameters,
                     const json& expected) {
    const auto reply = call(operation, parameters);
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, expected) << operation;
  }
  void expectErrors(const std::string& operation, const std::vector<ErrorCase>& cases) {
    for (const auto& error : cases) {
      const auto reply = call(operation, error.parameters);
      EXPECT_EQ(reply.status, 200);
      EXPECT_EQ(reply.body, errorJson(error.code, error.text))
          << operation << " " << queryString(error.parameters);
    }
  }
  std::int64_t now() { return convoso::epochSeconds(server_.server().clock()); }

  ConvosoTestServer server_{accountConfig()};
};

const Parameters kNumber = {
    {"phone_number", "5551234567"}, {"phone_code", "1"}, {"campaign_id", "0"}};

Parameters plus(Parameters base, const Parameters& more) {
  for (const auto& [name, value] : more) {
    bool replaced = false;
    for (auto& entry : base) {
      if (entry.first == name) {
        entry.second = value;
        replaced = true;
      }
    }
    if (!replaced) base.emplace_back(name, value);
  }
  return base;
}

Parameters without(Parameters base, const std::string& name) {
  std::erase_if(base, [&name](const auto& entry) { return entry.first == name; });
  return base;
}

json entryJson(const std::string& id, const std::string& number, const std::string& code,
               const std::string& campaignId, const std::string& campaignName,
               const std::string& reason, const std::string& purpose,
               const std::string& insertDate) {
  return {{"id", id},
          {"phone_number", number},
          {"phone_code", code},
          {"campaign_id", campaignId},
          {"campaign_name", campaignName},
          {"reason", reason},
          {"purpose", purpose},
          {"insert_date", insertDate}};
}

TEST_P(ConvosoEndpointsTest, SmsOptOutInsert) {
  expectSuccess("sms-opt-out/insert", plus(kNumber, {{"reason", "User Request"}}),
                {{"success", true}});
  expectErrors(
      "sms-opt-out/insert",
      {
          {without(kNumber, "phone_code"), 6026, "Missing or Invalid Country Code"},
          {plus(kNumber, {{"phone_code", "+1"}}), 6026, "Missing or Invalid Country Code"},
          {without(kNumber, "phone_number"), 6007, "Invalid Phone Number"},
          {plus(kNumber, {{"phone_number", "555-123-4567"}}), 6007, "Invalid Phone Number"},
          {without(kNumber, "campaign_id"), 6006, "Invalid Campaign ID"},
          {plus(kNumber, {{"campaign_id", "999"}}), 6006, "Invalid Campaign ID"},
          {plus(kNumber, {{"reason", "Batch Import"}}), 6058, "Invalid Reason Provided"},
          {plus(kNumber, {{"purpose", "Survey"}}), 6057, "Invalid Purpose Provided"},
          {plus(kNumber, {{"campaign_id", "-1"}}), 6080,
           "The purpose field is mandatory for campaigns of type 'Purpose'"},
          {plus(kNumber, {{"campaign_id", "222"}, {"purpose", ""}}), 6080,
           "The purpose field is mandatory for campaigns of type 'Purpose'"},
          {kNumber, 6008, "The phone number already exists"},
      });
  expectSuccess("sms-opt-out/insert",
                plus(kNumber, {{"campaign_id", "222"}, {"purpose", "Reminder"}}),
                {{"success", true}});
}

TEST_P(ConvosoEndpointsTest, SmsOptOutUpdate) {
  expectSuccess("sms-opt-out/insert",
                plus(kNumber, {{"reason", "User Request"}, {"purpose", "Marketing"}}),
                {{"success", true}});
  expectSuccess("sms-opt-out/insert", plus(kNumber, {{"campaign_id", "111"}}), {{"success", true}});
  expectSuccess("sms-opt-out/update",
                {{"id", "1"}, {"reason", "Complaint"}, {"purpose", "-BLANK-"}},
                {{"success", true}, {"data", {{"id", "1"}}}});
  const auto entry = call("sms-opt-out/search", {{"id", "1"}}).body["data"]["entries"][0];
  EXPECT_EQ(entry["reason"], "Complaint");
  EXPECT_EQ(entry["purpose"], "");
  expectErrors(
      "sms-opt-out/update",
      {
          {{}, 6056, "Missing or Invalid value for ID"},
          {{{"id", "abc"}}, 6056, "Missing or Invalid value for ID"},
          {{{"id", "42"}}, 6056, "Missing or Invalid value for ID"},
          {{{"id", "1"}, {"phone_number", ""}}, 4001, "Missing required field: phone_number"},
          {{{"id", "1"}, {"campaign_id", ""}}, 4001, "Missing required field: campaign_id"},
          {{{"id", "1"}, {"phone_code", ""}}, 4001, "Missing required field: phone_code"},
          {{{"id", "1"}, {"phone_code", "one"}}, 4002, "phone_code must be numeric"},
          {{{"id", "1"}, {"campaign_id", "global"}}, 4002, "campaign_id must be numeric"},
          {{{"id", "1"}, {"phone_number", "(555) 123"}}, 4002, "phone_number must be numeric"},
          {{{"id", "1"}, {"phone_code", "0"}}, 6026, "Missing or Invalid Country Code"},
          {{{"id", "1"}, {"phone_number", "555"}}, 6008, "The phone number is invalid"},
          {{{"id", "1"}, {"campaign_id", "999"}}, 6004, "Unknown Campaign ID"},
          {{{"id", "1"}, {"reason", "Because"}}, 6058, "Invalid Reason Provided"},
          {{{"id", "1"}, {"purpose", "Survey"}}, 6057, "Invalid Purpose Provided"},
          {{{"id", "1"}, {"campaign_id", "222"}},
           6080,
           "The purpose field is mandatory for campaigns of type 'Purpose'"},
          {{{"id", "2"}, {"campaign_id", "0"}}, 6059, "This combination already exists"},
      });
}

TEST_P(ConvosoEndpointsTest, SmsOptOutSearch) {
  const auto before = now();
  expectSuccess("sms-opt-out/insert",
                plus(kNumber, {{"reason", "User Request"}, {"purpose", "Marketing"}}),
                {{"success", true}});
  expectSuccess("sms-opt-out/insert", plus(kNumber, {{"campaign_id", "111"}}), {{"success", true}});
  const auto after = now();
  const auto reply = call("sms-opt-out/search", {{"phone_number", "5551234567"}});
  const auto insertDate = reply.body["data"]["entries"][0]["insert_date"].get<std::string>();
  EXPECT_GE(insertDate, convoso::formatInsertDate(before));
  EXPECT_LE(insertDate, convoso::formatInsertDate(after));
  const auto secondDate = reply.body["data"]["entries"][1]["insert_date"].get<std::string>();
  EXPECT_EQ(reply.body, json({{"success", true},
                              {"data",
                               {{"offset", 0},
                                {"limit", 1000},
                                {"total", 2},
                                {"entries",
                                 {entryJson("1", "5551234567", "1", "0", "Global SMS Opt-Out",
                                            "User Request", "Marketing", insertDate),
                                  entryJson("2", "5551234567", "1", "111", "Sales Campaign", "", "",
                                            secondDate)}}}}}));
  const auto page = call("sms-opt-out/search", {{"reason", "-BLANK-"}, {"limit", "1"}}).body;
  EXPECT_EQ(page["data"]["total"], 1);
  EXPECT_EQ(page["data"]["limit"], 1);
  EXPECT_EQ(page["data"]["entries"][0]["id"], "2");
  EXPECT_EQ(
      call("sms-opt-out/search", {{"campaign_id", "111"}, {"offset", "1"}}).body,
      json({{"success", true},
            {"data", {{"offset", 1}, {"limit", 1000}, {"total", 1}, {"entries", json::array()}}}}));
  expectErrors("sms-opt-out/search",
               {
                   {{{"campaign_id", "999"}}, 6006, "Invalid Campaign ID"},
                   {{{"offset", "-5"}}, 7231, "Invalid offset value"},
                   {{{"offset", "100001"}}, 7231, "Invalid offset value"},
                   {{{"phone_code", "x"}}, 6026, "Missing or Invalid Country Code"},
                   {{{"purpose", "Survey"}}, 6057, "Invalid Purpose Provided"},
                   {{{"reason", "Because"}}, 6058, "Invalid Reason Provided"},
               });
}

TEST_P(ConvosoEndpointsTest, DncInsert) {
  expectSuccess("dnc/insert", kNumber, {{"success", true}, {"id", 1}});
  expectSuccess("dnc/insert", plus(kNumber, {{"campaign_id", "111"}}),
                {{"success", true}, {"id", 2}});
  expectErrors("dnc/insert",
               {
                   {plus(kNumber, {{"campaign_id", "x"}}), 6006, "Invalid Campaign ID"},
                   {plus(kNumber, {{"campaign_id", "999"}}), 6006, "Invalid Campaign ID"},
                   {plus(kNumber, {{"phone_number", "12"}}), 6007, "Invalid Phone Number"},
                   {without(kNumber, "phone_number"), 6007, "Invalid Phone Number"},
                   {plus(kNumber, {{"campaign_id", "-1"}, {"id", "abc"}}), 6056,
                    "Missing or Invalid value for ID"},
                   {plus(kNumber, {{"campaign_id", "-1"}, {"id", "0"}}), 6056,
                    "Missing or Invalid value for ID"},
                   {kNumber, 6008, "The phone number already exists"},
                   {plus(kNumber, {{"phone_code", ""}}), 6026, "Missing or Invalid Country Code"},
                   {plus(kNumber, {{"purpose", "Survey"}}), 6057, "Invalid Purpose Provided"},
                   {plus(kNumber, {{"reason", "Because"}}), 6058, "Invalid Reason Provided"},
               });
  // insert assigns the id; a well-formed one sent anyway is ignored.
  expectSuccess("dnc/insert", plus(kNumber, {{"campaign_id", "-1"}, {"id", "77"}}),
                {{"success", true}, {"id", 3}});
}

TEST_P(ConvosoEndpointsTest, DncUpdate) {
  expectSuccess("dnc/insert", kNumber, {{"success", true}, {"id", 1}});
  expectSuccess("dnc/insert", plus(kNumber, {{"campaign_id", "111"}}),
                {{"success", true}, {"id", 2}});
  expectSuccess("dnc/update", {{"id", "2"}, {"reason", "STOP Reply"}},
                {{"success", true}, {"id", 2}});
  expectErrors("dnc/update",
               {
                   {{{"id", "1"}, {"campaign_id", "999"}}, 6004, "Unknown Campaign ID"},
                   {{{"id", "1"}, {"phone_number", "abc"}}, 6008, "The phone number is invalid"},
                   {{{"id", "1"}, {"phone_code", "9999"}}, 6026, "Missing or Invalid Country Code"},
                   {{{"id", "0"}}, 6056, "Missing or Invalid value for ID"},
                   {{}, 6056, "Missing or Invalid value for ID"},
                   {{{"id", "99"}}, 6056, "Missing or Invalid value for ID"},
                   {{{"id", "1"}, {"purpose", "Survey"}}, 6057, "Invalid Purpose Provided"},
                   {{{"id", "1"}, {"reason", "Because"}}, 6058, "Invalid Reason Provided"},
                   {{{"id", "1"}, {"campaign_id", "111"}}, 6059, "This combination already exists"},
               });
}

TEST_P(ConvosoEndpointsTest, DncSearch) {
  expectSuccess("dnc/insert", plus(kNumber, {{"reason", "Complaint"}}),
                {{"success", true}, {"id", 1}});
  const auto reply = call("dnc/search", {{"campaign_id", "0"}});
  const auto insertDate = reply.body["data"]["entries"][0]["insert_date"].get<std::string>();
  EXPECT_EQ(reply.body, json({{"success", true},
                              {"data",
                               {{"offset", 0},
                                {"limit", 100},
                                {"total", 1},
                                {"entries",
                                 {entryJson("1", "5551234567", "1", "0", "Global DNC", "Complaint",
                                            "", insertDate)}}}}}));
  expectErrors("dnc/search", {{{{"campaign_id", "x"}}, 6006, "Invalid Campaign ID"},
                              {{{"offset", "x"}}, 7231, "Invalid offset value"},
                              {{{"phone_code", "0"}}, 6026, "Missing or Invalid Country Code"},
                              {{{"purpose", "Survey"}}, 6057, "Invalid Purpose Provided"},
                              {{{"reason", "Because"}}, 6058, "Invalid Reason Provided"}});
}

TEST_P(ConvosoEndpointsTest, DncDelete) {
  expectSuccess("dnc/insert", plus(kNumber, {{"campaign_id", "111"}}),
                {{"success", true}, {"id", 1}});
  expectErrors("dnc/delete", {
                                 {without(kNumber, "phone_code"), 6000, "Missing Phone Code"},
                                 {without(kNumber, "campaign_id"), 6001, "Missing Campaign ID"},
                                 {without(kNumber, "phone_number"), 6002, "Missing Phone Number"},
                                 {kNumber, 6003, "Phone Number Not Found"},
                             });
  expectSuccess("dnc/delete", plus(kNumber, {{"campaign_id", "111"}}), {{"success", true}});
  EXPECT_EQ(call("dnc/search", {}).body["data"]["total"], 0);
}

// Campaign 0 is the global list, -1 the purpose type (a purpose is mandatory on the SMS list,
// not on the DNC list), other ids only when configured; search shows each campaign's name.
TEST_P(ConvosoEndpointsTest, BuiltInAndConfiguredCampaigns) {
  expectSuccess("sms-opt-out/insert", kNumber, {{"success", true}});
  expectSuccess("sms-opt-out/insert",
                plus(kNumber, {{"campaign_id", "-1"}, {"purpose", "Marketing"}}),
                {{"success", true}});
  expectSuccess("sms-opt-out/insert", plus(kNumber, {{"campaign_id", "111"}}), {{"success", true}});
  expectSuccess("sms-opt-out/insert",
                plus(kNumber, {{"campaign_id", "222"}, {"purpose", "Reminder"}}),
                {{"success", true}});
  expectErrors("sms-opt-out/insert",
               {{plus(kNumber, {{"campaign_id", "333"}}), 6006, "Invalid Campaign ID"},
                {plus(kNumber, {{"campaign_id", "-2"}}), 6006, "Invalid Campaign ID"}});
  const std::vector<std::pair<std::string, std::string>> campaigns = {{"0", "Global SMS Opt-Out"},
                                                                      {"-1", "Purpose Type"},
                                                                      {"111", "Sales Campaign"},
                                                                      {"222", "Reminders"}};
  for (std::size_t i = 0; i < campaigns.size(); ++i) {
    const auto& [id, name] = campaigns[i];
    const auto reply = call("sms-opt-out/search", {{"campaign_id", id}});
    const auto& entries = reply.body["data"]["entries"];
    ASSERT_EQ(entries.size(), 1u) << id;
    EXPECT_EQ(reply.body["data"]["total"], 1);
    EXPECT_EQ(entries[0]["id"], std::to_string(i + 1));
    EXPECT_EQ(entries[0]["campaign_id"], id);
    EXPECT_EQ(entries[0]["campaign_name"], name);
  }
  expectErrors("sms-opt-out/search", {{{{"campaign_id", "333"}}, 6006, "Invalid Campaign ID"}});

  expectSuccess("dnc/insert", plus(kNumber, {{"campaign_id", "-1"}}),
                {{"success", true}, {"id", 1}});
  expectSuccess("dnc/insert", plus(kNumber, {{"campaign_id", "222"}}),
                {{"success", true}, {"id", 2}});
  EXPECT_EQ(call("dnc/search", {{"campaign_id", "-1"}}).body["data"]["entries"][0]["campaign_name"],
            "Purpose Type");
  expectErrors("dnc/insert",
               {{plus(kNumber, {{"campaign_id", "333"}}), 6006, "Invalid Campaign ID"}});
}

// `-BLANK-` clears a reason or purpose on update; on search `-BLANK-` / `-NOTBLANK-` select
// entries whose field is empty / set, on both lists.
TEST_P(ConvosoEndpointsTest, BlankAndNotBlank) {
  for (const std::string list : {"sms-opt-out", "dnc"}) {
    const auto ids = [&](const Parameters& filter) {
      const auto reply = call(list + "/search", filter);
      std::vector<std::string> out;
      for (const auto& entry : reply.body["data"]["entries"]) out.push_back(entry["id"]);
      return out;
    };
    using Ids = std::vector<std::string>;
    call(list + "/insert", plus(kNumber, {{"reason", "Complaint"}, {"purpose", "Marketing"}}));
    call(list + "/insert", plus(kNumber, {{"campaign_id", "111"}, {"reason", "User Request"}}));
    call(list + "/insert", plus(kNumber, {{"phone_number", "5550000003"}, {"purpose", "-BLANK-"}}));
    EXPECT_EQ(ids({{"reason", "-BLANK-"}}), Ids{"3"}) << list;
    EXPECT_EQ(ids({{"reason", "-NOTBLANK-"}}), (Ids{"1", "2"})) << list;
    EXPECT_EQ(ids({{"purpose", "-BLANK-"}}), (Ids{"2", "3"})) << list;
    EXPECT_EQ(ids({{"purpose", "-NOTBLANK-"}}), Ids{"1"}) << list;
    EXPECT_EQ(ids({{"reason", "complaint"}, {"purpose", "-NOTBLANK-"}}), Ids{"1"}) << list;

    const json updated = list == "dnc" ? json{{"success", true}, {"id", 1}}
                                       : json{{"success", true}, {"data", {{"id", "1"}}}};
    expectSuccess(list + "/update", {{"id", "1"}, {"reason", "-BLANK-"}}, updated);
    EXPECT_EQ(ids({{"reason", "-BLANK-"}}), (Ids{"1", "3"})) << list;
    EXPECT_EQ(ids({{"purpose", "-NOTBLANK-"}}), Ids{"1"}) << "purpose kept";
    expectSuccess(list + "/update", {{"id", "1"}, {"purpose", "-BLANK-"}}, updated);
    EXPECT_EQ(ids({{"purpose", "-NOTBLANK-"}}), Ids{}) << list;
    expectSuccess(list + "/update", {{"id", "1"}, {"reason", "STOP Reply"}}, updated);
    EXPECT_EQ(ids({{"reason", "STOP Reply"}}), Ids{"1"}) << list;
  }
}

// offset from 0 to the maximum (100000 by default), else 7231; limit defaults to 1000 (SMS) or
// 100 (DNC) and is cut to 1000; the answer echoes both.
TEST_P(ConvosoEndpointsTest, OffsetAndLimitBounds) {
  for (int i = 0; i < 3; ++i) {
    call("sms-opt-out/insert", plus(kNumber, {{"phone_number", "555000000" + std::to_string(i)}}));
    call("dnc/insert", plus(kNumber, {{"phone_number", "555000000" + std::to_string(i)}}));
  }
  const auto page = [this](const std::string& operation, const Parameters& paging) {
    const auto data = call(operation, paging).body["data"];
    std::vector<std::string> ids;
    for (const auto& entry : data["entries"]) ids.push_back(entry["id"]);
    return std::make_tuple(data["offset"].get<int>(), data["limit"].get<int>(),
                           data["total"].get<int>(), ids);
  };
  using Ids = std::vector<std::string>;
  for (const std::string list : {"sms-opt-out", "dnc"}) {
    const int defaultLimit = list == "dnc" ? 100 : 1000;
    const auto search = list + "/search";
    EXPECT_EQ(page(search, {}), std::make_tuple(0, defaultLimit, 3, Ids{"1", "2", "3"}));
    EXPECT_EQ(page(search, {{"limit", "2"}}), std::make_tuple(0, 2, 3, Ids{"1", "2"}));
    EXPECT_EQ(page(search, {{"offset", "2"}, {"limit", "2"}}), std::make_tuple(2, 2, 3, Ids{"3"}));
    EXPECT_EQ(page(search, {{"offset", "3"}}), std::make_tuple(3, defaultLimit, 3, Ids{}));
    EXPECT_EQ(page(search, {{"limit", "1000"}}), std::make_tuple(0, 1000, 3, Ids{"1", "2", "3"}));
    EXPECT_EQ(page(search, {{"limit", "5000"}}), std::make_tuple(0, 1000, 3, Ids{"1", "2", "3"}));
    EXPECT_EQ(page(search, {{"limit", "0"}}),
              std::make_tuple(0, defaultLimit, 3, Ids{"1", "2", "3"}));
    EXPECT_EQ(page(search, {{"offset", ""}, {"limit", ""}}),
              std::make_tuple(0, defaultLimit, 3, Ids{"1", "2", "3"}));
    EXPECT_EQ(page(search, {{"offset", "100000"}}),
              std::make_tuple(100000, defaultLimit, 3, Ids{}));
    expectErrors(search, {{{{"offset", "100001"}}, 7231, "Invalid offset value"},
                          {{{"offset", "-1"}}, 7231, "Invalid offset value"},
                          {{{"offset", "1.5"}}, 7231, "Invalid offset value"},
                          {{{"offset", "first"}}, 7231, "Invalid offset value"}});
  }
}

TEST_P(ConvosoEndpointsTest, JournalsEachCall) {
  expectSuccess("sms-opt-out/insert", plus(kNumber, {{"reason", "STOP Reply"}}),
                {{"success", true}});
  call("sms-opt-out/insert", kNumber);
  const auto journal = server_.client().Get("/_smsim/requests?api=convoso&operation=" +
                                            percentEncode("sms-opt-out/insert"));
  ASSERT_TRUE(journal);
  const auto requests = json::parse(journal->body)["requests"];
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[0]["api"], "convoso");
  EXPECT_EQ(requests[0]["path"], "/v1/sms-opt-out/insert");
  EXPECT_EQ(requests[0]["method"], GetParam() == RequestForm::Get ? "GET" : "POST");
  EXPECT_EQ(requests[0]["status"], 200);
  EXPECT_EQ(requests[0]["errorType"], nullptr);
  EXPECT_EQ(requests[0]["request"], json({{"auth_token", "abc123"},
                                          {"phone_number", "5551234567"},
                                          {"phone_code", "1"},
                                          {"campaign_id", "0"},
                                          {"reason", "STOP Reply"}}));
  EXPECT_EQ(requests[0]["response"], json({{"success", true}}));
  EXPECT_EQ(requests[1]["errorType"], "6008");
  EXPECT_EQ(requests[1]["response"], errorJson(6008, "The phone number already exists"));
}

INSTANTIATE_TEST_SUITE_P(AllRequestForms, ConvosoEndpointsTest, testing::ValuesIn(kAllRequestForms),
                         [](const auto& testInfo) { return formName(testInfo.param); });

class ConvosoServerTest : public testing::Test {
 protected:
  ConvosoTestServer server_{accountConfig()};
};

// Form fields come after the query string's, so the body wins when both name a parameter, as
// with PHP's $_REQUEST; multipart forms are read too.
TEST_F(ConvosoServerTest, MergesQueryAndBodyWithTheBodyWinning) {
  const auto result = server_.client().Post(
      "/v1/sms-opt-out/insert?auth_token=abc123&phone_number=5551234567&reason=Complaint",
      "phone_code=1&campaign_id=0&reason=STOP+Reply", "application/x-www-form-urlencoded");
  ASSERT_TRUE(result);
  EXPECT_EQ(json::parse(result->body), json({{"success", true}}));
  httplib::MultipartFormDataItems multipart = {{"auth_token", "abc123", "", ""},
                                               {"phone_number", "5559876543", "", ""},
                                               {"phone_code", "1", "", ""},
                                               {"campaign_id", "111", "", ""}};
  const auto multipartResult = server_.client().Post("/v1/sms-opt-out/insert", multipart);
  ASSERT_TRUE(multipartResult);
  EXPECT_EQ(json::parse(multipartResult->body), json({{"success", true}}));

  const auto search = server_.call(RequestForm::Get, "sms-opt-out/search",
                                   {{"auth_token", "abc123"}, {"reason", "-NOTBLANK-"}});
  ASSERT_EQ(search.body["data"]["total"], 1);
  EXPECT_EQ(search.body["data"]["entries"][0]["reason"], "STOP Reply");
}

// Browsers and many HTTP libraries add a charset to the form's content type.
TEST_F(ConvosoServerTest, ReadsFormBodiesWithACharset) {
  const auto result = server_.client().Post(
      "/v1/dnc/insert",
      "auth_token=abc123&phone_number=5551234567&phone_code=1&campaign_id=0&reason=Complaint",
      "application/x-www-form-urlencoded; charset=UTF-8");
  ASSERT_TRUE(result);
  EXPECT_EQ(json::parse(result->body), json({{"success", true}, {"id", 1}}));
  const auto search = server_.client().Post("/v1/dnc/search?auth_token=abc123",
                                            "reason=Complaint&phone_number=5551234567",
                                            "application/x-www-form-urlencoded; charset=utf-8");
  ASSERT_TRUE(search);
  EXPECT_EQ(json::parse(search->body)["data"]["total"], 1);
}

// The disputed values, set the other way: client libraries' limits (default 100, offset up to
// 1000000), counts as strings, and the community page's top-level `records`.
TEST(ConvosoConfiguredSearchTest, OtherLimitsStringCountsAndTopLevelRecords) {
  ConvosoConfig config;
  config.limits.smsOptOutSearchDefaultLimit = 100;
  config.limits.dncSearchDefaultLimit = 50;
  config.limits.searchMaxLimit = 500;
  config.limits.searchMaxOffset = 1000000;
  config.searchCountsAsStrings = true;
  config.searchLayout = ConvosoSearchLayout::TopLevelRecords;
  ConvosoTestServer server(config);
  const Parameters token = {{"auth_token", "abc123"}};
  EXPECT_EQ(
      server
          .call(RequestForm::PostSplit, "sms-opt-out/insert",
                plus(token, plus(kNumber, {{"reason", "User Request"}, {"purpose", "Marketing"}})))
          .body,
      json({{"success", true}}));
  const auto reply =
      server.call(RequestForm::Get, "sms-opt-out/search", plus(token, {{"campaign_id", "0"}}));
  ASSERT_EQ(reply.body["records"].size(), 1u);
  const auto insertDate = reply.body["records"][0]["insert_date"].get<std::string>();
  EXPECT_EQ(reply.body, json({{"success", true},
                              {"offset", "0"},
                              {"limit", "100"},
                              {"total", "1"},
                              {"records",
                               {entryJson("1", "5551234567", "1", "0", "Global SMS Opt-Out",
                                          "User Request", "Marketing", insertDate)}}}));
  EXPECT_EQ(server.call(RequestForm::PostForm, "dnc/search", token).body,
            json({{"success", true},
                  {"offset", "0"},
                  {"limit", "50"},
                  {"total", "0"},
                  {"records", json::array()}}));
  const auto far = server.call(RequestForm::PostForm, "sms-opt-out/search",
                               plus(token, {{"offset", "1000000"}, {"limit", "900"}}));
  EXPECT_EQ(far.body, json({{"success", true},
                            {"offset", "1000000"},
                            {"limit", "500"},
                            {"total", "1"},
                            {"records", json::array()}}));
  EXPECT_EQ(
      server.call(RequestForm::PostForm, "sms-opt-out/search", plus(token, {{"offset", "1000001"}}))
          .body,
      errorJson(7231, "Invalid offset value"));
}

TEST_F(ConvosoServerTest, InsertDateFollowsTheSimulatedClockInUtc) {
  auto& clock = server_.server().clock();
  const Parameters token = {{"auth_token", "abc123"}};
  server_.call(RequestForm::PostForm, "sms-opt-out/insert", plus(token, kNumber));
  const auto advanced =
      server_.client().Post("/_smsim/clock", R"({"advanceSeconds": 2592000})", "application/json");
  ASSERT_TRUE(advanced);
  ASSERT_EQ(advanced->status, 200);
  const auto before = convoso::epochSeconds(clock);
  server_.call(RequestForm::PostForm, "sms-opt-out/insert",
               plus(token, plus(kNumber, {{"campaign_id", "111"}})));
  const auto after = convoso::epochSeconds(clock);

  const auto entries =
      server_.call(RequestForm::Get, "sms-opt-out/search", token).body["data"]["entries"];
  const auto first = entries[0]["insert_date"].get<std::string>();
  const auto second = entries[1]["insert_date"].get<std::string>();
  EXPECT_GE(second, convoso::formatInsertDate(before));
  EXPECT_LE(second, convoso::formatInsertDate(after));
  EXPECT_NE(first.substr(0, 10), second.substr(0, 10));

  const auto laterDay = server_.call(RequestForm::Get, "sms-opt-out/search",
                                     plus(token, {{"insert_date", second.substr(0, 10)}}));
  ASSERT_EQ(laterDay.body["data"]["total"], 1);
  EXPECT_EQ(laterDay.body["data"]["entries"][0]["campaign_id"], "111");
  const auto firstDay = server_.call(RequestForm::Get, "sms-opt-out/search",
                                     plus(token, {{"insert_date", first.substr(0, 10)}}));
  ASSERT_EQ(firstDay.body["data"]["total"], 1);
  EXPECT_EQ(firstDay.body["data"]["entries"][0]["campaign_id"], "0");
}

TEST_F(ConvosoServerTest, ResetEmptiesBothListsAndRestartsIds) {
  const Parameters token = {{"auth_token", "abc123"}};
  server_.call(RequestForm::Get, "sms-opt-out/insert", plus(token, kNumber));
  server_.call(RequestForm::Get, "dnc/insert", plus(token, kNumber));
  const auto reset = server_.client().Post("/_smsim/reset");
  ASSERT_TRUE(reset);
  EXPECT_EQ(server_.call(RequestForm::Get, "sms-opt-out/search", token).body["data"]["total"], 0);
  EXPECT_EQ(server_.call(RequestForm::Get, "dnc/search", token).body["data"]["total"], 0);
  EXPECT_EQ(server_.call(RequestForm::Get, "dnc/insert", plus(token, kNumber)).body,
            json({{"success", true}, {"id", 1}}));
}

TEST_F(ConvosoServerTest, NoDeleteForSmsOptOuts) {
  const auto result = server_.client().Post("/v1/sms-opt-out/delete", "auth_token=abc123",
                                            "application/x-www-form-urlencoded");
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, 404);
}

}  // namespace
}  // namespace smsim::convoso_test
