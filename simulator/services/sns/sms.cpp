// SNS's SMS actions on the account's `Default` opt-out list, the one End User Messaging SMS's STOP
// handling and PutOptedOutNumber write (one opt-out state: see README, "Amazon SNS").
// https://docs.aws.amazon.com/sns/latest/dg/sms_manage.html: an opted-out number is not sent to
// (Publish still answers a MessageId; the message fails), and a number can be opted in only once
// every 30 days. In the SMS sandbox an unverified number fails the same way (smsim's choice: AWS
// documents the rule, not the answer), and so does a number the account default protect
// configuration blocks (send_checks.hpp; SNS has no error for it either).
#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "services/common/ids.hpp"
#include "services/common/page_token.hpp"
#include "services/sms_voice_v2/send_checks.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sandbox_status.hpp"
#include "services/sns/sms_sender.hpp"
#include "services/sns/sms_spend.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::sns {

namespace {

constexpr double kOptInIntervalSeconds = 30 * 24 * 3600;
// ListPhoneNumbersOptedOut answers at most 100 numbers a page
// (https://docs.aws.amazon.com/sns/latest/api/API_ListPhoneNumbersOptedOut.html).
constexpr std::size_t kOptedOutPageSize = 100;
constexpr const char* kOptedOutStatus = "Phone is currently opted out";
constexpr const char* kNotVerifiedStatus =
    "Destination phone number is not verified in the SMS sandbox";

// Null once SMS Voice v2's DeleteOptOutList removed it: then no number is opted out.
state::OptOutList* defaultList(state::AccountState& account) {
  const auto it = account.optOutLists.find(aws_names::kDefaultOptOutListName);
  return it == account.optOutLists.end() ? nullptr : &it->second;
}

void requirePhoneNumber(const std::string& number, const std::string& reason) {
  if (!isE164(number)) throw SnsError::invalidParameter("PhoneNumber Reason: " + number + reason);
}

std::optional<std::string> stringAttribute(const MessageAttributes& attributes,
                                           const std::string& name) {
  const auto it = attributes.find(name);
  if (it == attributes.end() || !it->second.stringValue) return std::nullopt;
  return it->second.stringValue;
}

// SMSType attribute, else the account's DefaultSMSType, else Promotional, as SNS's docs say.
std::string messageType(const state::AccountState& account, const MessageAttributes& attributes) {
  auto type = stringAttribute(attributes, "AWS.SNS.SMS.SMSType");
  if (!type) {
    const auto& preferences = account.sns.smsAttributes;
    if (const auto it = preferences.find("DefaultSMSType"); it != preferences.end()) {
      type = it->second;
    }
  }
  if (type && *type != "Promotional" && *type != "Transactional") {
    throw SnsError(error_code::kInvalidParameterValue,
                   "The message attribute 'AWS.SNS.SMS.SMSType' has an invalid value '" + *type +
                       "'. Valid values are Promotional and Transactional.");
  }
  return type == "Transactional" ? "TRANSACTIONAL" : "PROMOTIONAL";
}

// The number that sends: AWS.MM.SMS.OriginationNumber when given, else the account's oldest
// active number, else none (SNS's shared routes).
std::string originationNumber(const state::AccountState& account,
                              const MessageAttributes& attributes) {
  if (auto number = stringAttribute(attributes, "AWS.MM.SMS.OriginationNumber")) {
    if (!isE164(*number)) {
      throw SnsError(error_code::kInvalidParameterValue,
                     "The message attribute 'AWS.MM.SMS.OriginationNumber' must be a phone number "
                     "in E.164 format.");
    }
    return *number;
  }
  const state::PhoneNumber* oldest = nullptr;
  for (const auto& [id, number] : account.phoneNumbers) {
    if (number.status == "ACTIVE" &&
        (oldest == nullptr || number.createdTimestamp < oldest->createdTimestamp)) {
      oldest = &number;
    }
  }
  return oldest == nullptr ? std::string() : oldest->number;
}

}  // namespace

bool isOptedOut(state::AccountState& account, const std::string& number) {
  const auto* list = defaultList(account);
  return list != nullptr && list->numbers.contains(number);
}

std::string sendSmsLocked(CallContext& call, state::AccountState& account,
                          const PublishSmsRequest& request) {
  state::OutboxMessage message;
  message.messageId = services::newUuid();
  message.originationNumber = originationNumber(account, request.messageAttributes);
  message.originationIdentity = stringAttribute(request.messageAttributes, "AWS.SNS.SMS.SenderID")
                                    .value_or(message.originationNumber);
  message.destinationNumber = request.phoneNumber;
  message.messageBody = request.message;
  message.messageType = messageType(account, request.messageAttributes);
  // The first reason that stops the message is the one its providerResponse gives.
  std::string failure;
  if (isOptedOut(account, request.phoneNumber)) {
    failure = kOptedOutStatus;
  } else if (auto blocked = sms_voice_v2::accountDefaultProtectBlock(
                 account, call.scope, call.clock, request.phoneNumber)) {
    failure = *blocked;
  } else if (!maySendInSandbox(account, request.phoneNumber)) {
    failure = kNotVerifiedStatus;
  } else if (!chargeSmsSpend(account, request.phoneNumber, request.message, call.clock)) {
    failure = "Message would exceed the account's MonthlySpendLimit of " +
              std::to_string(smsSpendLimitOf(account)) + " USD";
  }
  message.status =
      failure.empty() ? state::message_status::kDelivered : state::message_status::kFailed;
  if (!failure.empty()) message.context["providerResponse"] = failure;
  message.origin = "Publish";
  message.timestamp = call.clock.nowEpochSeconds();
  message.accountId = call.scope.accountId;
  message.region = call.scope.region;
  auto messageId = message.messageId;
  call.store.outbox().append(std::move(message));
  return messageId;
}

PublishResult publishSms(CallContext& call, const PublishSmsRequest& request) {
  requirePhoneNumber(request.phoneNumber, " is not valid to publish to");
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return PublishResult{sendSmsLocked(call, account, request)};
  });
}

CheckIfPhoneNumberIsOptedOutResult checkIfPhoneNumberIsOptedOut(
    CallContext& call, const CheckIfPhoneNumberIsOptedOutRequest& request) {
  requirePhoneNumber(request.phoneNumber, " is not a valid phone number");
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    return CheckIfPhoneNumberIsOptedOutResult{isOptedOut(account, request.phoneNumber)};
  });
}

ListPhoneNumbersOptedOutResult listPhoneNumbersOptedOut(
    CallContext& call, const ListPhoneNumbersOptedOutRequest& request) {
  const std::string context = "sns:ListPhoneNumbersOptedOut:" + call.scope.accountId;
  std::optional<std::string> after;
  if (request.nextToken) {
    after = services::decodePageToken(context, *request.nextToken);
    if (!after) throw SnsError::invalidParameter("NextToken");
  }
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    ListPhoneNumbersOptedOutResult result;
    const auto* list = defaultList(account);
    if (list == nullptr) return result;
    const auto& numbers = list->numbers;
    auto it = after ? numbers.upper_bound(*after) : numbers.begin();
    for (; it != numbers.end() && result.phoneNumbers.size() < kOptedOutPageSize; ++it) {
      result.phoneNumbers.push_back(it->first);
    }
    if (it != numbers.end()) {
      result.nextToken = services::encodePageToken(context, result.phoneNumbers.back());
    }
    return result;
  });
}

void optInPhoneNumber(CallContext& call, const OptInPhoneNumberRequest& request) {
  requirePhoneNumber(request.phoneNumber, " is not a valid phone number");
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto* found = defaultList(account);
    if (found == nullptr) return;
    auto& list = *found;
    const auto it = list.numbers.find(request.phoneNumber);
    if (it == list.numbers.end()) return;  // already opted in: nothing to do
    const double now = call.clock.nowEpochSeconds();
    if (const auto last = list.lastDeletedAt.find(request.phoneNumber);
        last != list.lastDeletedAt.end() && now - last->second < kOptInIntervalSeconds) {
      throw SnsError::invalidParameter(
          "PhoneNumber Reason: " + request.phoneNumber +
          " can only be opted in once every 30 days; it was opted in less than 30 days ago");
    }
    list.lastDeletedAt[request.phoneNumber] = now;
    list.numbers.erase(it);
  });
}

}  // namespace smsim::sns
