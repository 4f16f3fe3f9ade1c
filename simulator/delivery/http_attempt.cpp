#include "delivery/http_attempt.hpp"

#include <httplib.h>

#include <chrono>
#include <memory>

namespace smsim::delivery {

namespace {

constexpr int kFirstSuccessStatus = 200;
constexpr int kFirstNonSuccessStatus = 300;

std::unique_ptr<httplib::ClientImpl> clientFor(const EndpointUrl& url) {
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
  if (url.scheme == url_scheme::kHttps) {
    return std::make_unique<httplib::SSLClient>(url.host, url.port);
  }
#endif
  return std::make_unique<httplib::ClientImpl>(url.host, url.port);
}

// The whole attempt's limit: a subscriber that trickles its answer a byte at a time would
// otherwise stay within the per-read timeout forever and hold its worker.
std::chrono::steady_clock::time_point attemptDeadline(const DeliveryPolicy& policy) {
  return std::chrono::steady_clock::now() + policy.connectTimeout + policy.writeTimeout +
         policy.readTimeout;
}

// The POST, with a response body that is read and thrown away (a subscriber's answer could be
// any size) unless the attempt runs past its deadline.
httplib::Request requestFor(const EndpointUrl& url, const HttpPost& post,
                            std::chrono::steady_clock::time_point deadline) {
  httplib::Request request;
  request.method = "POST";
  request.path = url.path;
  request.headers = httplib::Headers(post.headers.begin(), post.headers.end());
  request.headers.emplace("Content-Type", post.contentType);
  request.body = post.body;
  const auto withinDeadline = [deadline] { return std::chrono::steady_clock::now() < deadline; };
  request.response_handler = [withinDeadline](const httplib::Response&) {
    return withinDeadline();
  };
  request.content_receiver = [withinDeadline](const char*, std::size_t, std::uint64_t,
                                              std::uint64_t) { return withinDeadline(); };
  return request;
}

AttemptResult send(const EndpointUrl& url, const HttpPost& post, const DeliveryPolicy& policy) {
#ifndef CPPHTTPLIB_OPENSSL_SUPPORT
  if (url.scheme == url_scheme::kHttps) return {0, "this smsim was built without TLS support"};
#endif
  auto client = clientFor(url);
  client->set_connection_timeout(policy.connectTimeout);
  client->set_read_timeout(policy.readTimeout);
  client->set_write_timeout(policy.writeTimeout);
  const auto result = client->send(requestFor(url, post, attemptDeadline(policy)));
  if (result.error() == httplib::Error::Canceled) {
    return {result ? result->status : 0, "the attempt took longer than its time limit"};
  }
  if (!result) return {0, httplib::to_string(result.error())};
  const int status = result->status;
  if (status < kFirstSuccessStatus || status >= kFirstNonSuccessStatus) {
    return {status, "HTTP " + std::to_string(status)};
  }
  return {status, ""};
}

}  // namespace

AttemptResult postNotification(const EndpointUrl& url, const HttpPost& post,
                               const DeliveryPolicy& policy) {
  try {
    return send(url, post, policy);
  } catch (const std::exception& error) {
    return {0, std::string("the HTTP client failed: ") + error.what()};
  } catch (...) {
    return {0, "the HTTP client failed with an unknown exception"};
  }
}

}  // namespace smsim::delivery
