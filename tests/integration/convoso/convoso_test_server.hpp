#pragma once
// A real smsim on port 0 and the ways Convoso clients send parameters: GET with a query string,
// POST with a url-encoded form body, POST with the parameters in the query string, and POST with
// some in the query string and the rest in the body (which smsim merges).
#include <gtest/gtest.h>
#include <httplib.h>

#include <cctype>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "smsim/server.hpp"

namespace smsim::convoso_test {

enum class RequestForm { Get, PostForm, PostQuery, PostSplit };

inline const std::vector<RequestForm> kAllRequestForms = {
    RequestForm::Get, RequestForm::PostForm, RequestForm::PostQuery, RequestForm::PostSplit};

inline std::string formName(RequestForm form) {
  switch (form) {
    case RequestForm::Get:
      return "Get";
    case RequestForm::PostForm:
      return "PostForm";
    case RequestForm::PostQuery:
      return "PostQuery";
    case RequestForm::PostSplit:
      return "PostSplit";
  }
  return "?";
}

inline std::string percentEncode(const std::string& text) {
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", c);
      out += escaped;
    }
  }
  return out;
}

// GoogleTest prints parameters with these, so test names read `.../PostForm`, not bytes.
inline void PrintTo(RequestForm form, std::ostream* out) { *out << formName(form); }

using Parameters = std::vector<std::pair<std::string, std::string>>;

inline std::string queryString(const Parameters& parameters) {
  std::string query;
  for (const auto& [name, value] : parameters) {
    if (!query.empty()) query += '&';
    query += percentEncode(name) + '=' + percentEncode(value);
  }
  return query;
}

struct HttpReply {
  int status = 0;
  nlohmann::json body;
};

class ConvosoTestServer {
 public:
  explicit ConvosoTestServer(ConvosoConfig convoso = {}) {
    ServerConfig config;
    config.port = 0;
    config.convoso = std::move(convoso);
    server_ = std::make_unique<Server>(config);
    server_->start();
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
  }

  HttpReply call(RequestForm form, const std::string& operation, const Parameters& parameters) {
    const std::string path = "/v1/" + operation;
    const auto query = queryString(parameters);
    auto result = [&] {
      switch (form) {
        case RequestForm::PostForm:
          return client_->Post(path, query, "application/x-www-form-urlencoded");
        case RequestForm::PostQuery:
          return client_->Post(path + "?" + query);
        case RequestForm::PostSplit: {
          // The first half (with auth_token, which tests put first) in the query string, the
          // rest in the body.
          const auto split =
              parameters.begin() + static_cast<std::ptrdiff_t>((parameters.size() + 1) / 2);
          return client_->Post(path + "?" + queryString({parameters.begin(), split}),
                               queryString({split, parameters.end()}),
                               "application/x-www-form-urlencoded");
        }
        case RequestForm::Get:
          break;
      }
      return client_->Get(path + "?" + query);
    }();
    if (!result) {
      ADD_FAILURE() << "no reply from " << path << ": " << httplib::to_string(result.error());
      return {};
    }
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json");
    return {result->status, nlohmann::json::parse(result->body)};
  }

  httplib::Client& client() { return *client_; }
  Server& server() { return *server_; }

 private:
  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
};

inline nlohmann::json errorJson(int code, const std::string& text) {
  return {{"success", false}, {"code", code}, {"text", text}};
}

}  // namespace smsim::convoso_test
