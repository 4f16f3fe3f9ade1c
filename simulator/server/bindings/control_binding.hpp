#pragma once
// smsim's control API (`/_smsim/...`) on HTTP: its route table, its JSON errors. Control calls
// are not the application's calls: no scenario rule applies to them and the journal keeps none.
// With an admin token set, it refuses every call that lacks it before any route is looked up.
#include "control/control_router.hpp"
#include "server/api_binding.hpp"

namespace smsim::server {

class ControlBinding : public ApiBinding {
 public:
  // `adminToken`: empty, or the bearer token every route but the open ones requires
  // (control/admin_token.hpp).
  ControlBinding(const control::ControlRouter& router, std::string adminToken)
      : router_(router), adminToken_(std::move(adminToken)) {}

  std::string_view api() const override;
  bool owns(std::string_view path) const override;
  std::unique_ptr<ApiCall> parse(const httplib::Request& request) const override;
  bool journaled() const override { return false; }
  Answer error(int status, const std::string& message, const std::string& requestId) const override;
  Answer throttled(double windowSeconds) const override;
  std::string contentType() const override;
  std::string partialBody() const override;

 private:
  const control::ControlRouter& router_;
  std::string adminToken_;
};

}  // namespace smsim::server
