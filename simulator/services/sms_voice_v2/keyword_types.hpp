#pragma once
// Requests and results of PutKeyword, DeleteKeyword and DescribeKeywords.
#include <optional>
#include <string>
#include <vector>

#include "services/sms_voice_v2/describe_types.hpp"

namespace smsim::sms_voice_v2 {

struct KeywordInformation {
  std::string keyword;
  std::string keywordMessage;
  std::string keywordAction;  // state::keyword_action::*
};

// A keyword with the origination identity it belongs to: Put/DeleteKeyword's result.
struct KeywordOfIdentity : KeywordInformation {
  std::string originationIdentityArn;
  std::string originationIdentity;  // the phone number or pool id
};

struct PutKeywordRequest {
  std::string originationIdentity;  // phone number or pool, by id or ARN
  std::string keyword;
  std::string keywordMessage;
  std::optional<std::string> keywordAction;  // AUTOMATIC_RESPONSE when absent
};
using PutKeywordResult = KeywordOfIdentity;

struct DeleteKeywordRequest {
  std::string originationIdentity;  // phone number or pool, by id or ARN
  std::string keyword;
};
using DeleteKeywordResult = KeywordOfIdentity;

struct DescribeKeywordsRequest {
  std::string originationIdentity;  // phone number or pool, by id or ARN
  std::vector<std::string> keywords;
  std::vector<Filter> filters;  // keyword-action
  PageParameters page;
};
struct DescribeKeywordsResult {
  std::string originationIdentityArn;
  std::string originationIdentity;
  std::vector<KeywordInformation> keywords;
  std::optional<std::string> nextToken;
};

}  // namespace smsim::sms_voice_v2
