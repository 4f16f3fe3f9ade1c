#pragma once
// A subscriber's endpoint, parsed and checked once when it subscribes: the delivery workers then
// connect to a known scheme, host and port and never meet a URL they cannot use (a port such as
// 99999999999 used to throw inside the HTTP client, on the delivery thread).
#include <optional>
#include <string>
#include <string_view>

namespace smsim::delivery {

namespace url_scheme {
inline constexpr const char* kHttp = "http";
inline constexpr const char* kHttps = "https";  // the linked cpp-httplib is built with OpenSSL
}  // namespace url_scheme

struct EndpointUrl {
  std::string scheme;  // url_scheme::kHttp or kHttps
  std::string host;    // a name or an address; IPv6 without its brackets
  int port = 0;        // 1..65535, the scheme's default when the URL names none
  std::string path;    // starts with '/', with the query if any; never empty

  // scheme://host:port, the key deliveries to one server are queued under.
  std::string origin() const;
};

// An endpoint URL, or why the text is not one (a sentence naming the part that is wrong).
struct ParsedEndpoint {
  std::optional<EndpointUrl> url;
  std::string error;
};

ParsedEndpoint parseEndpointUrl(std::string_view text);

}  // namespace smsim::delivery
