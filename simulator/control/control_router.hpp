#pragma once
// The control API's routes: a method and a path pattern to a handler. A pattern segment written
// `:name` matches any one segment and reaches the handler as a path parameter. Matching is by
// segments, not regular expressions, and the control binding asks it for every /_smsim/ request.
#include <httplib.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace smsim::control {

using PathParameters = std::vector<std::string>;  // the `:name` segments, in order
using Handler = std::function<void(const httplib::Request&, httplib::Response&)>;
using HandlerWithParameters =
    std::function<void(const httplib::Request&, httplib::Response&, const PathParameters&)>;

class ControlRouter {
 public:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    HandlerWithParameters handler;
  };

  void Get(std::string pattern, Handler handler) { add("GET", std::move(pattern), wrap(handler)); }
  void Post(std::string pattern, Handler handler) {
    add("POST", std::move(pattern), wrap(handler));
  }
  void Put(std::string pattern, Handler handler) { add("PUT", std::move(pattern), wrap(handler)); }
  void Delete(std::string pattern, Handler handler) {
    add("DELETE", std::move(pattern), wrap(handler));
  }
  void Get(std::string pattern, HandlerWithParameters handler) {
    add("GET", std::move(pattern), std::move(handler));
  }
  void Post(std::string pattern, HandlerWithParameters handler) {
    add("POST", std::move(pattern), std::move(handler));
  }
  void Put(std::string pattern, HandlerWithParameters handler) {
    add("PUT", std::move(pattern), std::move(handler));
  }
  void Delete(std::string pattern, HandlerWithParameters handler) {
    add("DELETE", std::move(pattern), std::move(handler));
  }

  // The route for this method and path (HEAD finds GET's), filling `parameters`; nullptr when
  // none matches.
  const Route* find(std::string_view method, std::string_view path,
                    PathParameters& parameters) const;

 private:
  static HandlerWithParameters wrap(Handler handler);
  void add(std::string method, std::string pattern, HandlerWithParameters handler);

  std::vector<Route> routes_;
};

}  // namespace smsim::control
