#include "protocols/aws_json/operation_table.hpp"

#include <string>
#include <unordered_map>

#include "protocols/aws_json/service_json.hpp"

namespace smsim::aws_json {

namespace {

template <typename>
struct ServiceSignature;

template <typename Request, typename Result>
struct ServiceSignature<Result (*)(sms_voice_v2::CallContext&, const Request&)> {
  using RequestType = Request;
};

// JSON in, typed call, JSON out: the only place a service meets the wire form.
template <auto Service>
nlohmann::json serveTyped(sms_voice_v2::CallContext& call, const nlohmann::json& input) {
  typename ServiceSignature<decltype(Service)>::RequestType request;
  fromJson(input, request);
  return toJson(Service(call, request));
}

template <auto Service>
constexpr AwsJsonOperation operation(bool replaysClientToken = false) {
  return {serveTyped<Service>, replaysClientToken};
}

constexpr bool kReplaysClientToken = true;

}  // namespace

const AwsJsonOperation* findOperation(std::string_view name) {
  namespace v2 = sms_voice_v2;
  static const std::unordered_map<std::string_view, AwsJsonOperation> operations = {
      {"CreateOptOutList", operation<v2::createOptOutList>(kReplaysClientToken)},
      {"DeleteOptOutList", operation<v2::deleteOptOutList>()},
      {"DescribeOptOutLists", operation<v2::describeOptOutLists>()},
      {"PutOptedOutNumber", operation<v2::putOptedOutNumber>()},
      {"DeleteOptedOutNumber", operation<v2::deleteOptedOutNumber>()},
      {"DescribeOptedOutNumbers", operation<v2::describeOptedOutNumbers>()},
      {"RequestPhoneNumber", operation<v2::requestPhoneNumber>(kReplaysClientToken)},
      {"DescribePhoneNumbers", operation<v2::describePhoneNumbers>()},
      {"UpdatePhoneNumber", operation<v2::updatePhoneNumber>()},
      {"ReleasePhoneNumber", operation<v2::releasePhoneNumber>()},
      {"CreatePool", operation<v2::createPool>(kReplaysClientToken)},
      {"DescribePools", operation<v2::describePools>()},
      {"UpdatePool", operation<v2::updatePool>()},
      {"DeletePool", operation<v2::deletePool>()},
      {"AssociateOriginationIdentity", operation<v2::associateOriginationIdentity>()},
      {"DisassociateOriginationIdentity", operation<v2::disassociateOriginationIdentity>()},
      {"ListPoolOriginationIdentities", operation<v2::listPoolOriginationIdentities>()},
      {"PutKeyword", operation<v2::putKeyword>()},
      {"DeleteKeyword", operation<v2::deleteKeyword>()},
      {"DescribeKeywords", operation<v2::describeKeywords>()},
      {"CreateConfigurationSet", operation<v2::createConfigurationSet>(kReplaysClientToken)},
      {"DeleteConfigurationSet", operation<v2::deleteConfigurationSet>()},
      {"DescribeConfigurationSets", operation<v2::describeConfigurationSets>()},
      {"SetDefaultSenderId", operation<v2::setDefaultSenderId>()},
      {"DeleteDefaultSenderId", operation<v2::deleteDefaultSenderId>()},
      {"SetDefaultMessageType", operation<v2::setDefaultMessageType>()},
      {"DeleteDefaultMessageType", operation<v2::deleteDefaultMessageType>()},
      {"SetDefaultMessageFeedbackEnabled", operation<v2::setDefaultMessageFeedbackEnabled>()},
      {"CreateEventDestination", operation<v2::createEventDestination>(kReplaysClientToken)},
      {"UpdateEventDestination", operation<v2::updateEventDestination>()},
      {"DeleteEventDestination", operation<v2::deleteEventDestination>()},
      {"SendTextMessage", operation<v2::sendTextMessage>()},
      {"SendMediaMessage", operation<v2::sendMediaMessage>()},
      {"SendVoiceMessage", operation<v2::sendVoiceMessage>()},
      {"DescribeAccountAttributes", operation<v2::describeAccountAttributes>()},
      {"DescribeAccountLimits", operation<v2::describeAccountLimits>()},
      {"CreateVerifiedDestinationNumber",
       operation<v2::createVerifiedDestinationNumber>(kReplaysClientToken)},
      {"DeleteVerifiedDestinationNumber", operation<v2::deleteVerifiedDestinationNumber>()},
      {"DescribeVerifiedDestinationNumbers", operation<v2::describeVerifiedDestinationNumbers>()},
      {"SendDestinationNumberVerificationCode",
       operation<v2::sendDestinationNumberVerificationCode>()},
      {"VerifyDestinationNumber", operation<v2::verifyDestinationNumber>()},
      {"DescribeSpendLimits", operation<v2::describeSpendLimits>()},
      {"SetTextMessageSpendLimitOverride", operation<v2::setTextMessageSpendLimitOverride>()},
      {"SetMediaMessageSpendLimitOverride", operation<v2::setMediaMessageSpendLimitOverride>()},
      {"SetVoiceMessageSpendLimitOverride", operation<v2::setVoiceMessageSpendLimitOverride>()},
      {"DeleteTextMessageSpendLimitOverride", operation<v2::deleteTextMessageSpendLimitOverride>()},
      {"DeleteMediaMessageSpendLimitOverride",
       operation<v2::deleteMediaMessageSpendLimitOverride>()},
      {"DeleteVoiceMessageSpendLimitOverride",
       operation<v2::deleteVoiceMessageSpendLimitOverride>()},
      {"RequestSenderId", operation<v2::requestSenderId>(kReplaysClientToken)},
      {"DescribeSenderIds", operation<v2::describeSenderIds>()},
      {"UpdateSenderId", operation<v2::updateSenderId>()},
      {"ReleaseSenderId", operation<v2::releaseSenderId>()},
      {"CreateProtectConfiguration",
       operation<v2::createProtectConfiguration>(kReplaysClientToken)},
      {"DeleteProtectConfiguration", operation<v2::deleteProtectConfiguration>()},
      {"UpdateProtectConfiguration", operation<v2::updateProtectConfiguration>()},
      {"DescribeProtectConfigurations", operation<v2::describeProtectConfigurations>()},
      {"GetProtectConfigurationCountryRuleSet",
       operation<v2::getProtectConfigurationCountryRuleSet>()},
      {"UpdateProtectConfigurationCountryRuleSet",
       operation<v2::updateProtectConfigurationCountryRuleSet>()},
      {"PutProtectConfigurationRuleSetNumberOverride",
       operation<v2::putProtectConfigurationRuleSetNumberOverride>(kReplaysClientToken)},
      {"DeleteProtectConfigurationRuleSetNumberOverride",
       operation<v2::deleteProtectConfigurationRuleSetNumberOverride>()},
      {"ListProtectConfigurationRuleSetNumberOverrides",
       operation<v2::listProtectConfigurationRuleSetNumberOverrides>()},
      {"AssociateProtectConfiguration", operation<v2::associateProtectConfiguration>()},
      {"DisassociateProtectConfiguration", operation<v2::disassociateProtectConfiguration>()},
      {"SetAccountDefaultProtectConfiguration",
       operation<v2::setAccountDefaultProtectConfiguration>()},
      {"DeleteAccountDefaultProtectConfiguration",
       operation<v2::deleteAccountDefaultProtectConfiguration>()},
      {"TagResource", operation<v2::tagResource>()},
      {"UntagResource", operation<v2::untagResource>()},
      {"ListTagsForResource", operation<v2::listTagsForResource>()},
  };
  auto it = operations.find(name);
  return it == operations.end() ? nullptr : &it->second;
}

}  // namespace smsim::aws_json
