// Connection handling: many requests on one kept-alive connection (SDKs reuse connections), and
// several clients writing at once.
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "running_server.hpp"

namespace smsim::integration {
namespace {

using nlohmann::json;

constexpr int kSequentialRequests = 200;
constexpr int kWriterThreads = 6;
constexpr int kNumbersPerWriter = 25;

class ConnectionsTest : public RunningServer {};

std::string phoneNumber(int writer, int index) {
  return "+1415" + std::to_string(1000000 + writer * 1000 + index);
}

TEST_F(ConnectionsTest, TwoHundredSequentialRequestsOnOneKeptAliveConnection) {
  auto http = client();
  http.set_keep_alive(true);
  int succeeded = 0;
  for (int i = 0; i < kSequentialRequests; ++i) {
    auto result =
        i % 2 == 0
            ? postAws(
                  http, "PutOptedOutNumber",
                  json{{"OptOutListName", "Default"}, {"OptedOutNumber", phoneNumber(0, i)}}.dump())
            : postAws(http, "DescribeOptOutLists", "{}");
    ASSERT_TRUE(result) << "request " << i << ": " << httplib::to_string(result.error());
    ASSERT_EQ(result->status, kStatusOk) << "request " << i << ": " << result->body;
    ++succeeded;
  }
  EXPECT_EQ(succeeded, kSequentialRequests);
  // Cheap evidence that the server did not cap the connection at cpp-httplib's default of 5.
  auto last = http.Get("/_smsim/health");
  ASSERT_TRUE(last);
  EXPECT_NE(last->get_header_value("Keep-Alive").find("max="), std::string::npos);
}

TEST_F(ConnectionsTest, ConcurrentWritersAllLand) {
  ok("CreateOptOutList", {{"OptOutListName", "busy"}});
  std::vector<std::thread> writers;
  std::vector<int> failures(kWriterThreads, 0);
  for (int writer = 0; writer < kWriterThreads; ++writer) {
    writers.emplace_back([this, writer, &failures] {
      auto http = client();
      http.set_keep_alive(true);
      for (int i = 0; i < kNumbersPerWriter; ++i) {
        auto result = postAws(
            http, "PutOptedOutNumber",
            json{{"OptOutListName", "busy"}, {"OptedOutNumber", phoneNumber(writer, i)}}.dump());
        if (!result || result->status != kStatusOk) ++failures[writer];
      }
    });
  }
  for (auto& thread : writers) thread.join();
  for (int writer = 0; writer < kWriterThreads; ++writer) {
    EXPECT_EQ(failures[writer], 0) << "writer " << writer;
  }

  std::set<std::string> listed;
  json request = {{"OptOutListName", "busy"}, {"MaxResults", 100}};
  for (int page = 0; page < 10; ++page) {
    const auto result = ok("DescribeOptedOutNumbers", request);
    for (const auto& entry : result["OptedOutNumbers"]) {
      EXPECT_TRUE(listed.insert(entry["OptedOutNumber"].get<std::string>()).second)
          << "listed twice: " << entry;
    }
    if (!result.contains("NextToken")) break;
    request["NextToken"] = result["NextToken"];
  }
  EXPECT_EQ(listed.size(), static_cast<std::size_t>(kWriterThreads * kNumbersPerWriter));
  for (int writer = 0; writer < kWriterThreads; ++writer) {
    for (int i = 0; i < kNumbersPerWriter; ++i) {
      EXPECT_TRUE(listed.contains(phoneNumber(writer, i))) << phoneNumber(writer, i);
    }
  }
}

}  // namespace
}  // namespace smsim::integration
