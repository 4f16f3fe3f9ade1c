#pragma once
// The control API's routes: a method and a path pattern to a handler. A pattern segment written
// `:name` matches any one segment and reaches the handler as a path parameter. Matching is by
// segments, not regular expressions, and the control binding asks it for every /_smsim/ request.
// A route also declares the query parameters it reads: any other one is refused with a 400 that
// names the accepted ones, so a misspelt filter can't quietly match everything.
#include <httplib.h>

#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace smsim::control {

// A control call that sends `X-Smsim-Close: 1` is answered with `Connection: close`.
inline constexpr const char* kCloseHeader = "X-Smsim-Close";

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
    std::vector<std::string> queryParameters;  // the only ones accepted

    // Declares the query parameters the handler reads: `http.Get(...).accepts({"api"})`.
    Route& accepts(std::vector<std::string> names) {
      queryParameters = std::move(names);
      return *this;
    }
    // Answers 400 to an undeclared query parameter, else runs the handler.
    void serve(const httplib::Request& request, httplib::Response& response,
               const PathParameters& parameters) const;
  };

  Route& Get(std::string pattern, Handler handler) {
    return add("GET", std::move(pattern), wrap(handler));
  }
  Route& Post(std::string pattern, Handler handler) {
    return add("POST", std::move(pattern), wrap(handler));
  }
  Route& Put(std::string pattern, Handler handler) {
    return add("PUT", std::move(pattern), wrap(handler));
  }
  Route& Delete(std::string pattern, Handler handler) {
    return add("DELETE", std::move(pattern), wrap(handler));
  }
  Route& Get(std::string pattern, HandlerWithParameters handler) {
    return add("GET", std::move(pattern), std::move(handler));
  }
  Route& Post(std::string pattern, HandlerWithParameters handler) {
    return add("POST", std::move(pattern), std::move(handler));
  }
  Route& Put(std::string pattern, HandlerWithParameters handler) {
    return add("PUT", std::move(pattern), std::move(handler));
  }
  Route& Delete(std::string pattern, HandlerWithParameters handler) {
    return add("DELETE", std::move(pattern), std::move(handler));
  }

  // The route for this method and path (HEAD finds GET's), filling `parameters`; nullptr when
  // none matches.
  const Route* find(std::string_view method, std::string_view path,
                    PathParameters& parameters) const;

  // Every route, in the order they were added (the OpenAPI document is checked against them).
  const std::deque<Route>& routes() const { return routes_; }

 private:
  static HandlerWithParameters wrap(Handler handler);
  Route& add(std::string method, std::string pattern, HandlerWithParameters handler);

  std::deque<Route> routes_;  // a deque: the Route& that add() returns stays valid
};

}  // namespace smsim::control
