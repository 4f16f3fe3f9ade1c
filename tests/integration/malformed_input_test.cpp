// Malformed requests over real HTTP: each gets a clear 4xx in AWS's error format (`__type`,
// `message`, `x-amzn-ErrorType`), and the server keeps answering with its state intact.
#include <string>
#include <vector>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr std::size_t kTenMebibytes = 10 * 1024 * 1024;
constexpr std::size_t kDeepNesting = 100'000;
constexpr int kStatusNotFound = 404;
constexpr int kStatusPayloadTooLarge = 413;

struct MalformedRequest {
  std::string name;
  std::string method;
  httplib::Headers headers;
  std::string body;
  std::string contentType;
  int expectedStatus;
  std::string expectedType;
};

httplib::Headers target(const std::string& value) { return {{"X-Amz-Target", value}}; }

std::vector<MalformedRequest> malformedRequests() {
  const auto put = target("PinpointSMSVoiceV2.PutOptedOutNumber");
  const std::string json10 = kAwsJsonContentType;
  return {
      {"bad JSON", "POST", put, "{\"OptOutListName\": ", json10, kStatusBadRequest,
       "SerializationException"},
      {"JSON array", "POST", put, "[1, 2, 3]", json10, kStatusBadRequest, "SerializationException"},
      {"JSON string", "POST", put, "\"Default\"", json10, kStatusBadRequest,
       "SerializationException"},
      {"wrong Content-Type", "POST", put, "{}", "text/plain", kStatusBadRequest,
       "SerializationException"},
      {"10 MiB body", "POST", put, std::string(kTenMebibytes, 'a'), json10, kStatusPayloadTooLarge,
       "RequestEntityTooLargeException"},
      {"deeply nested JSON", "POST", put,
       std::string(kDeepNesting, '[') + std::string(kDeepNesting, ']'), json10, kStatusBadRequest,
       "SerializationException"},
      {"invalid UTF-8", "POST", put, "{\"OptOutListName\": \"\xff\xfe\xc3\x28\"}", json10,
       kStatusBadRequest, "SerializationException"},
      {"missing X-Amz-Target",
       "POST",
       {},
       "{}",
       json10,
       kStatusBadRequest,
       "UnknownOperationException"},
      {"unknown operation", "POST", target("PinpointSMSVoiceV2.SendCarrierPigeon"), "{}", json10,
       kStatusBadRequest, "UnknownOperationException"},
      {"other service's target", "POST", target("AmazonSNS.Publish"), "{}", json10,
       kStatusBadRequest, "UnknownOperationException"},
      {"GET /", "GET", {}, "", "", kStatusNotFound, "UnknownOperationException"},
  };
}

class MalformedInputTest : public RunningServer {};

TEST_F(MalformedInputTest, EachGetsA4xxInAwsErrorFormatAndTheServerKeepsItsState) {
  ok("CreateOptOutList", {{"OptOutListName", "kept"}});
  ok("PutOptedOutNumber", {{"OptOutListName", "kept"}, {"OptedOutNumber", "+14155550100"}});

  for (const auto& request : malformedRequests()) {
    SCOPED_TRACE(request.name);
    auto http = client();
    auto result = request.method == "GET"
                      ? http.Get("/", request.headers)
                      : http.Post("/", request.headers, request.body, request.contentType.c_str());
    ASSERT_TRUE(result) << "transport error " << httplib::to_string(result.error());
    EXPECT_EQ(result->status, request.expectedStatus) << result->body;
    EXPECT_EQ(result->get_header_value("Content-Type"), kAwsJsonContentType);
    EXPECT_EQ(result->get_header_value("x-amzn-ErrorType"), request.expectedType);
    EXPECT_FALSE(result->get_header_value("x-amzn-RequestId").empty());
    const auto body = json::parse(result->body, nullptr, false);
    ASSERT_TRUE(body.is_object()) << result->body;
    EXPECT_EQ(body.value("__type", ""), request.expectedType);
    ASSERT_TRUE(body.contains("message") && body["message"].is_string()) << result->body;
    EXPECT_FALSE(body["message"].get<std::string>().empty());
  }

  const auto [status, health] = control("GET", "/_smsim/health");
  EXPECT_EQ(status, kStatusOk);
  EXPECT_EQ(health["status"], "ok");
  const auto numbers = ok("DescribeOptedOutNumbers", {{"OptOutListName", "kept"}});
  ASSERT_EQ(numbers["OptedOutNumbers"].size(), 1u);
  EXPECT_EQ(numbers["OptedOutNumbers"][0]["OptedOutNumber"], "+14155550100");
}

// cpp-httplib enforces its payload limit only on bodies with a Content-Length; a chunked upload
// is read whole and must still end in an AWS-format client error, not a crash or a reset.
TEST_F(MalformedInputTest, AChunkedTenMebibyteBodyGetsAnAwsError) {
  const std::string chunk(64 * 1024, 'a');
  auto http = client();
  auto result = http.Post(
      "/", target("PinpointSMSVoiceV2.PutOptedOutNumber"),
      [&chunk, sent = std::size_t{0}](std::size_t, httplib::DataSink& sink) mutable {
        if (sent >= kTenMebibytes) {
          sink.done();
          return true;
        }
        sent += chunk.size();
        return sink.write(chunk.data(), chunk.size());
      },
      kAwsJsonContentType);
  ASSERT_TRUE(result) << "transport error " << httplib::to_string(result.error());
  EXPECT_GE(result->status, 400);
  EXPECT_LT(result->status, 500);
  EXPECT_FALSE(result->get_header_value("x-amzn-ErrorType").empty());
  EXPECT_TRUE(json::parse(result->body, nullptr, false).contains("__type")) << result->body;
  EXPECT_EQ(control("GET", "/_smsim/health").first, kStatusOk);
}

// Every case on one kept-alive connection: an error must not leave the connection unusable.
TEST_F(MalformedInputTest, ErrorsLeaveAKeptAliveConnectionUsable) {
  auto http = client();
  http.set_keep_alive(true);
  for (const auto& request : malformedRequests()) {
    SCOPED_TRACE(request.name);
    auto result = request.method == "GET"
                      ? http.Get("/", request.headers)
                      : http.Post("/", request.headers, request.body, request.contentType.c_str());
    ASSERT_TRUE(result) << "transport error " << httplib::to_string(result.error());
    EXPECT_EQ(result->status, request.expectedStatus);
    auto next = postAws(http, "DescribeOptOutLists", "{}");
    ASSERT_TRUE(next) << "transport error " << httplib::to_string(next.error());
    EXPECT_EQ(next->status, kStatusOk) << next->body;
  }
}

}  // namespace
}  // namespace smsim::integration
