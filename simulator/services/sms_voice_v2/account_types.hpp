#pragma once
// Requests and results of DescribeAccountAttributes and DescribeAccountLimits.
#include <cstdint>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"

namespace smsim::sms_voice_v2 {

struct AccountAttribute {
  std::string name;
  std::string value;
};

struct AccountLimit {
  std::string name;
  std::int64_t used = 0;
  std::int64_t max = 0;
};

// One page holds every attribute and limit, so the page members are read and ignored.
struct DescribeAccountAttributesRequest {
  PageParameters page;
};
struct DescribeAccountAttributesResult {
  std::vector<AccountAttribute> accountAttributes;
};

struct DescribeAccountLimitsRequest {
  PageParameters page;
};
struct DescribeAccountLimitsResult {
  std::vector<AccountLimit> accountLimits;
};

}  // namespace smsim::sms_voice_v2
