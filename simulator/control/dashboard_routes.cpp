// GET /_smsim/ui/ and its files: the web dashboard, served from the binary. It is plain HTML, CSS
// and JavaScript that reads and steers smsim through the documented control API only; the
// Content-Security-Policy keeps it from loading anything from anywhere else.
#include <algorithm>
#include <string>

#include "common/http_status.hpp"
#include "control/control_response.hpp"
#include "control/control_routes.hpp"
#include "control/dashboard_assets.hpp"

namespace smsim::control {

namespace {

constexpr const char* kIndex = "index.html";
constexpr const char* kDashboardPath = "/_smsim/ui/";
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

std::string contentType(std::string_view name) {
  const auto dot = name.rfind('.');
  const auto extension = dot == std::string_view::npos ? "" : name.substr(dot + 1);
  if (extension == "html") return "text/html; charset=utf-8";
  if (extension == "js") return "text/javascript; charset=utf-8";
  if (extension == "css") return "text/css; charset=utf-8";
  if (extension == "svg") return "image/svg+xml";
  return "application/octet-stream";
}

void serveAsset(std::string_view name, httplib::Response& response) {
  const auto assets = dashboardAssets();
  const auto asset = std::find_if(assets.begin(), assets.end(),
                                  [&](const DashboardAsset& each) { return each.name == name; });
  if (asset == assets.end()) {
    replyError(response, http_status::kNotFound, "NotFound",
               "The dashboard has no file named '" + std::string(name) + "'.");
    return;
  }
  response.status = http_status::kOk;
  response.set_header("Content-Security-Policy", kContentSecurityPolicy);
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Cache-Control", "no-cache");
  response.set_content(std::string(asset->body), contentType(name));
}

}  // namespace

void registerDashboardRoutes(ControlRouter& http) {
  http.Get("/_smsim/ui", [](const httplib::Request&, httplib::Response& response) {
    response.status = http_status::kPermanentRedirect;
    response.set_header("Location", kDashboardPath);
  });
  http.Get(kDashboardPath, [](const httplib::Request&, httplib::Response& response) {
    serveAsset(kIndex, response);
  });
  http.Get("/_smsim/ui/:file",
           [](const httplib::Request&, httplib::Response& response,
              const PathParameters& parameters) { serveAsset(parameters.at(0), response); });
}

}  // namespace smsim::control
