#pragma once
// A typed error of the SNS API: its query-protocol code (InvalidParameter, NotFound, ...) and the
// message. Services throw it; the aws_query adapter renders it as SNS's <ErrorResponse> with the
// status code AWS documents for that code.
#include <stdexcept>
#include <string>

namespace smsim::sns {

namespace error_code {
// https://docs.aws.amazon.com/sns/latest/api/CommonErrors.html and each action's Errors section.
inline constexpr const char* kInvalidParameter = "InvalidParameter";
inline constexpr const char* kInvalidParameterValue = "InvalidParameterValue";
inline constexpr const char* kNotFound = "NotFound";
inline constexpr const char* kAuthorizationError = "AuthorizationError";
inline constexpr const char* kThrottled = "Throttled";
inline constexpr const char* kInternalError = "InternalError";
inline constexpr const char* kInvalidAction = "InvalidAction";
inline constexpr const char* kMissingAction = "MissingAction";
inline constexpr const char* kMalformedQueryString = "MalformedQueryString";
inline constexpr const char* kInvalidParameterCombination = "InvalidParameterCombination";
inline constexpr const char* kValidationError = "ValidationError";
inline constexpr const char* kNotImplemented = "NotImplemented";
inline constexpr const char* kRequestEntityTooLarge = "RequestEntityTooLarge";
inline constexpr const char* kTopicLimitExceeded = "TopicLimitExceeded";
inline constexpr const char* kSubscriptionLimitExceeded = "SubscriptionLimitExceeded";
inline constexpr const char* kResourceNotFound = "ResourceNotFound";
inline constexpr const char* kTagLimitExceeded = "TagLimitExceeded";
inline constexpr const char* kOptedOut = "OptedOut";
inline constexpr const char* kUserError = "UserError";
inline constexpr const char* kVerification = "VerificationException";
inline constexpr const char* kEmptyBatchRequest = "EmptyBatchRequest";
inline constexpr const char* kTooManyEntriesInBatchRequest = "TooManyEntriesInBatchRequest";
inline constexpr const char* kBatchEntryIdsNotDistinct = "BatchEntryIdsNotDistinct";
inline constexpr const char* kInvalidBatchEntryId = "InvalidBatchEntryId";
}  // namespace error_code

class SnsError : public std::runtime_error {
 public:
  SnsError(std::string code, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

  // SNS's usual wording: "Invalid parameter: PhoneNumber Reason: ..."
  static SnsError invalidParameter(const std::string& what) {
    return {error_code::kInvalidParameter, "Invalid parameter: " + what};
  }

 private:
  std::string code_;
};

}  // namespace smsim::sns
