#pragma once
// The `account` and `region` query filters that several control routes take: read and checked in
// one place, so each answers a bad one with the same 400.
#include <httplib.h>

#include <optional>
#include <string>

#include "common/aws_names.hpp"
#include "control/control_response.hpp"

namespace smsim::control {

struct ScopeFilter {
  std::optional<std::string> account;
  std::optional<std::string> region;

  bool accepts(const std::string& accountId, const std::string& regionName) const {
    return (!account || *account == accountId) && (!region || *region == regionName);
  }
};

// The request's filters, or nothing after answering 400 InvalidRequest naming the valid forms.
inline std::optional<ScopeFilter> readScopeFilter(const httplib::Request& request,
                                                  httplib::Response& response) {
  ScopeFilter filter{queryParam(request, "account"), queryParam(request, "region")};
  if ((filter.account && !aws_names::isAccountId(*filter.account)) ||
      (filter.region && !aws_names::isRegionName(*filter.region))) {
    replyError(response, http_status::kBadRequest, kInvalidRequest,
               "account must be an account id of 12 digits, region a region such as us-east-1.");
    return std::nullopt;
  }
  return filter;
}

}  // namespace smsim::control
