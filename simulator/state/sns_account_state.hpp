#pragma once
// What Amazon SNS keeps per account and region beside End User Messaging SMS's state. Opt-outs are
// not here: SNS reads and writes the account's `Default` opt-out list (see README, "Amazon SNS").
// Topic tags live in AccountState::tagsByArn with every other resource's.
#include <map>
#include <string>
#include <vector>

namespace smsim::state {

using SnsAttributes = std::map<std::string, std::string>;

struct SnsTopic {
  std::string arn;
  std::string name;
  SnsAttributes attributes;  // as set: DisplayName, Policy, DeliveryPolicy, ...
};

struct SnsSubscription {
  std::string arn;
  std::string topicArn;
  std::string protocol;  // http, https, sms
  std::string endpoint;
  std::string owner;         // account id
  std::string token;         // ConfirmSubscription's, for http(s)
  bool confirmed = false;    // sms: at once; http(s): once the token comes back
  SnsAttributes attributes;  // RawMessageDelivery, FilterPolicy, FilterPolicyScope, ...
};

// A destination number of the SMS sandbox.
struct SnsSandboxNumber {
  std::string phoneNumber;
  std::string oneTimePassword;  // sent to the number by CreateSMSSandboxPhoneNumber
  bool verified = false;
  std::string languageCode;
  double lastAttemptAt = 0;  // the last password sent or verification tried (epoch seconds)
  std::vector<double> passwordsSentAt;  // within the last 24 hours: at most five
};

struct SnsAccountState {
  // SetSMSAttributes: DefaultSMSType, DefaultSenderID, MonthlySpendLimit, ...
  SnsAttributes smsAttributes;
  std::string smsSpendMonth;               // "YYYY-MM" (UTC) of smsSpent
  double smsSpent = 0;                     // USD of the SMS messages Publish sent in smsSpendMonth
  std::map<std::string, SnsTopic> topics;  // by ARN
  std::map<std::string, SnsSubscription> subscriptions;    // by ARN
  std::map<std::string, SnsSandboxNumber> sandboxNumbers;  // by E.164 number
};

}  // namespace smsim::state
