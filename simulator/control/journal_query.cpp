#include "control/journal_query.hpp"

#include <algorithm>
#include <cstdint>

#include "common/api_paths.hpp"
#include "common/aws_names.hpp"
#include "control/control_response.hpp"
#include "control/whole_number.hpp"

namespace smsim::control {

namespace {

constexpr int kLowestStatus = 100;
constexpr int kHighestStatus = 599;

}  // namespace

const std::vector<std::string>& journalQueryParameters() {
  static const std::vector<std::string> names = {
      "api", "operation", "status", "errorType", "rule", "account", "region", "since", "limit"};
  return names;
}

std::variant<state::JournalFilter, std::string> readJournalQuery(const httplib::Request& request) {
  state::JournalFilter filter;
  filter.api = queryParam(request, "api");
  if (filter.api && std::find(api_path::kApiNames.begin(), api_path::kApiNames.end(),
                              *filter.api) == api_path::kApiNames.end()) {
    return "api must be one of " + joinedNames(api_path::kApiNames) + ".";
  }
  filter.operation = queryParam(request, "operation");
  if (const auto status = queryParam(request, "status")) {
    filter.status = wholeNumber(*status, kLowestStatus, kHighestStatus);
    if (!filter.status) return std::string("status must be an HTTP status from 100 to 599.");
  }
  filter.errorType = queryParam(request, "errorType");
  filter.rule = queryParam(request, "rule");
  filter.accountId = queryParam(request, "account");
  if (filter.accountId && !aws_names::isAccountId(*filter.accountId)) {
    return std::string("account must be an account id of 12 digits.");
  }
  filter.region = queryParam(request, "region");
  if (filter.region && !aws_names::isRegionName(*filter.region)) {
    return std::string("region must be a region name such as us-east-1.");
  }
  if (const auto since = queryParam(request, "since")) {
    const auto sequence = wholeNumber<std::uint64_t>(*since, 0, UINT64_MAX);
    if (!sequence) {
      return std::string(
          "since must be a journal sequence number (an entry's `sequence`, or a page's `next`).");
    }
    filter.afterSequence = *sequence;
  }
  if (const auto limit = queryParam(request, "limit")) {
    filter.limit = wholeNumber<std::size_t>(*limit, 1, SIZE_MAX);
    if (!filter.limit) return std::string("limit must be a whole number of at least 1.");
  }
  return filter;
}

}  // namespace smsim::control
