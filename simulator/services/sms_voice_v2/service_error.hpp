#pragma once
// A typed error of the SMS Voice v2 API: the error shape's name, its message and the other members
// AWS sends with it (Reason, Fields, ResourceType, ResourceId). Services throw it; a protocol
// adapter renders it (awsJson: `__type`, `x-amzn-ErrorType` and a status code).
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace smsim::sms_voice_v2 {

namespace error_type {
inline constexpr const char* kValidation = "ValidationException";
inline constexpr const char* kResourceNotFound = "ResourceNotFoundException";
inline constexpr const char* kConflict = "ConflictException";
inline constexpr const char* kServiceQuotaExceeded = "ServiceQuotaExceededException";
inline constexpr const char* kThrottling = "ThrottlingException";
inline constexpr const char* kAccessDenied = "AccessDeniedException";
inline constexpr const char* kInternalServer = "InternalServerException";
inline constexpr const char* kSerialization = "SerializationException";
inline constexpr const char* kUnknownOperation = "UnknownOperationException";
inline constexpr const char* kNotEmulated = "NotImplementedException";
}  // namespace error_type

namespace resource_type {
inline constexpr const char* kOptOutList = "opt-out-list";
inline constexpr const char* kOptedOutNumber = "opted-out-number";
inline constexpr const char* kPhoneNumber = "phone-number";
inline constexpr const char* kPool = "pool";
inline constexpr const char* kConfigurationSet = "configuration-set";
inline constexpr const char* kEventDestination = "event-destination";
inline constexpr const char* kKeyword = "keyword";
inline constexpr const char* kSenderId = "sender-id";
inline constexpr const char* kAccount = "account";
inline constexpr const char* kVerifiedDestinationNumber = "verified-destination-number";
inline constexpr const char* kProtectConfiguration = "protect-configuration";
}  // namespace resource_type

// One invalid input member of a ValidationException.
struct ValidationField {
  std::string name;
  std::string message;
};

class ServiceError : public std::runtime_error {
 public:
  ServiceError(std::string type, const std::string& message)
      : std::runtime_error(message), type_(std::move(type)) {}

  const std::string& type() const { return type_; }
  // Each member is sent only when set; a ValidationException always has Reason and Fields.
  const std::optional<std::string>& reason() const { return reason_; }
  const std::optional<std::vector<ValidationField>>& fields() const { return fields_; }
  const std::optional<std::string>& resourceType() const { return resourceType_; }
  const std::optional<std::string>& resourceId() const { return resourceId_; }

  static ServiceError validation(const std::string& reason, const std::string& message,
                                 std::vector<ValidationField> fields = {});
  // A ValidationException naming one field, with the error's message as the field's.
  static ServiceError invalidField(const std::string& reason, const std::string& field,
                                   const std::string& message);
  static ServiceError resourceNotFound(const std::string& resourceType,
                                       const std::string& resourceId);
  static ServiceError conflict(const std::string& reason, const std::string& resourceType,
                               const std::string& resourceId, const std::string& message);
  static ServiceError quotaExceeded(const std::string& reason, const std::string& message);

 private:
  std::string type_;
  std::optional<std::string> reason_;
  std::optional<std::vector<ValidationField>> fields_;
  std::optional<std::string> resourceType_;
  std::optional<std::string> resourceId_;
};

}  // namespace smsim::sms_voice_v2
