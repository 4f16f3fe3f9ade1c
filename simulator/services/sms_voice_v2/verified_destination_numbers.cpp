// The sandbox's verified destination numbers: CreateVerifiedDestinationNumber,
// SendDestinationNumberVerificationCode (the code lands in the outbox), VerifyDestinationNumber,
// DescribeVerifiedDestinationNumbers and DeleteVerifiedDestinationNumber.
// https://docs.aws.amazon.com/sms-voice/latest/userguide/verify-destination-phone-number.html
#include <algorithm>
#include <cstdio>
#include <random>
#include <set>

#include "common/aws_names.hpp"
#include "common/phone_number.hpp"
#include "services/common/ids.hpp"
#include "services/sms_voice_v2/describe_checks.hpp"
#include "services/sms_voice_v2/filters.hpp"
#include "services/sms_voice_v2/number_plan.hpp"
#include "services/sms_voice_v2/operations.hpp"
#include "services/sms_voice_v2/origination_identity.hpp"
#include "services/sms_voice_v2/paging.hpp"
#include "services/sms_voice_v2/resource_lookup.hpp"
#include "services/sms_voice_v2/service_error.hpp"
#include "services/sms_voice_v2/tags.hpp"
#include "services/sms_voice_v2/verified_destination_limits.hpp"

namespace smsim::sms_voice_v2 {

namespace {

constexpr double kDaySeconds = 24 * 60 * 60;
constexpr FilterValues kVerifiedDestinationFilterValues[] = {{"status", "VerificationStatus"}};

VerifiedDestinationNumberInformation information(const state::VerifiedDestinationNumber& number) {
  return {number.arn, number.id, number.destinationPhoneNumber, number.status,
          number.createdTimestamp};
}

state::VerifiedDestinationNumber& findVerifiedDestination(state::AccountState& account,
                                                          const state::AccountScope& scope,
                                                          const std::string& idOrArn) {
  if (auto id = resourceNameFrom(idOrArn, scope, resource_type::kVerifiedDestinationNumber)) {
    auto it = account.verifiedDestinationNumbers.find(*id);
    if (it != account.verifiedDestinationNumbers.end()) return it->second;
  }
  throw ServiceError::resourceNotFound(resource_type::kVerifiedDestinationNumber, idOrArn);
}

void requireNotVerified(const state::VerifiedDestinationNumber& number) {
  if (number.status == state::verification_status::kVerified) {
    throw ServiceError::conflict(
        "VERIFICATION_ALREADY_COMPLETE", resource_type::kVerifiedDestinationNumber, number.id,
        "The destination phone number " + number.destinationPhoneNumber + " is already verified.");
  }
}

std::string newVerificationCode() {
  static thread_local std::mt19937 generator{std::random_device{}()};
  std::uniform_int_distribution<int> digits(0, 999999);
  char code[8];
  std::snprintf(code, sizeof code, "%06d", digits(generator));
  return code;
}

// At most kVerificationCodesPerDay codes per number in any 24 hours.
void recordCodeSend(state::VerifiedDestinationNumber& number, double now) {
  auto& sends = number.codeSendTimestamps;
  sends.erase(std::remove_if(sends.begin(), sends.end(),
                             [&](double sent) { return sent <= now - kDaySeconds; }),
              sends.end());
  if (sends.size() >= kVerificationCodesPerDay) {
    throw ServiceError::quotaExceeded("VERIFICATION_ATTEMPTS_PER_DAY",
                                      "At most " + std::to_string(kVerificationCodesPerDay) +
                                          " verification codes can be sent to " +
                                          number.destinationPhoneNumber + " in 24 hours.");
  }
  sends.push_back(now);
}

bool hasCapability(const state::PhoneNumber& number, const std::string& capability) {
  return std::find(number.capabilities.begin(), number.capabilities.end(), capability) !=
         number.capabilities.end();
}

// "The origination identity can only send messages within its country or region": an active
// number of the destination's country with the channel's capability.
bool canSendCode(const state::PhoneNumber& number, const std::string& destination,
                 const std::string& capability) {
  const auto callingCode = callingCodeOf(number.isoCountryCode);
  return number.status == "ACTIVE" && !callingCode.empty() &&
         destination.starts_with(callingCode) && hasCapability(number, capability);
}

// The number that sends the code: the one named (or its pool's first that can), else the account's
// oldest that can; ConflictException NO_ORIGINATION_IDENTITIES_FOUND when none can.
const state::PhoneNumber& codeSender(state::AccountState& account, const state::AccountScope& scope,
                                     const std::optional<std::string>& requested,
                                     const std::string& destination,
                                     const std::string& capability) {
  std::vector<const state::PhoneNumber*> candidates;
  if (requested) {
    const auto identity = resolveOriginationIdentity(account, scope, *requested, true);
    if (identity.phoneNumber != nullptr) {
      candidates.push_back(identity.phoneNumber);
    } else {
      for (const auto& id : identity.pool->phoneNumberIds)
        candidates.push_back(&account.phoneNumbers.at(id));
    }
  } else {
    for (const auto& [id, number] : account.phoneNumbers) candidates.push_back(&number);
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto* a, const auto* b) {
      return a->createdTimestamp < b->createdTimestamp;
    });
  }
  for (const auto* number : candidates) {
    if (canSendCode(*number, destination, capability)) return *number;
  }
  throw ServiceError::conflict("NO_ORIGINATION_IDENTITIES_FOUND", resource_type::kAccount,
                               scope.accountId,
                               "No active origination identity with the " + capability +
                                   " capability can send to " + destination + ".");
}

}  // namespace

CreateVerifiedDestinationNumberResult createVerifiedDestinationNumber(
    CallContext& call, const CreateVerifiedDestinationNumberRequest& request) {
  const auto& destination = request.destinationPhoneNumber;
  if (!isPossibleE164(destination)) {
    throw ServiceError::invalidField(
        "INVALID_PARAMETER", "DestinationPhoneNumber",
        destination + " is not a phone number in E.164 format, e.g. +12065550150.");
  }
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& numbers = account.verifiedDestinationNumbers;
    for (const auto& [id, existing] : numbers) {
      if (existing.destinationPhoneNumber == destination) {
        throw ServiceError::conflict("RESOURCE_ALREADY_EXISTS",
                                     resource_type::kVerifiedDestinationNumber, id,
                                     destination + " is already a verified destination number.");
      }
    }
    if (static_cast<std::int64_t>(numbers.size()) >= kMaxVerifiedDestinationNumbers) {
      throw ServiceError::quotaExceeded("VERIFIED_DESTINATION_NUMBERS_PER_ACCOUNT",
                                        "An account can have at most " +
                                            std::to_string(kMaxVerifiedDestinationNumbers) +
                                            " verified destination numbers.");
    }
    state::VerifiedDestinationNumber number;
    number.id = "verifieddestinationnumber-" + services::newCompactId();
    number.arn = aws_names::smsVoiceArn(call.scope.region, call.scope.accountId,
                                        resource_type::kVerifiedDestinationNumber, number.id);
    number.destinationPhoneNumber = destination;
    number.createdTimestamp = call.clock.nowEpochSeconds();
    CreateVerifiedDestinationNumberResult result;
    static_cast<VerifiedDestinationNumberInformation&>(result) = information(number);
    result.tags = applyTags(account, number.arn, request.tags);
    numbers.emplace(number.id, std::move(number));
    return result;
  });
}

DeleteVerifiedDestinationNumberResult deleteVerifiedDestinationNumber(
    CallContext& call, const DeleteVerifiedDestinationNumberRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    const auto number =
        findVerifiedDestination(account, call.scope, request.verifiedDestinationNumberId);
    account.tagsByArn.erase(number.arn);
    account.verifiedDestinationNumbers.erase(number.id);
    return DeleteVerifiedDestinationNumberResult{
        number.arn, number.id, number.destinationPhoneNumber, number.createdTimestamp};
  });
}

DescribeVerifiedDestinationNumbersResult describeVerifiedDestinationNumbers(
    CallContext& call, const DescribeVerifiedDestinationNumbersRequest& request) {
  requireKnownFilterValues(request.filters, kVerifiedDestinationFilterValues);
  std::string context = "DescribeVerifiedDestinationNumbers" + filtersText(request.filters);
  for (const auto& id : request.verifiedDestinationNumberIds) context += "|" + id;
  for (const auto& number : request.destinationPhoneNumbers) context += "|" + number;
  const auto page = readPageRequest(request.page, context);

  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    std::set<std::string> wantedIds;
    for (const auto& idOrArn : request.verifiedDestinationNumberIds)
      wantedIds.insert(findVerifiedDestination(account, call.scope, idOrArn).id);
    const std::set<std::string> wantedNumbers(request.destinationPhoneNumbers.begin(),
                                              request.destinationPhoneNumbers.end());
    auto matches = [&](const std::string& id, const state::VerifiedDestinationNumber& number) {
      if (!wantedIds.empty() && !wantedIds.contains(id)) return false;
      if (!wantedNumbers.empty() && !wantedNumbers.contains(number.destinationPhoneNumber))
        return false;
      // RCS agents aren't emulated: no number has one, so an rcs-agent-id filter matches none.
      return passesFilters(request.filters, [&](const std::string& name) {
        return name == "status" ? std::vector<std::string>{number.status}
                                : std::vector<std::string>{};
      });
    };
    DescribeVerifiedDestinationNumbersResult result;
    result.nextToken = fillPage(
        account.verifiedDestinationNumbers, page, matches,
        [](const std::string&, const state::VerifiedDestinationNumber& number) {
          return information(number);
        },
        result.verifiedDestinationNumbers);
    return result;
  });
}

// The code goes out as a text (TEXT) or a call (VOICE) from one of the account's identities and
// lands in the outbox like any message, its origin SendDestinationNumberVerificationCode.
SendDestinationNumberVerificationCodeResult sendDestinationNumberVerificationCode(
    CallContext& call, const SendDestinationNumberVerificationCodeRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& number =
        findVerifiedDestination(account, call.scope, request.verifiedDestinationNumberId);
    requireNotVerified(number);
    if (!request.configurationSetName.empty())
      findConfigurationSet(account, call.scope, request.configurationSetName);
    const bool voice = request.verificationChannel == "VOICE";
    const auto& sender = codeSender(account, call.scope, request.originationIdentity,
                                    number.destinationPhoneNumber, voice ? "VOICE" : "SMS");
    const double now = call.clock.nowEpochSeconds();
    recordCodeSend(number, now);
    number.verificationCode = newVerificationCode();
    number.codeSentTimestamp = now;

    state::OutboxMessage message;
    message.messageId = services::newUuid();
    message.originationIdentity = request.originationIdentity.value_or(sender.number);
    message.originationNumber = sender.number;
    message.destinationNumber = number.destinationPhoneNumber;
    message.messageBody = "Your verification code is " + *number.verificationCode;
    message.messageType = "TRANSACTIONAL";
    message.configurationSetName = request.configurationSetName;
    message.context = request.context;
    message.status = state::message_status::kDelivered;
    message.origin = voice ? "SendDestinationNumberVerificationCode:VOICE"
                           : "SendDestinationNumberVerificationCode:TEXT";
    message.timestamp = now;
    message.accountId = call.scope.accountId;
    message.region = call.scope.region;
    SendDestinationNumberVerificationCodeResult result{message.messageId};
    call.store.outbox().append(std::move(message));
    return result;
  });
}

// A wrong code (or none sent yet) is ValidationException VERIFICATION_CODE_MISMATCH; a code older
// than kVerificationCodeLifetimeSeconds on the simulated clock is ConflictException
// VERIFICATION_CODE_EXPIRED. Both reasons are in the model's enums; AWS documents neither case.
VerifyDestinationNumberResult verifyDestinationNumber(
    CallContext& call, const VerifyDestinationNumberRequest& request) {
  return call.store.withAccount(call.scope, [&](state::AccountState& account) {
    auto& number =
        findVerifiedDestination(account, call.scope, request.verifiedDestinationNumberId);
    requireNotVerified(number);
    if (!number.verificationCode || *number.verificationCode != request.verificationCode) {
      throw ServiceError::invalidField("VERIFICATION_CODE_MISMATCH", "VerificationCode",
                                       "The verification code doesn't match the code sent to " +
                                           number.destinationPhoneNumber + ".");
    }
    if (call.clock.nowEpochSeconds() - number.codeSentTimestamp >
        kVerificationCodeLifetimeSeconds) {
      throw ServiceError::conflict("VERIFICATION_CODE_EXPIRED",
                                   resource_type::kVerifiedDestinationNumber, number.id,
                                   "The verification code has expired; send a new one.");
    }
    number.status = state::verification_status::kVerified;
    number.verificationCode.reset();
    return information(number);
  });
}

}  // namespace smsim::sms_voice_v2
