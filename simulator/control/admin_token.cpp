#include "control/admin_token.hpp"

#include <array>
#include <cctype>

namespace smsim::control {

namespace {

struct OpenRoute {
  std::string_view path;
  bool withSubpaths;  // also path + "/..."
};

constexpr std::array<OpenRoute, 2> kOpenGetRoutes = {{
    {"/_smsim/health", false},
    {"/_smsim/ui", true},
}};

constexpr std::string_view kBearer = "bearer ";

bool equalsInConstantTime(std::string_view a, std::string_view b) {
  unsigned char difference = a.size() == b.size() ? 0 : 1;
  for (std::size_t i = 0; i < a.size(); ++i) {
    difference |= static_cast<unsigned char>(a[i] ^ b[b.empty() ? 0 : i % b.size()]);
  }
  return difference == 0 && !b.empty();
}

}  // namespace

bool isOpenRoute(std::string_view method, std::string_view path) {
  if (method != "GET" && method != "HEAD") return false;
  // `/_smsim/ui/../requests` must not open what it climbs to, whatever serves it.
  if (path.find("/..") != std::string_view::npos) return false;
  for (const auto& route : kOpenGetRoutes) {
    if (path == route.path) return true;
    if (route.withSubpaths && path.starts_with(route.path) &&
        path.substr(route.path.size()).starts_with('/')) {
      return true;
    }
  }
  return false;
}

bool bearerMatches(std::string_view authorization, std::string_view token) {
  if (authorization.size() < kBearer.size()) return false;
  for (std::size_t i = 0; i < kBearer.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(authorization[i])) != kBearer[i]) return false;
  }
  auto presented = authorization.substr(kBearer.size());
  while (!presented.empty() && presented.front() == ' ') presented.remove_prefix(1);
  while (!presented.empty() && presented.back() == ' ') presented.remove_suffix(1);
  return equalsInConstantTime(presented, token);
}

}  // namespace smsim::control
