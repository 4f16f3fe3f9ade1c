#pragma once
// Where an account stands with AWS End User Messaging SMS: new accounts start in the sandbox, where
// messages reach only verified destination numbers, until AWS moves them to production
// (https://docs.aws.amazon.com/sms-voice/latest/userguide/sandbox.html).
namespace smsim {

enum class AccountTier { Production, Sandbox };

// The value DescribeAccountAttributes reports for ACCOUNT_TIER.
inline const char* accountTierName(AccountTier tier) {
  return tier == AccountTier::Sandbox ? "SANDBOX" : "PRODUCTION";
}

}  // namespace smsim
