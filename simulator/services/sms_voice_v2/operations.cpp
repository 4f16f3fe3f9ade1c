#include "services/sms_voice_v2/operations.hpp"

#include <string>
#include <unordered_map>

namespace smsim::sms_voice_v2 {

OperationHandler findOperationHandler(std::string_view operation) {
  static const std::unordered_map<std::string_view, OperationHandler> handlers = {
      {"CreateOptOutList", createOptOutList},
      {"DeleteOptOutList", deleteOptOutList},
      {"DescribeOptOutLists", describeOptOutLists},
      {"PutOptedOutNumber", putOptedOutNumber},
      {"DeleteOptedOutNumber", deleteOptedOutNumber},
      {"DescribeOptedOutNumbers", describeOptedOutNumbers},
      {"RequestPhoneNumber", requestPhoneNumber},
      {"DescribePhoneNumbers", describePhoneNumbers},
      {"UpdatePhoneNumber", updatePhoneNumber},
      {"ReleasePhoneNumber", releasePhoneNumber},
      {"CreatePool", createPool},
      {"DescribePools", describePools},
      {"UpdatePool", updatePool},
      {"DeletePool", deletePool},
      {"AssociateOriginationIdentity", associateOriginationIdentity},
      {"DisassociateOriginationIdentity", disassociateOriginationIdentity},
      {"ListPoolOriginationIdentities", listPoolOriginationIdentities},
      {"PutKeyword", putKeyword},
      {"DeleteKeyword", deleteKeyword},
      {"DescribeKeywords", describeKeywords},
      {"SendTextMessage", sendTextMessage},
      {"DescribeAccountAttributes", describeAccountAttributes},
      {"DescribeAccountLimits", describeAccountLimits},
      {"TagResource", tagResource},
      {"UntagResource", untagResource},
      {"ListTagsForResource", listTagsForResource},
  };
  auto it = handlers.find(operation);
  return it == handlers.end() ? nullptr : it->second;
}

}  // namespace smsim::sms_voice_v2
