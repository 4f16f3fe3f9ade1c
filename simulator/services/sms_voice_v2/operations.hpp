#pragma once
// The operations smsim emulates, as typed functions grouped by the resource they act on. Input
// arrives already validated against the service model; a function returns its result or throws
// ServiceError. ClientToken replays are the protocol's business, not the service's.
#include "services/sms_voice_v2/account_types.hpp"
#include "services/sms_voice_v2/call_context.hpp"
#include "services/sms_voice_v2/configuration_set_types.hpp"
#include "services/sms_voice_v2/keyword_types.hpp"
#include "services/sms_voice_v2/opt_out_list_types.hpp"
#include "services/sms_voice_v2/phone_number_types.hpp"
#include "services/sms_voice_v2/pool_types.hpp"
#include "services/sms_voice_v2/protect_configuration_types.hpp"
#include "services/sms_voice_v2/send_types.hpp"
#include "services/sms_voice_v2/sender_id_types.hpp"
#include "services/sms_voice_v2/spend_limit_types.hpp"
#include "services/sms_voice_v2/tag_types.hpp"
#include "services/sms_voice_v2/verified_destination_number_types.hpp"

namespace smsim::sms_voice_v2 {

CreateOptOutListResult createOptOutList(CallContext&, const CreateOptOutListRequest&);
DeleteOptOutListResult deleteOptOutList(CallContext&, const DeleteOptOutListRequest&);
DescribeOptOutListsResult describeOptOutLists(CallContext&, const DescribeOptOutListsRequest&);

PutOptedOutNumberResult putOptedOutNumber(CallContext&, const PutOptedOutNumberRequest&);
DeleteOptedOutNumberResult deleteOptedOutNumber(CallContext&, const DeleteOptedOutNumberRequest&);
DescribeOptedOutNumbersResult describeOptedOutNumbers(CallContext&,
                                                      const DescribeOptedOutNumbersRequest&);

RequestPhoneNumberResult requestPhoneNumber(CallContext&, const RequestPhoneNumberRequest&);
DescribePhoneNumbersResult describePhoneNumbers(CallContext&, const DescribePhoneNumbersRequest&);
UpdatePhoneNumberResult updatePhoneNumber(CallContext&, const UpdatePhoneNumberRequest&);
ReleasePhoneNumberResult releasePhoneNumber(CallContext&, const ReleasePhoneNumberRequest&);

CreatePoolResult createPool(CallContext&, const CreatePoolRequest&);
DescribePoolsResult describePools(CallContext&, const DescribePoolsRequest&);
UpdatePoolResult updatePool(CallContext&, const UpdatePoolRequest&);
DeletePoolResult deletePool(CallContext&, const DeletePoolRequest&);
AssociateOriginationIdentityResult associateOriginationIdentity(
    CallContext&, const AssociateOriginationIdentityRequest&);
DisassociateOriginationIdentityResult disassociateOriginationIdentity(
    CallContext&, const DisassociateOriginationIdentityRequest&);
ListPoolOriginationIdentitiesResult listPoolOriginationIdentities(
    CallContext&, const ListPoolOriginationIdentitiesRequest&);

PutKeywordResult putKeyword(CallContext&, const PutKeywordRequest&);
DeleteKeywordResult deleteKeyword(CallContext&, const DeleteKeywordRequest&);
DescribeKeywordsResult describeKeywords(CallContext&, const DescribeKeywordsRequest&);

CreateConfigurationSetResult createConfigurationSet(CallContext&,
                                                    const CreateConfigurationSetRequest&);
DeleteConfigurationSetResult deleteConfigurationSet(CallContext&,
                                                    const DeleteConfigurationSetRequest&);
DescribeConfigurationSetsResult describeConfigurationSets(CallContext&,
                                                          const DescribeConfigurationSetsRequest&);
SetDefaultSenderIdResult setDefaultSenderId(CallContext&, const SetDefaultSenderIdRequest&);
DeleteDefaultSenderIdResult deleteDefaultSenderId(CallContext&,
                                                  const DeleteDefaultSenderIdRequest&);
SetDefaultMessageTypeResult setDefaultMessageType(CallContext&,
                                                  const SetDefaultMessageTypeRequest&);
DeleteDefaultMessageTypeResult deleteDefaultMessageType(CallContext&,
                                                        const DeleteDefaultMessageTypeRequest&);
SetDefaultMessageFeedbackEnabledResult setDefaultMessageFeedbackEnabled(
    CallContext&, const SetDefaultMessageFeedbackEnabledRequest&);
CreateEventDestinationResult createEventDestination(CallContext&,
                                                    const CreateEventDestinationRequest&);
UpdateEventDestinationResult updateEventDestination(CallContext&,
                                                    const UpdateEventDestinationRequest&);
DeleteEventDestinationResult deleteEventDestination(CallContext&,
                                                    const DeleteEventDestinationRequest&);

SendTextMessageResult sendTextMessage(CallContext&, const SendTextMessageRequest&);
SendMediaMessageResult sendMediaMessage(CallContext&, const SendMediaMessageRequest&);
SendVoiceMessageResult sendVoiceMessage(CallContext&, const SendVoiceMessageRequest&);

DescribeAccountAttributesResult describeAccountAttributes(CallContext&,
                                                          const DescribeAccountAttributesRequest&);
DescribeAccountLimitsResult describeAccountLimits(CallContext&,
                                                  const DescribeAccountLimitsRequest&);

TagResourceResult tagResource(CallContext&, const TagResourceRequest&);
UntagResourceResult untagResource(CallContext&, const UntagResourceRequest&);
ListTagsForResourceResult listTagsForResource(CallContext&, const ListTagsForResourceRequest&);

CreateVerifiedDestinationNumberResult createVerifiedDestinationNumber(
    CallContext&, const CreateVerifiedDestinationNumberRequest&);
DeleteVerifiedDestinationNumberResult deleteVerifiedDestinationNumber(
    CallContext&, const DeleteVerifiedDestinationNumberRequest&);
DescribeVerifiedDestinationNumbersResult describeVerifiedDestinationNumbers(
    CallContext&, const DescribeVerifiedDestinationNumbersRequest&);
SendDestinationNumberVerificationCodeResult sendDestinationNumberVerificationCode(
    CallContext&, const SendDestinationNumberVerificationCodeRequest&);
VerifyDestinationNumberResult verifyDestinationNumber(CallContext&,
                                                      const VerifyDestinationNumberRequest&);

DescribeSpendLimitsResult describeSpendLimits(CallContext&, const DescribeSpendLimitsRequest&);
SpendLimitOverrideResult setTextMessageSpendLimitOverride(
    CallContext&, const SetTextMessageSpendLimitOverrideRequest&);
SpendLimitOverrideResult setMediaMessageSpendLimitOverride(
    CallContext&, const SetMediaMessageSpendLimitOverrideRequest&);
SpendLimitOverrideResult setVoiceMessageSpendLimitOverride(
    CallContext&, const SetVoiceMessageSpendLimitOverrideRequest&);
SpendLimitOverrideResult deleteTextMessageSpendLimitOverride(
    CallContext&, const DeleteTextMessageSpendLimitOverrideRequest&);
SpendLimitOverrideResult deleteMediaMessageSpendLimitOverride(
    CallContext&, const DeleteMediaMessageSpendLimitOverrideRequest&);
SpendLimitOverrideResult deleteVoiceMessageSpendLimitOverride(
    CallContext&, const DeleteVoiceMessageSpendLimitOverrideRequest&);

RequestSenderIdResult requestSenderId(CallContext&, const RequestSenderIdRequest&);
DescribeSenderIdsResult describeSenderIds(CallContext&, const DescribeSenderIdsRequest&);
UpdateSenderIdResult updateSenderId(CallContext&, const UpdateSenderIdRequest&);
ReleaseSenderIdResult releaseSenderId(CallContext&, const ReleaseSenderIdRequest&);

CreateProtectConfigurationResult createProtectConfiguration(
    CallContext&, const CreateProtectConfigurationRequest&);
DeleteProtectConfigurationResult deleteProtectConfiguration(
    CallContext&, const DeleteProtectConfigurationRequest&);
UpdateProtectConfigurationResult updateProtectConfiguration(
    CallContext&, const UpdateProtectConfigurationRequest&);
DescribeProtectConfigurationsResult describeProtectConfigurations(
    CallContext&, const DescribeProtectConfigurationsRequest&);
GetProtectConfigurationCountryRuleSetResult getProtectConfigurationCountryRuleSet(
    CallContext&, const GetProtectConfigurationCountryRuleSetRequest&);
UpdateProtectConfigurationCountryRuleSetResult updateProtectConfigurationCountryRuleSet(
    CallContext&, const UpdateProtectConfigurationCountryRuleSetRequest&);
PutProtectConfigurationRuleSetNumberOverrideResult putProtectConfigurationRuleSetNumberOverride(
    CallContext&, const PutProtectConfigurationRuleSetNumberOverrideRequest&);
DeleteProtectConfigurationRuleSetNumberOverrideResult
deleteProtectConfigurationRuleSetNumberOverride(
    CallContext&, const DeleteProtectConfigurationRuleSetNumberOverrideRequest&);
ListProtectConfigurationRuleSetNumberOverridesResult listProtectConfigurationRuleSetNumberOverrides(
    CallContext&, const ListProtectConfigurationRuleSetNumberOverridesRequest&);
AssociateProtectConfigurationResult associateProtectConfiguration(
    CallContext&, const AssociateProtectConfigurationRequest&);
DisassociateProtectConfigurationResult disassociateProtectConfiguration(
    CallContext&, const DisassociateProtectConfigurationRequest&);
SetAccountDefaultProtectConfigurationResult setAccountDefaultProtectConfiguration(
    CallContext&, const SetAccountDefaultProtectConfigurationRequest&);
DeleteAccountDefaultProtectConfigurationResult deleteAccountDefaultProtectConfiguration(
    CallContext&, const DeleteAccountDefaultProtectConfigurationRequest&);

}  // namespace smsim::sms_voice_v2
