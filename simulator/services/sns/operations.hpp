#pragma once
// The SNS actions smsim emulates, as typed functions; aws_query's operation table maps each
// action name to one of these.
#include "services/sns/call_context.hpp"
#include "services/sns/origination_types.hpp"
#include "services/sns/sms_types.hpp"

namespace smsim::sns {

// sms.cpp
PublishResult publishSms(CallContext& call, const PublishSmsRequest& request);
CheckIfPhoneNumberIsOptedOutResult checkIfPhoneNumberIsOptedOut(
    CallContext& call, const CheckIfPhoneNumberIsOptedOutRequest& request);
ListPhoneNumbersOptedOutResult listPhoneNumbersOptedOut(
    CallContext& call, const ListPhoneNumbersOptedOutRequest& request);
void optInPhoneNumber(CallContext& call, const OptInPhoneNumberRequest& request);

// sms_attributes.cpp
SmsAttributes getSmsAttributes(CallContext& call, const GetSmsAttributesRequest& request);
void setSmsAttributes(CallContext& call, const SetSmsAttributesRequest& request);

// origination_numbers.cpp
ListOriginationNumbersResult listOriginationNumbers(CallContext& call,
                                                    const ListOriginationNumbersRequest& request);
SmsSandboxAccountStatus getSmsSandboxAccountStatus(CallContext& call);

}  // namespace smsim::sns
