// DescribeAccountAttributes, DescribeAccountLimits: the account's tier and its default quotas.
#include "services/sms_voice_v2/account_limits.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/sender_ids.hpp"
#include "services/sms_voice_v2/verified_destination_limits.hpp"

namespace smsim::sms_voice_v2 {

// ACCOUNT_TIER is SANDBOX or PRODUCTION
// (https://docs.aws.amazon.com/sms-voice/latest/APIReference/API_AccountAttribute.html);
// DEFAULT_PROTECT_CONFIGURATION_ID (the model's AccountAttributeName) is listed while the account
// has a default protect configuration (smsim leaves it out otherwise: AWS states neither way).
DescribeAccountAttributesResult describeAccountAttributes(CallContext& call,
                                                          const DescribeAccountAttributesRequest&) {
  return call.store.withAccount(call.scope, [](const state::AccountState& account) {
    DescribeAccountAttributesResult result{{{"ACCOUNT_TIER", accountTierName(account.tier)}}};
    if (account.defaultProtectConfigurationId) {
      result.accountAttributes.push_back(
          {"DEFAULT_PROTECT_CONFIGURATION_ID", *account.defaultProtectConfigurationId});
    }
    return result;
  });
}

DescribeAccountLimitsResult describeAccountLimits(CallContext& call,
                                                  const DescribeAccountLimitsRequest&) {
  return call.store.withAccount(call.scope, [](state::AccountState& account) {
    auto used = [](std::size_t count) { return static_cast<std::int64_t>(count); };
    auto quota = [](std::size_t limit) { return static_cast<std::int64_t>(limit); };
    return DescribeAccountLimitsResult{
        {{"PHONE_NUMBERS", used(account.phoneNumbers.size()), quota(kMaxPhoneNumbersPerAccount)},
         {"POOLS", used(account.pools.size()), quota(kMaxPoolsPerAccount)},
         {"CONFIGURATION_SETS", used(account.configurationSets.size()), 50},
         {"OPT_OUT_LISTS", used(account.optOutLists.size()), quota(kMaxOptOutListsPerAccount)},
         {"SENDER_IDS", used(account.senderIds.size()), kMaxSenderIds},
         {"REGISTRATIONS", 0, 100},
         {"REGISTRATION_ATTACHMENTS", 0, 100},
         {"VERIFIED_DESTINATION_NUMBERS", used(account.verifiedDestinationNumbers.size()),
          kMaxVerifiedDestinationNumbers}}};
  });
}

}  // namespace smsim::sms_voice_v2
