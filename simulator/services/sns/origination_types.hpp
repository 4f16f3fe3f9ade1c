#pragma once
// Typed requests and results of ListOriginationNumbers and GetSMSSandboxAccountStatus.
#include <optional>
#include <string>
#include <vector>

namespace smsim::sns {

struct ListOriginationNumbersRequest {
  std::optional<std::string> nextToken;
  std::optional<int> maxResults;  // 1-30, checked by the model
};
struct OriginationNumber {
  double createdAt = 0;
  std::string phoneNumber;
  std::string status;
  std::string iso2CountryCode;
  std::string routeType;  // Transactional, Promotional
  std::vector<std::string> numberCapabilities;
};
struct ListOriginationNumbersResult {
  std::vector<OriginationNumber> phoneNumbers;
  std::optional<std::string> nextToken;
};

struct SmsSandboxAccountStatus {
  bool isInSandbox = false;
};

}  // namespace smsim::sns
