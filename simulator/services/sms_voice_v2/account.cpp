// DescribeAccountAttributes, DescribeAccountLimits: a production account with default quotas.
#include "services/sms_voice_v2/operations.hpp"

namespace smsim::sms_voice_v2 {

nlohmann::json describeAccountAttributes(CallContext&, const nlohmann::json&) {
  return {{"AccountAttributes", {{{"Name", "ACCOUNT_TIER"}, {"Value", "PRODUCTION"}}}}};
}

nlohmann::json describeAccountLimits(CallContext& call, const nlohmann::json&) {
  return call.store.withAccount(call.scope, [](state::AccountState& account) {
    auto limit = [](const char* name, std::size_t used, std::size_t max) {
      return nlohmann::json{{"Name", name}, {"Used", used}, {"Max", max}};
    };
    return nlohmann::json{
        {"AccountLimits",
         {limit("PHONE_NUMBERS", account.phoneNumbers.size(), 100),
          limit("POOLS", account.pools.size(), 50), limit("CONFIGURATION_SETS", 0, 50),
          limit("OPT_OUT_LISTS", account.optOutLists.size(), 1000), limit("SENDER_IDS", 0, 100),
          limit("REGISTRATIONS", 0, 100), limit("REGISTRATION_ATTACHMENTS", 0, 100),
          limit("VERIFIED_DESTINATION_NUMBERS", 0, 10)}}};
  });
}

}  // namespace smsim::sms_voice_v2
