#pragma once
// The awsJson1.0 form of every SMS Voice v2 request and result smsim emulates: `fromJson` reads a
// validated request body (explicit nulls already dropped) into the typed request, `toJson` renders
// a typed result with exactly the members AWS sends. One source file per resource group.
#include <nlohmann/json.hpp>

#include "services/sms_voice_v2/operations.hpp"

namespace smsim::aws_json {

namespace v2 = sms_voice_v2;

// opt_out_list_json.cpp
void fromJson(const nlohmann::json& in, v2::CreateOptOutListRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteOptOutListRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeOptOutListsRequest& out);
void fromJson(const nlohmann::json& in, v2::PutOptedOutNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteOptedOutNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeOptedOutNumbersRequest& out);
nlohmann::json toJson(const v2::OptOutListInformation& result);  // also DeleteOptOutListResult
nlohmann::json toJson(const v2::CreateOptOutListResult& result);
nlohmann::json toJson(const v2::DescribeOptOutListsResult& result);
nlohmann::json toJson(const v2::OptedOutNumberInformation& result);
nlohmann::json toJson(const v2::OptedOutNumberOnList& result);  // Put/DeleteOptedOutNumber
nlohmann::json toJson(const v2::DescribeOptedOutNumbersResult& result);

// configuration_set_json.cpp
void fromJson(const nlohmann::json& in, v2::CreateConfigurationSetRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteConfigurationSetRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeConfigurationSetsRequest& out);
void fromJson(const nlohmann::json& in, v2::SetDefaultSenderIdRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteDefaultSenderIdRequest& out);
void fromJson(const nlohmann::json& in, v2::SetDefaultMessageTypeRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteDefaultMessageTypeRequest& out);
void fromJson(const nlohmann::json& in, v2::SetDefaultMessageFeedbackEnabledRequest& out);
void fromJson(const nlohmann::json& in, v2::CreateEventDestinationRequest& out);
void fromJson(const nlohmann::json& in, v2::UpdateEventDestinationRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteEventDestinationRequest& out);
nlohmann::json toJson(const v2::EventDestination& destination);
nlohmann::json toJson(const v2::EventDestinationResult& result);  // Create/Update/Delete
nlohmann::json toJson(const v2::ConfigurationSetInformation& result);
nlohmann::json toJson(const v2::DeleteConfigurationSetResult& result);
nlohmann::json toJson(const v2::CreateConfigurationSetResult& result);
nlohmann::json toJson(const v2::DescribeConfigurationSetsResult& result);
nlohmann::json toJson(const v2::SenderIdDefault& result);     // Set/DeleteDefaultSenderId
nlohmann::json toJson(const v2::MessageTypeDefault& result);  // Set/DeleteDefaultMessageType
nlohmann::json toJson(const v2::SetDefaultMessageFeedbackEnabledResult& result);

// phone_number_json.cpp
void fromJson(const nlohmann::json& in, v2::RequestPhoneNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribePhoneNumbersRequest& out);
void fromJson(const nlohmann::json& in, v2::UpdatePhoneNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::ReleasePhoneNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::OriginationSettingsUpdate& out);
nlohmann::json toJson(const v2::PhoneNumberInformation& result);  // also Update/Release results
nlohmann::json toJson(const v2::RequestPhoneNumberResult& result);
nlohmann::json toJson(const v2::DescribePhoneNumbersResult& result);
void writeSettings(nlohmann::json& out, const v2::OriginationSettingsInformation& settings);

// pool_json.cpp
void fromJson(const nlohmann::json& in, v2::CreatePoolRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribePoolsRequest& out);
void fromJson(const nlohmann::json& in, v2::UpdatePoolRequest& out);
void fromJson(const nlohmann::json& in, v2::DeletePoolRequest& out);
void fromJson(const nlohmann::json& in, v2::PoolAssociationRequest& out);  // (Dis)associate
void fromJson(const nlohmann::json& in, v2::ListPoolOriginationIdentitiesRequest& out);
nlohmann::json toJson(const v2::PoolInformation& result);  // also Update/DeletePool results
nlohmann::json toJson(const v2::CreatePoolResult& result);
nlohmann::json toJson(const v2::DescribePoolsResult& result);
nlohmann::json toJson(const v2::PoolAssociationResult& result);  // (Dis)associate
nlohmann::json toJson(const v2::ListPoolOriginationIdentitiesResult& result);

// keyword_json.cpp
void fromJson(const nlohmann::json& in, v2::PutKeywordRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteKeywordRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeKeywordsRequest& out);
nlohmann::json toJson(const v2::KeywordInformation& result);
nlohmann::json toJson(const v2::KeywordOfIdentity& result);  // Put/DeleteKeyword
nlohmann::json toJson(const v2::DescribeKeywordsResult& result);

// send_json.cpp
void fromJson(const nlohmann::json& in, v2::SendTextMessageRequest& out);
void fromJson(const nlohmann::json& in, v2::SendMediaMessageRequest& out);
void fromJson(const nlohmann::json& in, v2::SendVoiceMessageRequest& out);
nlohmann::json toJson(const v2::SendMessageResult& result);  // all three sends

// account_json.cpp
void fromJson(const nlohmann::json& in, v2::DescribeAccountAttributesRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeAccountLimitsRequest& out);
nlohmann::json toJson(const v2::DescribeAccountAttributesResult& result);
nlohmann::json toJson(const v2::DescribeAccountLimitsResult& result);

// tag_json.cpp
void fromJson(const nlohmann::json& in, v2::TagResourceRequest& out);
void fromJson(const nlohmann::json& in, v2::UntagResourceRequest& out);
void fromJson(const nlohmann::json& in, v2::ListTagsForResourceRequest& out);
nlohmann::json toJson(const v2::TagResourceResult& result);
nlohmann::json toJson(const v2::UntagResourceResult& result);
nlohmann::json toJson(const v2::ListTagsForResourceResult& result);

// verified_destination_number_json.cpp
void fromJson(const nlohmann::json& in, v2::CreateVerifiedDestinationNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteVerifiedDestinationNumberRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeVerifiedDestinationNumbersRequest& out);
void fromJson(const nlohmann::json& in, v2::SendDestinationNumberVerificationCodeRequest& out);
void fromJson(const nlohmann::json& in, v2::VerifyDestinationNumberRequest& out);
nlohmann::json toJson(const v2::VerifiedDestinationNumberInformation& result);  // also Verify's
nlohmann::json toJson(const v2::CreateVerifiedDestinationNumberResult& result);
nlohmann::json toJson(const v2::DeleteVerifiedDestinationNumberResult& result);
nlohmann::json toJson(const v2::DescribeVerifiedDestinationNumbersResult& result);
nlohmann::json toJson(const v2::SendDestinationNumberVerificationCodeResult& result);

// spend_limit_json.cpp (one request shape per kind serves text, media and voice)
void fromJson(const nlohmann::json& in, v2::DescribeSpendLimitsRequest& out);
void fromJson(const nlohmann::json& in, v2::SetSpendLimitOverrideRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteSpendLimitOverrideRequest& out);
nlohmann::json toJson(const v2::DescribeSpendLimitsResult& result);
nlohmann::json toJson(const v2::SpendLimitOverrideResult& result);  // Set/Delete…Override

// sender_id_json.cpp
void fromJson(const nlohmann::json& in, v2::RequestSenderIdRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeSenderIdsRequest& out);
void fromJson(const nlohmann::json& in, v2::UpdateSenderIdRequest& out);
void fromJson(const nlohmann::json& in, v2::ReleaseSenderIdRequest& out);
nlohmann::json toJson(const v2::SenderIdInformation& result);  // also Update/Release results
nlohmann::json toJson(const v2::RequestSenderIdResult& result);
nlohmann::json toJson(const v2::DescribeSenderIdsResult& result);

// protect_configuration_json.cpp
void fromJson(const nlohmann::json& in, v2::CreateProtectConfigurationRequest& out);
void fromJson(const nlohmann::json& in, v2::ProtectConfigurationRequest& out);  // id only
void fromJson(const nlohmann::json& in, v2::UpdateProtectConfigurationRequest& out);
void fromJson(const nlohmann::json& in, v2::DescribeProtectConfigurationsRequest& out);
void fromJson(const nlohmann::json& in, v2::GetProtectConfigurationCountryRuleSetRequest& out);
void fromJson(const nlohmann::json& in, v2::UpdateProtectConfigurationCountryRuleSetRequest& out);
void fromJson(const nlohmann::json& in,
              v2::PutProtectConfigurationRuleSetNumberOverrideRequest& out);
void fromJson(const nlohmann::json& in,
              v2::DeleteProtectConfigurationRuleSetNumberOverrideRequest& out);
void fromJson(const nlohmann::json& in,
              v2::ListProtectConfigurationRuleSetNumberOverridesRequest& out);
void fromJson(const nlohmann::json& in, v2::ProtectConfigurationAssociationRequest& out);
void fromJson(const nlohmann::json& in, v2::DeleteAccountDefaultProtectConfigurationRequest& out);
nlohmann::json toJson(const v2::ProtectConfigurationInformation& result);  // Delete, Update too
nlohmann::json toJson(const v2::CreateProtectConfigurationResult& result);
nlohmann::json toJson(const v2::DescribeProtectConfigurationsResult& result);
nlohmann::json toJson(const v2::CountryRuleSetResult& result);         // Get/Update
nlohmann::json toJson(const v2::ProtectNumberOverrideResult& result);  // Put/Delete
nlohmann::json toJson(const v2::ListProtectConfigurationRuleSetNumberOverridesResult& result);
nlohmann::json toJson(const v2::ProtectConfigurationAssociationResult& result);
nlohmann::json toJson(const v2::AccountDefaultProtectConfigurationResult& result);

}  // namespace smsim::aws_json
