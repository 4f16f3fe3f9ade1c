// The SMS sandbox's destination numbers
// (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox-verifying-phone-numbers.html):
// CreateSMSSandboxPhoneNumber texts a one-time password to the number (into the outbox, so a test
// reads it there), VerifySMSSandboxPhoneNumber checks it, List and Delete manage the numbers.
#include <algorithm>
#include <random>

#include "services/common/ids.hpp"
#include "services/common/page_token.hpp"
#include "services/sns/operations.hpp"
#include "services/sns/sandbox_status.hpp"
#include "services/sns/sms_sender.hpp"
#include "services/sns/sns_error.hpp"

namespace smsim::sns {

namespace {

// AWS's quota: ten sandbox destination numbers an account
// (https://docs.aws.amazon.com/sns/latest/dg/sns-sms-sandbox.html).
constexpr std::size_t kMaxSandboxNumbers = 10;
constexpr std::size_t kSandboxPageSize = 100;
constexpr int kPasswordDigits = 6;
// The same guide: a number is sent at most five passwords every 24 hours, and can be deleted only
// 24 hours after its verification or last verification attempt (on the simulated clock).
constexpr std::size_t kPasswordsPerDay = 5;
constexpr double kDaySeconds = 24 * 3600;

std::string oneTimePassword() {
  thread_local std::mt19937 generator{std::random_device{}()};
  std::uniform_int_distribution<int> digit(0, 9);
  std::string password;
  for (int i = 0; i < kPasswordDigits; ++i) password += static_cast<char>('0' + digit(generator));
  return password;
}

void sendPassword(CallContext& call, const std::string& number, const std::string& password) {
  state::OutboxMessage message;
  message.messageId = services::newUuid();
  message.destinationNumber = number;
  message.messageBody = "Your verification code is " + password;
  message.messageType = "TRANSACTIONAL";
  message.status = state::message_status::kDelivered;
  message.origin = "CreateSMSSandboxPhoneNumber";
  message.timestamp = call.clock.nowEpochSeconds();
  message.accountId = call.scope.accountId;
  message.region = call.scope.region;
  call.store.outbox().append(std::move(message));
}

state::SnsSandboxNumber& findNumber(state::AccountState& account, const std::string& number) {
  const auto it = account.sns.sandboxNumbers.find(number);
  if (it == account.sns.sandboxNumbers.end()) {
    throw SnsError(error_code::kResourceNotFound, "Can't find the phone number " + number + ".");
  }
  return it->second;
}

}  // namespace

// One sandbox for SNS and End User Messaging SMS: the account tier v2 keeps (--account-tier).
bool isInSmsSandbox(const state::AccountState& account) { return state::inSandbox(account); }

bool maySendInSandbox(const state::AccountState& account, const std::string& number) {
  if (!isInSmsSandbox(account)) return true;
  const auto sandbox = account.sns.sandboxNumbers.find(number);
  if (sandbox != account.sns.sandboxNumbers.end() && sandbox->second.verified) return true;
  return std::any_of(account.verifiedDestinationNumbers.begin(),
                     account.verifiedDestinationNumbers.end(), [&](const auto& entry) {
                       return entry.second.destinationPhoneNumber == number &&
                              entry.second.status == state::verification_status::kVerified;
                     });
}

void createSmsSandboxPhoneNumber(CallContext& call, const std::string& number,
                                 const std::string& languageCode) {
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    if (isOptedOut(account, number)) {
      throw SnsError(error_code::kOptedOut, "Phone number is opted out.");
    }
    auto& numbers = account.sns.sandboxNumbers;
    const auto existing = numbers.find(number);
    if (existing != numbers.end() && existing->second.verified) {
      throw SnsError(error_code::kUserError, "The phone number is already verified.");
    }
    if (existing == numbers.end() && numbers.size() >= kMaxSandboxNumbers) {
      throw SnsError(error_code::kUserError,
                     "You have reached the maximum number of sandbox phone numbers.");
    }
    // Creating a pending number again sends a new password, as AWS's "resend" does.
    const double now = call.clock.nowEpochSeconds();
    auto sent =
        existing == numbers.end() ? std::vector<double>() : existing->second.passwordsSentAt;
    std::erase_if(sent, [now](double at) { return now - at >= kDaySeconds; });
    if (sent.size() >= kPasswordsPerDay) {
      throw SnsError(error_code::kUserError, "A one-time password can be sent to " + number +
                                                 " at most five times every 24 hours.");
    }
    sent.push_back(now);
    auto& entry = numbers[number];
    entry = {number, oneTimePassword(), false, languageCode, now, std::move(sent)};
    sendPassword(call, number, entry.oneTimePassword);
  });
}

void verifySmsSandboxPhoneNumber(CallContext& call, const std::string& number,
                                 const std::string& password) {
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& entry = findNumber(account, number);
    if (entry.verified) return;
    entry.lastAttemptAt = call.clock.nowEpochSeconds();
    if (password != entry.oneTimePassword) {
      throw SnsError(error_code::kVerification, "Invalid one-time password.");
    }
    entry.verified = true;
  });
}

SandboxPage listSmsSandboxPhoneNumbers(CallContext& call,
                                       const std::optional<std::string>& nextToken,
                                       std::optional<int> maxResults) {
  const std::string context = "sns:ListSMSSandboxPhoneNumbers:" + call.scope.accountId;
  std::optional<std::string> after;
  if (nextToken) {
    after = services::decodePageToken(context, *nextToken);
    if (!after) throw SnsError::invalidParameter("NextToken");
  }
  const auto pageSize = static_cast<std::size_t>(maxResults.value_or(kSandboxPageSize));
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto& numbers = account.sns.sandboxNumbers;
    SandboxPage page;
    auto it = after ? numbers.upper_bound(*after) : numbers.begin();
    for (; it != numbers.end() && page.phoneNumbers.size() < pageSize; ++it) {
      page.phoneNumbers.push_back({it->first, it->second.verified ? "Verified" : "Pending"});
    }
    if (it != numbers.end() && !page.phoneNumbers.empty()) {
      page.nextToken = services::encodePageToken(context, page.phoneNumbers.back().phoneNumber);
    }
    return page;
  });
}

void deleteSmsSandboxPhoneNumber(CallContext& call, const std::string& number) {
  call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto& entry = findNumber(account, number);
    if (call.clock.nowEpochSeconds() - entry.lastAttemptAt < kDaySeconds) {
      throw SnsError(error_code::kUserError,
                     "A destination phone number can be deleted only 24 hours after its "
                     "verification or last verification attempt.");
    }
    account.sns.sandboxNumbers.erase(number);
  });
}

}  // namespace smsim::sns
