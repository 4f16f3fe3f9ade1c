#pragma once
// smsim's control API (`/_smsim/...`) on HTTP: its route table, its JSON errors. Control calls
// are not the application's calls: no scenario rule applies to them and the journal keeps none.
#include "control/control_router.hpp"
#include "server/api_binding.hpp"

namespace smsim::server {

class ControlBinding : public ApiBinding {
 public:
  explicit ControlBinding(const control::ControlRouter& router) : router_(router) {}

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
};

}  // namespace smsim::server
