#include "control/control_router.hpp"

#include <algorithm>

#include "control/control_response.hpp"

namespace smsim::control {

namespace {

std::vector<std::string_view> splitSegments(std::string_view path) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

}  // namespace

HandlerWithParameters ControlRouter::wrap(Handler handler) {
  return
      [handler = std::move(handler)](const httplib::Request& request, httplib::Response& response,
                                     const PathParameters&) { handler(request, response); };
}

ControlRouter::Route& ControlRouter::add(std::string method, std::string pattern,
                                         HandlerWithParameters handler) {
  std::vector<std::string> segments;
  for (const auto segment : splitSegments(pattern)) segments.emplace_back(segment);
  return routes_.emplace_back(
      Route{std::move(method), std::move(pattern), std::move(segments), std::move(handler), {}});
}

void ControlRouter::Route::serve(const httplib::Request& request, httplib::Response& response,
                                 const PathParameters& parameters) const {
  for (const auto& [name, value] : request.params) {
    if (std::find(queryParameters.begin(), queryParameters.end(), name) != queryParameters.end()) {
      continue;
    }
    const auto accepted = joinedNames(queryParameters);
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "Unknown query parameter '" + name + "' for " + method + " " + pattern + "; " +
                   (accepted.empty() ? "it takes none." : "it takes " + accepted + "."));
    return;
  }
  handler(request, response, parameters);
  // A browser can't send `Connection: close`; a poller that asks for it this way gets it, so
  // between its polls it holds no connection, and so no server thread (the dashboard does).
  if (request.get_header_value(kCloseHeader) == "1") response.set_header("Connection", "close");
}

const ControlRouter::Route* ControlRouter::find(std::string_view method, std::string_view path,
                                                PathParameters& parameters) const {
  const auto wanted = method == "HEAD" ? std::string_view("GET") : method;
  const auto segments = splitSegments(path);
  for (const auto& route : routes_) {
    if (route.method != wanted || route.segments.size() != segments.size()) continue;
    parameters.clear();
    bool matches = true;
    for (std::size_t i = 0; i < segments.size() && matches; ++i) {
      const auto& expected = route.segments[i];
      if (expected.starts_with(':')) {
        matches = !segments[i].empty();
        parameters.emplace_back(segments[i]);
      } else {
        matches = expected == segments[i];
      }
    }
    if (matches) return &route;
  }
  return nullptr;
}

}  // namespace smsim::control
