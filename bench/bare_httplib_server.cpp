// The benchmark's transport baseline: Debian's cpp-httplib with the same settings smsim uses
// (8 threads, TCP_NODELAY, keep-alive count raised), parsing the JSON request and answering
// PutOptedOutNumber's response shape, with no validation, state or journal. smsim's throughput is
// reported as a ratio of this server's in the same run.
//   bare_httplib_server PORT [THREADS]   (8 threads unless told, as smsim)
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

namespace {

constexpr std::size_t kDefaultThreads = 8;
constexpr std::size_t kKeepAliveMaxRequests = 1'000'000;
constexpr const char* kContentType = "application/x-amz-json-1.0";
constexpr const char* kListArn = "arn:aws:sms-voice:us-east-1:123456789012:opt-out-list/Default";

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: bare_httplib_server PORT [THREADS]\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const std::size_t threads =
      argc == 3 ? static_cast<std::size_t>(std::atol(argv[2])) : kDefaultThreads;
  httplib::Server server;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_tcp_nodelay(true);
  server.set_keep_alive_max_count(kKeepAliveMaxRequests);

  server.Post("/", [](const httplib::Request& request, httplib::Response& response) {
    const auto input = nlohmann::json::parse(request.body, nullptr, false);
    if (!input.is_object()) {
      response.status = 400;
      response.set_content(R"({"__type":"SerializationException"})", kContentType);
      return;
    }
    const nlohmann::json output = {{"OptOutListArn", kListArn},
                                   {"OptOutListName", input.value("OptOutListName", "")},
                                   {"OptedOutNumber", input.value("OptedOutNumber", "")},
                                   {"OptedOutTimestamp", 1.7e9},
                                   {"EndUserOptedOut", false}};
    response.set_header("x-amzn-RequestId", "00000000-0000-4000-8000-000000000000");
    response.set_content(output.dump(), kContentType);
  });
  server.Get("/_smsim/health", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(R"({"status":"ok"})", "application/json");
  });
  if (!server.bind_to_port("127.0.0.1", port)) {
    std::fprintf(stderr, "bare_httplib_server: cannot listen on 127.0.0.1:%d\n", port);
    return 1;
  }
  std::printf("listening on http://127.0.0.1:%d\n", port);
  std::fflush(stdout);
  server.listen_after_bind();
}
