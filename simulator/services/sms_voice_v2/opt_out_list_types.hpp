#pragma once
// Requests and results of the opt-out list operations (CreateOptOutList, DeleteOptOutList,
// DescribeOptOutLists) and of the numbers on a list (PutOptedOutNumber, DeleteOptedOutNumber,
// DescribeOptedOutNumbers).
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"

namespace smsim::sms_voice_v2 {

struct OptOutListInformation {
  std::string optOutListArn;
  std::string optOutListName;
  double createdTimestamp = 0;  // epoch seconds
};

struct CreateOptOutListRequest {
  std::string optOutListName;
  std::vector<Tag> tags;
};
struct CreateOptOutListResult : OptOutListInformation {
  std::vector<Tag> tags;
};

struct DeleteOptOutListRequest {
  std::string optOutListName;  // name or ARN
};
using DeleteOptOutListResult = OptOutListInformation;

struct DescribeOptOutListsRequest {
  std::vector<std::string> optOutListNames;  // names or ARNs
  std::optional<std::string> owner;          // resource_owner::kSelf when absent
  PageParameters page;
};
struct DescribeOptOutListsResult {
  std::vector<OptOutListInformation> optOutLists;
  std::optional<std::string> nextToken;
};

struct OptedOutNumberInformation {
  std::string optedOutNumber;
  double optedOutTimestamp = 0;  // epoch seconds
  bool endUserOptedOut = false;  // true when the handset sent STOP, false when added by the API
};

// The list a number is on, with the number: Put/DeleteOptedOutNumber's result.
struct OptedOutNumberOnList : OptedOutNumberInformation {
  std::string optOutListArn;
  std::string optOutListName;
};

struct PutOptedOutNumberRequest {
  std::string optOutListName;  // name or ARN
  std::string optedOutNumber;
};
using PutOptedOutNumberResult = OptedOutNumberOnList;

struct DeleteOptedOutNumberRequest {
  std::string optOutListName;  // name or ARN
  std::string optedOutNumber;
};
using DeleteOptedOutNumberResult = OptedOutNumberOnList;

struct DescribeOptedOutNumbersRequest {
  std::string optOutListName;  // name or ARN
  std::vector<std::string> optedOutNumbers;
  std::vector<Filter> filters;  // end-user-opted-out: "true" / "false"
  PageParameters page;
};
struct DescribeOptedOutNumbersResult {
  std::string optOutListArn;
  std::string optOutListName;
  std::vector<OptedOutNumberInformation> optedOutNumbers;
  std::optional<std::string> nextToken;
};

}  // namespace smsim::sms_voice_v2
