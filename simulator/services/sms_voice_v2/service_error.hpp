#pragma once
// A typed error of the SMS Voice v2 API: the error shape's name, its message and its other
// members (Reason, Fields, ResourceType, ...). Services throw it; the awsJson adapter turns it
// into `__type` / `x-amzn-ErrorType` and a status code.
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

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
inline constexpr const char* kKeyword = "keyword";
inline constexpr const char* kSenderId = "sender-id";
}  // namespace resource_type

class ServiceError : public std::runtime_error {
 public:
  ServiceError(std::string type, const std::string& message, nlohmann::json members = {})
      : std::runtime_error(message), type_(std::move(type)), members_(std::move(members)) {}

  const std::string& type() const { return type_; }
  const nlohmann::json& members() const { return members_; }

  static ServiceError validation(const std::string& reason, const std::string& message,
                                 nlohmann::json fields = nlohmann::json::array());
  static ServiceError resourceNotFound(const std::string& resourceType,
                                       const std::string& resourceId);
  static ServiceError conflict(const std::string& reason, const std::string& resourceType,
                               const std::string& resourceId, const std::string& message);

 private:
  std::string type_;
  nlohmann::json members_;
};

}  // namespace smsim::sms_voice_v2
