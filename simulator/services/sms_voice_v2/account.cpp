// DescribeAccountAttributes, DescribeAccountLimits: a production account with default quotas.
#include "services/sms_voice_v2/operations.hpp"

namespace smsim::sms_voice_v2 {

DescribeAccountAttributesResult describeAccountAttributes(CallContext&,
                                                          const DescribeAccountAttributesRequest&) {
  return {{{"ACCOUNT_TIER", "PRODUCTION"}}};
}

DescribeAccountLimitsResult describeAccountLimits(CallContext& call,
                                                  const DescribeAccountLimitsRequest&) {
  return call.store.withAccount(call.scope, [](state::AccountState& account) {
    auto used = [](std::size_t count) { return static_cast<std::int64_t>(count); };
    return DescribeAccountLimitsResult{
        {{"PHONE_NUMBERS", used(account.phoneNumbers.size()), 100},
         {"POOLS", used(account.pools.size()), 50},
         {"CONFIGURATION_SETS", used(account.configurationSets.size()), 50},
         {"OPT_OUT_LISTS", used(account.optOutLists.size()), 1000},
         {"SENDER_IDS", 0, 100},
         {"REGISTRATIONS", 0, 100},
         {"REGISTRATION_ATTACHMENTS", 0, 100},
         {"VERIFIED_DESTINATION_NUMBERS", 0, 10}}};
  });
}

}  // namespace smsim::sms_voice_v2
