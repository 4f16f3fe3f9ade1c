#include "delivery/endpoint_url.hpp"

#include <algorithm>
#include <cctype>

namespace smsim::delivery {

namespace {

constexpr std::size_t kMaxUrlCharacters = 2048;
constexpr int kHttpDefaultPort = 80;
constexpr int kHttpsDefaultPort = 443;
constexpr int kMaxPort = 65535;
constexpr std::size_t kMaxPortDigits = 5;
constexpr std::string_view kSchemeSeparator = "://";

ParsedEndpoint rejected(std::string why) { return {std::nullopt, "endpoint " + std::move(why)}; }

std::string lowerCase(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

// Host names as DNS spells them (with '_', which some test setups use), or an IPv6 literal.
bool isValidHost(std::string_view host, bool bracketed) {
  return std::all_of(host.begin(), host.end(), [bracketed](unsigned char c) {
    if (bracketed) return std::isxdigit(c) != 0 || c == ':' || c == '.';
    return std::isalnum(c) != 0 || c == '-' || c == '.' || c == '_';
  });
}

// The port text after ':' as a number, or nullopt when it is not one of 1..65535.
std::optional<int> readPort(std::string_view text) {
  if (text.empty() || text.size() > kMaxPortDigits) return std::nullopt;
  int port = 0;
  for (const unsigned char c : text) {
    if (std::isdigit(c) == 0) return std::nullopt;
    port = port * 10 + (c - '0');
  }
  if (port < 1 || port > kMaxPort) return std::nullopt;
  return port;
}

// The request target sent on the request line: no fragment, never empty, no byte that would
// break the line (a space, CR or LF would let a subscriber URL inject headers).
std::optional<std::string> readPath(std::string_view tail) {
  tail = tail.substr(0, tail.find('#'));
  const bool breaksRequestLine =
      std::any_of(tail.begin(), tail.end(), [](unsigned char c) { return c <= ' ' || c == 0x7f; });
  if (breaksRequestLine) return std::nullopt;
  if (tail.empty() || tail.front() != '/') return "/" + std::string(tail);
  return std::string(tail);
}

// Splits "host", "host:port", "[v6]" or "[v6]:port"; fills url.host and url.port.
std::string readAuthority(std::string_view authority, EndpointUrl& url) {
  if (authority.find('@') != std::string_view::npos) {
    return "must not carry credentials (user@host): smsim sends none";
  }
  const bool bracketed = authority.starts_with('[');
  std::string_view portText;
  bool hasPort = false;
  if (bracketed) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return "host [IPv6 address] is missing its closing ']'";
    const auto rest = authority.substr(close + 1);
    if (!rest.empty() && !rest.starts_with(':')) return "has text after the IPv6 host's ']'";
    url.host = authority.substr(1, close - 1);
    hasPort = !rest.empty();
    portText = hasPort ? rest.substr(1) : rest;
  } else {
    const auto colon = authority.find(':');
    url.host = authority.substr(0, colon);
    hasPort = colon != std::string_view::npos;
    portText = hasPort ? authority.substr(colon + 1) : std::string_view();
  }
  if (url.host.empty()) return "has no host";
  if (!isValidHost(url.host, bracketed)) return "host contains a character a host name cannot";
  if (!hasPort) return "";
  const auto port = readPort(portText);
  if (!port) return "port must be a number from 1 to 65535";
  url.port = *port;
  return "";
}

}  // namespace

std::string EndpointUrl::origin() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return scheme + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

ParsedEndpoint parseEndpointUrl(std::string_view text) {
  if (text.size() > kMaxUrlCharacters) return rejected("must be at most 2048 characters");
  const auto schemeEnd = text.find(kSchemeSeparator);
  if (schemeEnd == std::string_view::npos) return rejected("must be an http:// or https:// URL");
  EndpointUrl url;
  url.scheme = lowerCase(text.substr(0, schemeEnd));
  if (url.scheme == url_scheme::kHttp) {
    url.port = kHttpDefaultPort;
  } else if (url.scheme == url_scheme::kHttps) {
    url.port = kHttpsDefaultPort;
  } else {
    return rejected("must be an http:// or https:// URL");
  }
  const auto rest = text.substr(schemeEnd + kSchemeSeparator.size());
  const auto authorityEnd = std::min(rest.find_first_of("/?#"), rest.size());
  if (auto error = readAuthority(rest.substr(0, authorityEnd), url); !error.empty()) {
    return rejected(std::move(error));
  }
  auto path = readPath(rest.substr(authorityEnd));
  if (!path) return rejected("path contains a space or control character: percent-encode it");
  url.path = std::move(*path);
  return {std::move(url), ""};
}

}  // namespace smsim::delivery
