// GetSMSAttributes, SetSMSAttributes: the account's SMS preferences, as SNS keeps them
// (https://docs.aws.amazon.com/sns/latest/api/API_SetSMSAttributes.html).
#include <array>
#include <string_view>

#include "services/sns/operations.hpp"
#include "services/sns/sms_spend.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::sns {

namespace {

constexpr std::array<std::string_view, 6> kAttributeNames = {
    "MonthlySpendLimit", "DeliveryStatusIAMRole", "DeliveryStatusSuccessSamplingRate",
    "DefaultSenderID",   "DefaultSMSType",        "UsageReportS3Bucket"};

constexpr std::size_t kMaxNumberDigits = 9;

bool isAttributeName(std::string_view name) {
  for (const auto known : kAttributeNames) {
    if (known == name) return true;
  }
  return false;
}

void checkValue(const std::string& name, const std::string& value) {
  if (name == "DefaultSMSType" && value != "Promotional" && value != "Transactional") {
    throw SnsError::invalidParameter("DefaultSMSType Reason: " + value +
                                     " is not one of Promotional, Transactional");
  }
  if (name == "DeliveryStatusSuccessSamplingRate" || name == "MonthlySpendLimit") {
    // Whole numbers (a percentage for the sampling rate, USD for the limit).
    const bool digits = !value.empty() && value.size() <= kMaxNumberDigits &&
                        value.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || (name == "DeliveryStatusSuccessSamplingRate" && std::stoi(value) > 100)) {
      throw SnsError::invalidParameter(name + " Reason: " + value + " is not a valid value");
    }
  }
}

}  // namespace

SmsAttributes getSmsAttributes(CallContext& call, const GetSmsAttributesRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto& stored = account.sns.smsAttributes;
    if (request.attributes.empty()) return stored;
    SmsAttributes out;
    for (const auto& name : request.attributes) {
      if (const auto it = stored.find(name); it != stored.end()) out.insert(*it);
    }
    return out;
  });
}

void setSmsAttributes(CallContext& call, const SetSmsAttributesRequest& request) {
  for (const auto& [name, value] : request.attributes) {
    if (!isAttributeName(name)) {
      throw SnsError::invalidParameter("Reason: " + name + " is not a valid attribute");
    }
    checkValue(name, value);
  }
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    // "By default, the spend limit is set to the maximum allowed by Amazon SNS. If you want to
    // raise the limit, submit an SNS Limit Increase case": nothing above that maximum is taken.
    if (const auto it = request.attributes.find("MonthlySpendLimit");
        it != request.attributes.end() && std::stoll(it->second) > maxSmsSpendLimitOf(account)) {
      throw SnsError::invalidParameter("MonthlySpendLimit Reason: " + it->second +
                                       " is higher than the account's limit of " +
                                       std::to_string(maxSmsSpendLimitOf(account)) + " USD");
    }
    for (const auto& [name, value] : request.attributes) {
      account.sns.smsAttributes.insert_or_assign(name, value);
    }
  });
}

}  // namespace smsim::sns
